import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

const projectDir = join(import.meta.dirname, '../..');

/**
 * Electron's binary, or why it cannot be had. `require('electron')` is not used: without the
 * binary it starts a download, which cannot work offline (here, on CI) and would hang the run.
 */
export function findElectron(): { executablePath: string } | { skipReason: string } {
  const override = process.env['NEWSDESK_ELECTRON'];
  if (override) return existsSync(override) ? { executablePath: override } : { skipReason: `NEWSDESK_ELECTRON names ${override}, which does not exist` };
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      skipReason:
        "Electron's binary is not installed (node_modules/electron has no path.txt; Electron ≥ 42 downloads it on first use, which needs internet). Run `npx install-electron` on a connected machine or set NEWSDESK_ELECTRON to an Electron executable.",
    };
  }
  const executablePath = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executablePath)) return { skipReason: `Electron's binary is missing at ${executablePath}` };
  if (!existsSync(join(projectDir, 'out/main/index.js'))) return { skipReason: 'the app is not built: run `npm run build` first' };
  return { executablePath };
}

/** A home folder of its own, so the app's user data and website folder stay out of the real one. */
export function makeHome(): { home: string; remove: () => void } {
  const home = mkdtempSync(join(tmpdir(), 'newsdesk-electron-'));
  return { home, remove: () => rmSync(home, { recursive: true, force: true }) };
}

export interface RunningApp {
  electron: ElectronApplication;
  window: Page;
}

/** Starts the built app (out/main) in real Electron, its user data under `home`. */
export async function launchBuiltApp(executablePath: string, home: string): Promise<RunningApp> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'ELECTRON_RENDERER_URL') env[name] = value;
  const electron = await _electron.launch({
    executablePath,
    // --no-sandbox only where Chromium's sandbox cannot start (as root in a container).
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), projectDir],
    // app.getPath('userData') and 'documents' follow these on Linux, macOS and Windows.
    env: { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData'), USERPROFILE: home },
  });
  const window = await electron.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { electron, window };
}
