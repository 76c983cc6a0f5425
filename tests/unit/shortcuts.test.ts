import { expect, test } from 'vitest';
import { ariaShortcut, isMacPlatform, isShortcut, shortcutFor, shortcutLabel } from '../../src/shared/ui/shortcuts';

const press = (key: string, keys: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...keys,
});

test('Ctrl on Windows and Linux, Cmd on macOS', () => {
  expect(isShortcut(press('s', { ctrlKey: true }), 'save', false)).toBe(true);
  expect(isShortcut(press('S', { ctrlKey: true }), 'save', false)).toBe(true);
  expect(isShortcut(press('s', { metaKey: true }), 'save', false)).toBe(false);
  expect(isShortcut(press('f', { metaKey: true }), 'search', true)).toBe(true);
  expect(isShortcut(press('f', { ctrlKey: true }), 'search', true)).toBe(false);
  expect([isMacPlatform('MacIntel'), isMacPlatform('Linux x86_64'), isMacPlatform('Win32')]).toEqual([true, false, false]);
});

test('never while an input method composes, nor with Shift or Alt (other shortcuts)', () => {
  expect(isShortcut(press('s', { ctrlKey: true, isComposing: true }), 'save', false)).toBe(false);
  expect(isShortcut(press('s', { ctrlKey: true, shiftKey: true }), 'save', false)).toBe(false);
  expect(isShortcut(press('f', { ctrlKey: true, altKey: true }), 'search', false)).toBe(false);
});

test('labels for tooltips and aria-keyshortcuts', () => {
  expect([shortcutLabel('save', false), shortcutLabel('save', true)]).toEqual(['Ctrl+S', '⌘S']);
  expect([ariaShortcut('search', false), ariaShortcut('search', true)]).toEqual(['Control+F', 'Meta+F']);
});

test('shortcuts with Shift match only with Shift; each key press stands for at most one shortcut', () => {
  expect(shortcutFor(press('Enter', { ctrlKey: true, shiftKey: true }), false)).toBe('submitForReview');
  expect(shortcutFor(press('Enter', { ctrlKey: true }), false)).toBeNull();
  expect(shortcutFor(press('P', { metaKey: true, shiftKey: true }), true)).toBe('preview');
  expect(shortcutFor(press('n', { ctrlKey: true }), false)).toBe('newArticle');
  expect(shortcutFor(press('n', { ctrlKey: true, isComposing: true }), false)).toBeNull();
  expect(shortcutFor(press('x', { ctrlKey: true }), false)).toBeNull();
  expect([shortcutLabel('submitForReview', false), shortcutLabel('submitForReview', true)]).toEqual(['Ctrl+Shift+Enter', '⇧⌘↩']);
  expect([ariaShortcut('preview', false), ariaShortcut('preview', true)]).toEqual(['Control+Shift+P', 'Meta+Shift+P']);
});
