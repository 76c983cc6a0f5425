import { expect, test } from 'vitest';
import { sortByName } from '../../src/shared/text/collation';

const people = ['Đặng Văn Lâm', 'Dương Thị Hoa', 'Ông Văn Bảo', 'Ơn Thị Mai', 'Ư Văn Tư', 'Ân Văn Hải', 'An Văn Ba', 'Ăn Thị Cúc', 'Zoe Tran', 'Uyên Lê', 'Oanh Vũ'].map(
  (displayName) => ({ displayName }),
);
const names = (language: 'vi' | 'en') => sortByName(people, (person) => person.displayName, language).map((person) => person.displayName);

test('Vietnamese names follow the Vietnamese alphabet: A < Ă < Â, D < Đ, O < Ô < Ơ, U < Ư', () => {
  expect(names('vi')).toEqual([
    'An Văn Ba',
    'Ăn Thị Cúc',
    'Ân Văn Hải',
    'Dương Thị Hoa',
    'Đặng Văn Lâm',
    'Oanh Vũ',
    'Ông Văn Bảo',
    'Ơn Thị Mai',
    'Uyên Lê',
    'Ư Văn Tư',
    'Zoe Tran',
  ]);
});

test('plain code-point order (what SQLite’s ORDER BY gives) puts Đ after Z, which is why we collate', () => {
  const byCodePoint = [...people].map((person) => person.displayName).sort();
  expect(byCodePoint.indexOf('Đặng Văn Lâm')).toBeGreaterThan(byCodePoint.indexOf('Zoe Tran'));
});

test('the English UI sorts the same names by English rules (marks only break ties)', () => {
  const english = names('en');
  expect(english.indexOf('Đặng Văn Lâm')).toBeLessThan(english.indexOf('Zoe Tran'));
  expect(english).not.toEqual(names('vi'));
  expect(sortByName(people, (person) => person.displayName, 'vi')).not.toBe(people);
});
