import { SHORTCUTS, type ShortcutName } from './shortcuts';

/**
 * The native application menu, described without Electron so it can be tested and so its labels
 * come from the same locale files as the rest of the UI. `src/main/app-menu.ts` turns it into an
 * Electron `Menu`; the app's own commands go to the renderer, which runs them exactly as it runs
 * their keyboard shortcuts.
 */

/** The channel main sends a chosen command on (renderer-bound only; nothing is invoked on main). */
export const MENU_CHANNEL = 'newsdesk:menu-command';

/** The app's own actions a menu entry can ask the renderer for. */
export const MENU_COMMANDS = ['newArticle', 'save', 'submitForReview', 'preview', 'search'] as const satisfies readonly ShortcutName[];
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Electron's built-in menu roles this menu uses (each does its work in Electron itself). */
export type MenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'front';

export type MenuEntry =
  | { kind: 'command'; command: MenuCommand; label: string; accelerator: string }
  | { kind: 'role'; role: MenuRole; label: string }
  | { kind: 'separator' };

export interface MenuSection {
  label: string;
  /** Electron gives the macOS app menu and the Window and Help menus their special places. */
  role?: 'appMenu' | 'fileMenu' | 'editMenu' | 'viewMenu' | 'windowMenu' | 'help';
  entries: MenuEntry[];
}

/** The `menu` section of a locale file (src/renderer/locales/*.json). */
export interface MenuLabels {
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  newArticle: string;
  save: string;
  submitForReview: string;
  preview: string;
  search: string;
  about: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  quit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  pasteAsText: string;
  selectAll: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  developerTools: string;
  minimize: string;
  zoomWindow: string;
  closeWindow: string;
  bringAllToFront: string;
}

export interface MenuOptions {
  labels: MenuLabels;
  mac: boolean;
  /** Developer tools only while developing; a packaged app has none (and no inspector fuse). */
  developer: boolean;
}

const separator: MenuEntry = { kind: 'separator' };
const command = (name: MenuCommand, labels: MenuLabels): MenuEntry => ({
  kind: 'command',
  command: name,
  label: labels[name],
  accelerator: SHORTCUTS[name],
});
const role = (name: MenuRole, label: string): MenuEntry => ({ kind: 'role', role: name, label });

export function appMenuTemplate({ labels, mac, developer }: MenuOptions): MenuSection[] {
  const macAppMenu: MenuSection = {
    label: 'Newsdesk',
    role: 'appMenu',
    entries: [
      role('about', labels.about),
      separator,
      role('hide', labels.hide),
      role('hideOthers', labels.hideOthers),
      role('unhide', labels.showAll),
      separator,
      role('quit', labels.quit),
    ],
  };
  const file: MenuSection = {
    label: labels.file,
    role: 'fileMenu',
    entries: [
      command('newArticle', labels),
      command('save', labels),
      separator,
      command('submitForReview', labels),
      command('preview', labels),
      // On macOS, Quit lives in the app menu.
      ...(mac ? [] : [separator, role('quit', labels.quit)]),
    ],
  };
  const edit: MenuSection = {
    label: labels.edit,
    role: 'editMenu',
    entries: [
      role('undo', labels.undo),
      role('redo', labels.redo),
      separator,
      role('cut', labels.cut),
      role('copy', labels.copy),
      role('paste', labels.paste),
      role('pasteAndMatchStyle', labels.pasteAsText),
      role('selectAll', labels.selectAll),
      separator,
      command('search', labels),
    ],
  };
  const view: MenuSection = {
    label: labels.view,
    role: 'viewMenu',
    entries: [
      role('resetZoom', labels.actualSize),
      role('zoomIn', labels.zoomIn),
      role('zoomOut', labels.zoomOut),
      separator,
      role('togglefullscreen', labels.fullScreen),
      ...(developer ? [separator, role('toggleDevTools', labels.developerTools)] : []),
    ],
  };
  const window: MenuSection = {
    label: labels.window,
    role: 'windowMenu',
    entries: [
      role('minimize', labels.minimize),
      role('zoom', labels.zoomWindow),
      ...(mac ? [separator, role('front', labels.bringAllToFront)] : [role('close', labels.closeWindow)]),
    ],
  };
  // macOS puts About in the app menu; elsewhere it is the Help menu's entry.
  const help: MenuSection = { label: labels.help, role: 'help', entries: [role('about', labels.about)] };
  return mac ? [macAppMenu, file, edit, view, window] : [file, edit, view, window, help];
}
