import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/domain/language';
import { contextMenuTemplate, SPELLING_CHANNEL, type ContextMenuEntry } from '../shared/ui/context-menu';
import en from '../renderer/locales/en.json';
import vi from '../renderer/locales/vi.json';

/**
 * Electron's side of the right-click menu (the template is src/shared/ui/context-menu.ts). Electron
 * shows no context menu of its own, so without this a reporter sees Chromium's spelling underline
 * and cannot pick a suggestion. A chosen suggestion goes to the renderer, which applies it.
 */
function toElectron(entry: ContextMenuEntry, window: BrowserWindow): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'suggestion':
      return { label: entry.label, click: () => window.webContents.send(SPELLING_CHANNEL, entry.choice) };
    case 'addToDictionary':
      return { label: entry.label, click: () => window.webContents.session.addWordToSpellCheckerDictionary(entry.word) };
    case 'role':
      return { role: entry.role, label: entry.label, enabled: entry.enabled };
    case 'note':
      return { label: entry.label, enabled: false };
    case 'separator':
      return { type: 'separator' };
  }
}

export function installContextMenu(window: BrowserWindow, language: () => Language): void {
  window.webContents.on('context-menu', (_event, params) => {
    const labels = (language() === 'en' ? en : vi).contextMenu;
    const entries = contextMenuTemplate(params, labels);
    if (entries.length > 0) Menu.buildFromTemplate(entries.map((entry) => toElectron(entry, window))).popup({ window });
  });
}
