import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { launchApp, launchOnNewArticle, type LaunchedApp, type LaunchOptions } from './harness';

/**
 * The one set-up every e2e file uses around the harness: it launches apps for a test (or a file)
 * and closes every one of them afterwards, with any data directory the test asked for, so a
 * failing test never leaves a Chromium, a static server or an open database behind for the next.
 */
export interface E2eApps {
  /** The app as `launchApp` opens it; closed after the test (or the file). */
  launch(options?: LaunchOptions): Promise<LaunchedApp>;
  /** The app with a new, empty article open and the caret in its body; closed like `launch`'s. */
  launchOnNewArticle(options?: LaunchOptions): Promise<LaunchedApp>;
  /**
   * A data directory of its own that outlives each app launched on it, to close (or crash) an app
   * and open the same newsroom again; removed after the test (or the file).
   */
  dataDir(): string;
}

type Scope = 'each test' | 'the file';

function e2eApps(scope: Scope): E2eApps {
  const running: LaunchedApp[] = [];
  const dataDirs: string[] = [];
  const cleanUp = async (): Promise<void> => {
    // An app the test closed itself (a crash) closes again as a no-op.
    for (const app of running.splice(0)) await app.close();
    for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  };
  (scope === 'each test' ? afterEach : afterAll)(cleanUp);
  const tracked = async (launching: Promise<LaunchedApp>): Promise<LaunchedApp> => {
    const app = await launching;
    running.push(app);
    return app;
  };
  return {
    launch: (options) => tracked(launchApp(options)),
    launchOnNewArticle: (options) => tracked(launchOnNewArticle(options)),
    dataDir: () => {
      const dir = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-kept-'));
      dataDirs.push(dir);
      return dir;
    },
  };
}

/** Apps launched in a test are closed after that test. Call once at the top of the file. */
export const appsPerTest = (): E2eApps => e2eApps('each test');

/** Apps launched in `beforeAll` are shared by the file's tests and closed after the last one. */
export const appsPerFile = (): E2eApps => e2eApps('the file');
