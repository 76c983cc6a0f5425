/**
 * The app's keyboard shortcuts, in Electron's accelerator notation so the same table labels the
 * native menu (src/shared/ui/app-menu.ts); the renderer matches key events against it and shows it
 * in tooltips. One table, so a menu entry, its tooltip and the key that works never disagree.
 */
export const SHORTCUTS = {
  newArticle: 'CmdOrCtrl+N',
  save: 'CmdOrCtrl+S',
  // Shift as well: sending a story on is a step people should not take by a slip of the hand.
  submitForReview: 'CmdOrCtrl+Shift+Enter',
  preview: 'CmdOrCtrl+Shift+P',
  search: 'CmdOrCtrl+F',
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

interface Accelerator {
  shift: boolean;
  alt: boolean;
  key: string;
}

/** "CmdOrCtrl+Shift+Enter" → { shift: true, alt: false, key: 'Enter' }; the command key is implied. */
function parse(name: ShortcutName): Accelerator {
  const parts = SHORTCUTS[name].split('+');
  return { shift: parts.includes('Shift'), alt: parts.includes('Alt'), key: parts.at(-1) ?? '' };
}

/** Cmd on macOS, Ctrl elsewhere: what "CmdOrCtrl" means for a person reading it. */
export function isMacPlatform(platform: string): boolean {
  return /^mac/i.test(platform);
}

const MAC_KEY_SYMBOLS: Record<string, string> = { Enter: '↩' };

/** `⇧⌘P` on macOS (Apple's order: Shift before Command), `Ctrl+Shift+P` elsewhere. */
export function shortcutLabel(name: ShortcutName, mac: boolean): string {
  const { shift, alt, key } = parse(name);
  if (mac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}⌘${MAC_KEY_SYMBOLS[key] ?? key}`;
  return ['Ctrl', ...(alt ? ['Alt'] : []), ...(shift ? ['Shift'] : []), key].join('+');
}

/** The same as the aria-keyshortcuts attribute wants it ("Control+Shift+P" / "Meta+Shift+P"). */
export function ariaShortcut(name: ShortcutName, mac: boolean): string {
  const { shift, alt, key } = parse(name);
  return [mac ? 'Meta' : 'Control', ...(alt ? ['Alt'] : []), ...(shift ? ['Shift'] : []), key].join('+');
}

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/**
 * Whether a key event is the shortcut, with exactly its modifiers (Ctrl+S is not Ctrl+Shift+S),
 * and never while an input method is composing a syllable.
 */
export function isShortcut(event: KeyPress, name: ShortcutName, mac: boolean): boolean {
  const { shift, alt, key } = parse(name);
  const command = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return (
    command &&
    event.altKey === alt &&
    event.shiftKey === shift &&
    !event.isComposing &&
    event.key.toLowerCase() === key.toLowerCase()
  );
}

/** The shortcut a key event stands for, if any. */
export function shortcutFor(event: KeyPress, mac: boolean): ShortcutName | null {
  return (Object.keys(SHORTCUTS) as ShortcutName[]).find((name) => isShortcut(event, name, mac)) ?? null;
}
