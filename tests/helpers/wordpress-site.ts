import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, copyFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir } from './temp-newsroom';

const run = promisify(execFile);

/** Debian's packages: wordpress, mariadb-server, php-cli, php-mysql (`.ci/run` installs them). */
const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = '/usr/sbin/mariadbd';
const INSTALL_DB = '/usr/bin/mariadb-install-db';
const PHP = '/usr/bin/php';
const FILES = resolve(import.meta.dirname, 'wordpress');

/** The files of WordPress that find wp-config.php next to themselves: copied, so they find ours. */
const COPIED = ['index.php', 'wp-load.php', 'wp-blog-header.php'];

export interface WordPressTestSite {
  /** The site's home address, http://127.0.0.1:<port>/. */
  url: string;
  username: string;
  applicationPassword: string;
  /** GET a REST route as the site's editor (or anonymously), for looking at what Newsdesk did. */
  rest<T>(route: string, options?: { query?: Record<string, string | number>; anonymous?: boolean }): Promise<{ status: number; body: T }>;
  /** GET a page of the public site, as a reader would. */
  page(path: string): Promise<{ status: number; html: string }>;
  stop(): Promise<void>;
}

/** Why a real WordPress cannot run here, or null when it can. */
export function wordPressMissing(): string | null {
  const missing = [
    [join(WORDPRESS, 'wp-settings.php'), 'wordpress'],
    [MARIADBD, 'mariadb-server'],
    [INSTALL_DB, 'mariadb-server'],
    [PHP, 'php-cli'],
  ].filter(([path]) => !existsSync(path!));
  if (missing.length > 0) return `Debian packages missing: ${[...new Set(missing.map(([, name]) => name))].join(', ')}`;
  try {
    execFileSync(PHP, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']);
    return null;
  } catch {
    return 'Debian package missing: php-mysql';
  }
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });

/** A process's end, and how to ask for it. */
const stopProcess = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

/** Resolves once the process prints `text` on stderr; rejects if it exits first. */
const waitForOutput = (child: ChildProcess, text: string, log: () => string) =>
  new Promise<void>((done, fail) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) done();
    });
    child.once('exit', (code) => fail(new Error(`${child.spawnfile} exited (${code}) before it was ready:\n${log()}${seen}`)));
  });

const mariadbSettings = (dir: string) => `[mysqld]
datadir=${dir}/db
socket=${dir}/mysql.sock
pid-file=${dir}/mysql.pid
skip-networking
skip-log-bin
performance_schema=OFF
# A throwaway database: small, and no waiting for the disk.
innodb_log_file_size=4M
innodb_buffer_pool_size=32M
innodb_flush_log_at_trx_commit=0
innodb_doublewrite=0
`;

/** The site folder: WordPress from Debian's package by symlink, our config, content and theme. */
function buildSiteFolder(site: string, socket: string, url: string) {
  mkdirSync(site);
  for (const name of readdirSync(WORDPRESS)) {
    if (name === 'wp-config.php' || name === 'wp-content') continue;
    if (COPIED.includes(name)) copyFileSync(join(WORDPRESS, name), join(site, name));
    else symlinkSync(join(WORDPRESS, name), join(site, name));
  }
  const config = readFileSync(join(FILES, 'wp-config.php'), 'utf8').replaceAll('__SOCKET__', socket).replaceAll('__URL__', url.replace(/\/$/, ''));
  writeFileSync(join(site, 'wp-config.php'), config);
  mkdirSync(join(site, 'wp-content/uploads'), { recursive: true });
  mkdirSync(join(site, 'wp-content/themes/newsdesk-test'), { recursive: true });
  for (const file of ['style.css', 'index.php']) copyFileSync(join(FILES, 'theme', file), join(site, 'wp-content/themes/newsdesk-test', file));
}

/**
 * A real WordPress on 127.0.0.1 for one test file: a private MariaDB (own data folder and socket,
 * no network, started as the current user), WordPress installed by its own installer, and PHP's
 * built-in web server. `stop()` ends both processes and removes the folder.
 */
export async function startWordPressSite(): Promise<WordPressTestSite> {
  const dir = makeTempDir('newsdesk-wp-');
  const socket = join(dir, 'mysql.sock');
  const asRoot = process.getuid?.() === 0;
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writeFileSync(join(dir, 'my.cnf'), mariadbSettings(dir));
    const defaults = `--defaults-file=${join(dir, 'my.cnf')}`;
    const user = asRoot ? ['--user=root'] : [];
    await run(INSTALL_DB, [defaults, ...user, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve']);
    const mariadb = spawn(MARIADBD, [defaults, ...user], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(mariadb);
    mariadb.stderr.resume();

    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const site = join(dir, 'site');
    buildSiteFolder(site, socket, url);
    const installed = await run(PHP, [join(FILES, 'install.php'), site, socket]);
    const { password } = JSON.parse(installed.stdout) as { password: string };

    const php = spawn(PHP, ['-S', `127.0.0.1:${port}`, '-t', site], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(php);
    await waitForOutput(php, 'started', () => '');

    const authorization = `Basic ${Buffer.from(`bientap:${password}`).toString('base64')}`;
    return {
      url,
      username: 'bientap',
      applicationPassword: password,
      async rest<T>(route: string, options: { query?: Record<string, string | number>; anonymous?: boolean } = {}) {
        const address = new URL(url);
        address.searchParams.set('rest_route', route);
        for (const [key, value] of Object.entries(options.query ?? {})) address.searchParams.set(key, String(value));
        const response = await fetch(address, { headers: options.anonymous ? {} : { Authorization: authorization } });
        return { status: response.status, body: (await response.json()) as T };
      },
      async page(path: string) {
        const response = await fetch(new URL(path, url), { redirect: 'manual' });
        return { status: response.status, html: await response.text() };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
