import { describe, expect, test } from 'vitest';
import en from '../../src/renderer/locales/en.json';
import vi from '../../src/renderer/locales/vi.json';
import { appMenuTemplate, isMenuCommand, MENU_COMMANDS, type MenuEntry, type MenuSection } from '../../src/shared/ui/app-menu';
import { SHORTCUTS } from '../../src/shared/ui/shortcuts';

const entries = (sections: MenuSection[]): MenuEntry[] => sections.flatMap((section) => section.entries);
const commands = (sections: MenuSection[]) => entries(sections).flatMap((entry) => (entry.kind === 'command' ? [entry] : []));
const roles = (sections: MenuSection[]) => entries(sections).flatMap((entry) => (entry.kind === 'role' ? [entry.role] : []));

describe.each([
  { platform: 'Windows and Linux', mac: false },
  { platform: 'macOS', mac: true },
])('the native menu on $platform', ({ mac }) => {
  const vietnamese = appMenuTemplate({ labels: vi.menu, mac, developer: false });

  test('the app’s own actions, each once, with the glossary’s words and the shortcut that works', () => {
    expect(commands(vietnamese).map(({ command, label, accelerator }) => [command, label, accelerator])).toEqual([
      ['newArticle', 'Bài mới', SHORTCUTS.newArticle],
      ['save', 'Lưu', SHORTCUTS.save],
      ['submitForReview', 'Gửi duyệt', SHORTCUTS.submitForReview],
      ['preview', 'Xem trước', SHORTCUTS.preview],
      ['search', 'Tìm kiếm', SHORTCUTS.search],
    ]);
    expect(commands(appMenuTemplate({ labels: en.menu, mac, developer: false })).map(({ label }) => label)).toEqual([
      'New article',
      'Save',
      'Submit',
      'Preview',
      'Search',
    ]);
  });

  test('the usual menus, in Vietnamese and in English', () => {
    const names = (sections: MenuSection[]) => sections.filter((section) => section.role !== 'appMenu').map((section) => section.label);
    expect(names(vietnamese)).toEqual(mac ? ['Tệp', 'Sửa', 'Xem', 'Cửa sổ'] : ['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(names(appMenuTemplate({ labels: en.menu, mac, developer: false }))).toEqual(
      mac ? ['File', 'Edit', 'View', 'Window'] : ['File', 'Edit', 'View', 'Window', 'Help'],
    );
    expect(roles(vietnamese)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'minimize', 'about']));
    // Quit and About once each: in the app menu on macOS, in File and Help elsewhere.
    expect(roles(vietnamese).filter((role) => role === 'quit' || role === 'about').sort()).toEqual(['about', 'quit']);
    expect(vietnamese[0]!.role).toBe(mac ? 'appMenu' : 'fileMenu');
  });

  test('every entry has a label, and developer tools only while developing', () => {
    for (const entry of entries(vietnamese)) if (entry.kind !== 'separator') expect(entry.label.trim()).not.toBe('');
    expect(roles(vietnamese)).not.toContain('toggleDevTools');
    expect(roles(appMenuTemplate({ labels: vi.menu, mac, developer: true }))).toContain('toggleDevTools');
  });
});

test('both locales label the same menu entries', () => {
  expect(Object.keys(en.menu).sort()).toEqual(Object.keys(vi.menu).sort());
});

test('only the app’s command names are menu commands', () => {
  expect(MENU_COMMANDS.every(isMenuCommand)).toBe(true);
  for (const other of ['quit', 'articles.delete', '', 'toString', null, 1, { command: 'save' }]) expect(isMenuCommand(other)).toBe(false);
});
