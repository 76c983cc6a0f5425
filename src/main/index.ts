import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, net, session } from 'electron';
import ElectronStore from 'electron-store';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { installAppMenu } from './app-menu';
import { installContextMenu } from './context-menu';
import { startAutoUpdate } from './auto-update';
import { systemClock } from '../shared/clock';
import { createFileLogger, logFolder } from '../shared/node/logger';
import { DatabaseCorruptError } from './core/db/open-database';
import { DATABASE_FILE, openNewsroom, type Newsroom } from './core/newsroom';
import { createRouter } from './core/router/router';
import { createSettingsStore, watchSetting } from './core/settings/settings-store';
import { registerIpc } from './ipc';
import { safeStorageSecretBox } from './safe-storage-secret-box';
import { applyNativeTheme } from './native-theme';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { offerBackupForDamagedDatabase } from './damaged-database';
import type { Language } from '../shared/domain/language';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const dataDir = join(app.getPath('userData'), 'newsroom');
// JSON lines in <dataDir>/logs, rotated by size; copied to the terminal while developing.
const logger = createFileLogger({ folder: logFolder(dataDir), teeToStdout: !app.isPackaged });

// electron-vite sets this while `npm start` runs the dev server; a packaged app never reads it.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const appUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
const appOrigin = new URL(appUrl).origin;

let mainWindow: BrowserWindow | null = null;
let newsroom: Newsroom | null = null;
let stopBackups: (() => void) | null = null;

/** How often main asks the backup store whether an hourly or daily backup is due. */
const BACKUP_CHECK_MS = 5 * 60_000;

function startBackups(open: Newsroom): void {
  const check = () => void open.backups.tick().catch((error: unknown) => logger.error('backup failed', { error: error instanceof Error ? error.message : String(error) }));
  check();
  const timer = setInterval(check, BACKUP_CHECK_MS);
  stopBackups = () => clearInterval(timer);
}

function installMenu(language: Language): void {
  installAppMenu({ language, window: () => mainWindow, developer: !app.isPackaged });
}

async function openCore(): Promise<Newsroom | null> {
  // The native menu follows the UI language, and Electron's own parts the theme, as soon as either is switched.
  const store = createSettingsStore(new ElectronStore<Record<string, unknown>>({ name: 'settings' }));
  const settings = watchSetting(watchSetting(store, 'language', installMenu), 'theme', applyNativeTheme);
  applyNativeTheme(settings.get('theme'));
  const open = () =>
    openNewsroom({
      dataDir,
      // The built-in destination needs no setup: a static site in the user's documents.
      siteFolder: join(app.getPath('documents'), 'Newsdesk', 'website'),
      clock: systemClock,
      logger,
      settings,
      isOnline: () => net.isOnline(),
      secrets: safeStorageSecretBox,
    });
  try {
    try {
      return open();
    } catch (error) {
      if (!(error instanceof DatabaseCorruptError)) throw error;
      const databaseFile = join(dataDir, DATABASE_FILE);
      if (!(await offerBackupForDamagedDatabase({ dataDir, databaseFile, language: settings.get('language'), logger }))) return null;
      return open();
    }
  } catch (error) {
    dialog.showErrorBox('Newsdesk', error instanceof Error ? error.message : String(error));
    return null;
  }
}

async function start(): Promise<void> {
  newsroom = await openCore();
  if (!newsroom) {
    app.quit();
    return;
  }
  if (!devServerUrl) serveRenderer(here('../renderer'));
  hardenSession(session.defaultSession, appOrigin);
  registerIpc(createRouter({ newsroom, trustedOrigins: [appOrigin], logger }), (contents) =>
    BrowserWindow.fromWebContents(contents) === mainWindow,
  );
  mainWindow = createMainWindow({
    settings: newsroom.settings,
    url: appUrl,
    preload: here('../preload/index.cjs'),
  });
  installMenu(newsroom.settings.get('language'));
  const settings = newsroom.settings;
  installContextMenu(mainWindow, () => settings.get('language'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // Deliveries and scheduled stories go out in the background while the app runs.
  newsroom.publishing.start();
  startBackups(newsroom);
  startAutoUpdate(logger);
}

registerAppScheme();
hardenWebContents(app);

if (!app.requestSingleInstanceLock()) {
  // Two instances on one database would fight over it; the second one hands over and leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopBackups?.();
    newsroom?.close();
    void logger.close();
  });
  void app.whenReady().then(start);
}
