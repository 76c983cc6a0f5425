import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import electronUpdater from 'electron-updater';
import type { Logger } from '../shared/node/logger';

/**
 * Checks the update feed once at start-up and installs a downloaded update on quit. Off unless
 * the package was built with a feed (NEWSDESK_UPDATE_URL at `npm run dist`): electron-builder
 * then writes resources/app-update.yml, which is what electron-updater reads.
 */
export function startAutoUpdate(logger: Logger): void {
  if (!app.isPackaged || !existsSync(join(process.resourcesPath, 'app-update.yml'))) return;
  const { autoUpdater } = electronUpdater;
  autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => {
    // Offline or a feed that is down is normal for a newsroom laptop: note it and carry on.
    logger.warn('update check failed', { reason: error instanceof Error ? error.message : String(error) });
  });
}
