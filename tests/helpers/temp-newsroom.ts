import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { Clock } from '../../src/main/core/clock';
import { silentLogger } from '../../src/main/core/logger';
import { openNewsroom, type Newsroom } from '../../src/main/core/newsroom';
import { createRouter, type Router } from '../../src/main/core/router/router';
import type { Sender } from '../../src/main/core/router/trusted-sender';
import { createSettingsStore, type SettingsStore } from '../../src/main/core/settings/settings-store';
import { steppingClock } from './clocks';

export const TEST_ORIGIN = 'http://127.0.0.1:5999';
export const APP_SENDER: Sender = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };

export const makeTempDir = (prefix = 'newsdesk-test-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Settings the way tests keep them: `conf`, the library electron-store is built on. */
export const confSettings = (dir: string): SettingsStore =>
  createSettingsStore(new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'newsdesk' }));

export interface TempNewsroom {
  dataDir: string;
  newsroom: Newsroom;
  router: Router;
  /** Calls the router as the app's own page would. */
  call(name: string, input: unknown): ReturnType<Router['dispatch']>;
  /** Closes and reopens the core on the same data directory (an app restart). */
  reopen(): TempNewsroom;
  cleanup(): void;
}

export function openTempNewsroom(options: { dataDir?: string; clock?: Clock } = {}): TempNewsroom {
  const dataDir = options.dataDir ?? makeTempDir();
  const clock = options.clock ?? steppingClock();
  const newsroom = openNewsroom({ dataDir, clock, logger: silentLogger, settings: confSettings(dataDir) });
  const router = createRouter({ newsroom, trustedOrigins: [TEST_ORIGIN], logger: silentLogger });
  return {
    dataDir,
    newsroom,
    router,
    call: (name, input) => router.dispatch(name, input, APP_SENDER),
    reopen() {
      newsroom.close();
      return openTempNewsroom({ dataDir, clock });
    },
    cleanup() {
      newsroom.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
