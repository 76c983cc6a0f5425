import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/domain/language';
import { appMenuTemplate, MENU_CHANNEL, type MenuEntry } from '../shared/ui/app-menu';
import en from '../renderer/locales/en.json';
import vi from '../renderer/locales/vi.json';

/**
 * Electron's side of the native menu: the template comes from src/shared/ui/app-menu.ts, the
 * labels from the locale files. The app's commands only tell the renderer what was chosen; their
 * accelerators are shown but not registered, so a key press reaches the page and runs through the
 * same code as the menu (and as it does in the browser tests).
 */
function toElectron(entry: MenuEntry, send: (command: string) => void): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return { role: entry.role, label: entry.label };
    case 'command':
      return { label: entry.label, accelerator: entry.accelerator, registerAccelerator: false, click: () => send(entry.command) };
  }
}

export function installAppMenu(options: { language: Language; window: () => BrowserWindow | null; developer: boolean }): void {
  const labels = (options.language === 'en' ? en : vi).menu;
  const send = (command: string) => options.window()?.webContents.send(MENU_CHANNEL, command);
  const sections = appMenuTemplate({ labels, mac: process.platform === 'darwin', developer: options.developer });
  const template = sections.map(
    (section): MenuItemConstructorOptions => ({
      label: section.label,
      ...(section.role === 'help' || section.role === 'windowMenu' ? { role: section.role } : {}),
      submenu: section.entries.map((entry) => toElectron(entry, send)),
    }),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
