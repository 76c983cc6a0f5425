import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTempDir } from '../../helpers/temp-newsroom';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
/** Built inside the repository (so the bundle finds node_modules), in a folder of this run's own. */
const OUT = join(ROOT, 'out', `server-test-${process.pid}`);
const ADMIN = { NEWSDESK_ADMIN_USERNAME: 'quantri', NEWSDESK_ADMIN_PASSWORD: 'mật khẩu quản trị', NEWSDESK_NEWSROOM_NAME: 'Báo Thử' };

interface Started {
  child: ChildProcess;
  url: Promise<string>;
  exit: Promise<{ code: number | null; stderr: string }>;
}

/** `node out/…/main.js` as `npm run server` runs it, in a clean environment plus `env`. */
function startEntry(env: Record<string, string>, args: string[] = []): Started {
  const child = spawn(process.execPath, [join(OUT, 'main.js'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; stderr: string }>((done) => child.once('exit', (code) => done({ code, stderr })));
  const url = new Promise<string>((done, fail) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) done(match[1]!);
    });
    void exit.then(({ code }) => fail(new Error(`the server exited (${code}) before listening:\n${stderr}`)));
  });
  // A start that is meant to fail never listens; the rejection matters only to a test awaiting `url`.
  url.catch(() => {});
  return { child, url, exit };
}

const signIn = (url: string, username: string, password: string) =>
  fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

describe('the server started through its real entry point', () => {
  const dataDir = makeTempDir('newsdesk-server-');
  beforeAll(async () => {
    // The same build `npm run server` makes (vite, the server config), into this run's folder.
    await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.server.config.ts', '--outDir', OUT, '--logLevel', 'warn'], { cwd: ROOT });
  }, 120_000);
  afterAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('on PGlite in a data folder: creates the first account, serves on a free port, stops on SIGTERM, keeps its data', async () => {
    const first = startEntry({ NEWSDESK_DATA_DIR: dataDir, ...ADMIN }, ['--create-admin']);
    const url = await first.url;
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok', database: 'pglite' });
    const response = await signIn(url, 'QuanTri', ADMIN.NEWSDESK_ADMIN_PASSWORD);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ account: { username: 'quantri', roles: ['admin', 'editor_in_chief'] } });
    first.child.kill('SIGTERM');
    expect((await first.exit).code).toBe(0);
    expect((await first.exit).stderr).not.toContain(ADMIN.NEWSDESK_ADMIN_PASSWORD);

    // Restarted on the same folder: the account is still there; asking to create it again fails plainly.
    const again = startEntry({ NEWSDESK_DATA_DIR: dataDir, ...ADMIN }, ['--create-admin']);
    expect(await again.exit).toMatchObject({ code: 1, stderr: expect.stringContaining('already has accounts') });
    const restarted = startEntry({ NEWSDESK_DATA_DIR: dataDir });
    expect((await signIn(await restarted.url, 'quantri', ADMIN.NEWSDESK_ADMIN_PASSWORD)).status).toBe(200);
    restarted.child.kill('SIGTERM');
    expect((await restarted.exit).code).toBe(0);
  }, 120_000);

  test('bad settings stop the start with a clear message', async () => {
    expect(await startEntry({ PORT: 'eighty' }).exit).toMatchObject({ code: 1, stderr: expect.stringContaining('PORT must be a whole number') });
    expect(await startEntry({ DATABASE_URL: 'mysql://x' }).exit).toMatchObject({ code: 1, stderr: expect.stringContaining('DATABASE_URL must be') });
    expect(await startEntry({}, ['--verbose']).exit).toMatchObject({ code: 1, stderr: expect.stringContaining('Unknown argument: --verbose') });
    expect(await startEntry({ NEWSDESK_DATA_DIR: join(dataDir, 'empty') }, ['--create-admin']).exit).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--create-admin needs NEWSDESK_ADMIN_USERNAME'),
    });
  }, 120_000);
});
