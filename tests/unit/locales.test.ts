import { expect, test } from 'vitest';
import en from '../../src/renderer/locales/en.json';
import vi from '../../src/renderer/locales/vi.json';

const keys = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

test('English has exactly the keys Vietnamese has', () => {
  expect(keys(en).sort()).toEqual(keys(vi).sort());
});

test('no translation is empty', () => {
  const empty = (value: unknown): boolean =>
    value !== null && typeof value === 'object' ? Object.values(value).some(empty) : value === '';
  expect(empty(vi)).toBe(false);
  expect(empty(en)).toBe(false);
});
