import { expect, test } from 'vitest';
import { contextMenuTemplate, MAX_SUGGESTIONS, parseSpellingChoice, type ContextMenuParams } from '../../src/shared/ui/context-menu';
import en from '../../src/renderer/locales/en.json';
import vi from '../../src/renderer/locales/vi.json';

const editable = (misspelledWord: string, dictionarySuggestions: string[]): ContextMenuParams => ({
  isEditable: true,
  misspelledWord,
  dictionarySuggestions,
  editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
});

test('a misspelled word gets its suggestions first (at most five, NFC), then Thêm vào từ điển, then the edit entries', () => {
  const nfd = 'muối'.normalize('NFD');
  const entries = contextMenuTemplate(editable('muốii', [nfd, 'muội', 'mười', 'muốn', 'mướt', 'mượt', 'mùi']), vi.contextMenu);
  const suggestions = entries.filter((entry) => entry.kind === 'suggestion');
  expect(suggestions).toHaveLength(MAX_SUGGESTIONS);
  expect(suggestions[0]).toEqual({ kind: 'suggestion', choice: { misspelled: 'muốii', suggestion: 'muối' }, label: 'muối' });
  expect(entries.map((entry) => ('label' in entry ? entry.label : '—'))).toEqual([
    'muối', 'muội', 'mười', 'muốn', 'mướt', 'Thêm vào từ điển', '—', 'Cắt', 'Sao chép', 'Dán', '—', 'Chọn tất cả',
  ]);
});

test('no suggestions says so; a correct word or a non-editable place gets no spelling entries; labels follow the language', () => {
  expect(contextMenuTemplate(editable('qxzv', []), en.contextMenu).slice(0, 2)).toEqual([
    { kind: 'note', label: 'No spelling suggestions' },
    { kind: 'addToDictionary', word: 'qxzv', label: 'Add to dictionary' },
  ]);
  expect(contextMenuTemplate(editable('', []), vi.contextMenu).map((entry) => entry.kind)).toEqual(['role', 'role', 'role', 'separator', 'role']);
  const page = { ...editable('', []), isEditable: false, editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: false } };
  expect(contextMenuTemplate(page, vi.contextMenu)).toEqual([{ kind: 'role', role: 'copy', label: 'Sao chép', enabled: true }]);
  expect(contextMenuTemplate({ ...page, editFlags: { ...page.editFlags, canCopy: false } }, vi.contextMenu)).toEqual([]);
});

test('a suggestion with control characters or of absurd length is never offered, and never accepted by the renderer', () => {
  const entries = contextMenuTemplate(editable('khoo', ['khô\u0000', 'k'.repeat(101), 'khô']), vi.contextMenu);
  expect(entries.filter((entry) => entry.kind === 'suggestion').map((entry) => entry.label)).toEqual(['khô']);
  expect(parseSpellingChoice({ misspelled: 'khoo', suggestion: 'khô' })).toEqual({ misspelled: 'khoo', suggestion: 'khô' });
  expect(parseSpellingChoice({ misspelled: 'khoo'.normalize('NFD'), suggestion: 'khô'.normalize('NFD') })).toEqual({ misspelled: 'khoo', suggestion: 'khô' });
  for (const bad of [null, 'khô', {}, { misspelled: 'a', suggestion: '' }, { misspelled: 'a', suggestion: 'b\nc' }, { misspelled: 'a'.repeat(101), suggestion: 'b' }, { misspelled: 'a', suggestion: 7 }]) {
    expect(parseSpellingChoice(bad)).toBeNull();
  }
});
