/**
 * The app's keyboard shortcuts, in Electron's accelerator notation so the same table can label
 * a native menu; the renderer matches key events against it and shows it in tooltips.
 */
export const SHORTCUTS = {
  save: 'CmdOrCtrl+S',
  search: 'CmdOrCtrl+F',
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

/** Cmd on macOS, Ctrl elsewhere: what "CmdOrCtrl" means for a person reading it. */
export function isMacPlatform(platform: string): boolean {
  return /^mac/i.test(platform);
}

/** `⌘S` on macOS, `Ctrl+S` elsewhere. */
export function shortcutLabel(name: ShortcutName, mac: boolean): string {
  const key = SHORTCUTS[name].split('+').pop() ?? '';
  return mac ? `⌘${key}` : `Ctrl+${key}`;
}

/** The same as the aria-keyshortcuts attribute wants it ("Control+S" / "Meta+S"). */
export function ariaShortcut(name: ShortcutName, mac: boolean): string {
  const key = SHORTCUTS[name].split('+').pop() ?? '';
  return `${mac ? 'Meta' : 'Control'}+${key}`;
}

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** Whether a key event is the shortcut (never while an input method is composing a syllable). */
export function isShortcut(event: KeyPress, name: ShortcutName, mac: boolean): boolean {
  const key = SHORTCUTS[name].split('+').pop() ?? '';
  const command = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return command && !event.altKey && !event.shiftKey && !event.isComposing && event.key.toLowerCase() === key.toLowerCase();
}
