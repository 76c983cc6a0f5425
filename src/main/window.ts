import { BrowserWindow, screen, type Rectangle } from 'electron';
import type { SettingsStore } from './core/settings/settings-store';

const DEFAULT_SIZE = { width: 1400, height: 900 };

/** Saved bounds are used only if they still overlap a connected display (monitors come and go). */
function visibleBounds(saved: Rectangle): Partial<Rectangle> {
  const onScreen = screen.getAllDisplays().some(({ workArea }) =>
    saved.x < workArea.x + workArea.width &&
    saved.x + saved.width > workArea.x &&
    saved.y < workArea.y + workArea.height &&
    saved.y + saved.height > workArea.y,
  );
  return onScreen ? saved : { width: saved.width, height: saved.height };
}

export interface MainWindowOptions {
  settings: SettingsStore;
  url: string;
  preload: string;
}

export function createMainWindow({ settings, url, preload }: MainWindowOptions): BrowserWindow {
  const saved = settings.get('windowBounds');
  const window = new BrowserWindow({
    ...DEFAULT_SIZE,
    ...(saved ? visibleBounds(saved) : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Newsdesk',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click (auxclick) on a link would ask for a new window; the window-open handler
      // already denies it, and without the event there is no second path to guard.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  if (saved?.maximized) window.maximize();

  const remember = () =>
    settings.set('windowBounds', { ...window.getNormalBounds(), maximized: window.isMaximized() });
  let timer: NodeJS.Timeout | undefined;
  const rememberSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  window.on('resize', rememberSoon);
  window.on('move', rememberSoon);
  window.on('close', () => {
    clearTimeout(timer);
    remember();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
