import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { makeTempDir } from './temp-newsroom';

const run = promisify(execFile);

/** Debian's postgresql package puts each major version's binaries here (`.ci/run` installs it). */
const POSTGRES_ROOT = '/usr/lib/postgresql';

const binDir = (): string | null => {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT).filter((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? join(POSTGRES_ROOT, newest, 'bin') : null;
};

/** Why a private PostgreSQL cannot run here, or null when it can. */
export function postgresMissing(): string | null {
  return binDir() ? null : `PostgreSQL is not installed (no ${POSTGRES_ROOT}/<version>/bin/initdb; Debian package postgresql)`;
}

export interface TestPostgres {
  /** A new, empty database on this server; its connection string. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * PostgreSQL refuses to run as root. As root (CI containers), the cluster belongs to the `postgres`
 * user and its processes run as that user (setpriv: no fork, so the child is postgres itself and
 * our SIGTERM reaches it); otherwise as the current user.
 */
async function asServerUser(): Promise<{ prefix: string[]; uid: number | null; gid: number | null }> {
  if (process.getuid?.() !== 0) return { prefix: [], uid: null, gid: null };
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { prefix: ['setpriv', '--reuid=postgres', '--regid=postgres', '--clear-groups', '--'], uid: Number(uid), gid: Number(gid) };
}

const waitForReady = (child: ChildProcess, log: () => string) =>
  new Promise<void>((done, fail) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('ready to accept connections')) done();
    });
    child.once('exit', (code) => fail(new Error(`postgres exited (${code}) before it was ready:\n${log()}${seen}`)));
  });

/**
 * A private PostgreSQL for one test file: initdb in a temp folder, no TCP (only a Unix socket in
 * that folder), trust authentication for its own user, durability off (a throwaway cluster).
 * `stop()` ends it and removes the folder.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  if (!bin) throw new Error(postgresMissing() ?? 'PostgreSQL missing');
  const dir = makeTempDir('newsdesk-pg-');
  const data = join(dir, 'data');
  const user = await asServerUser();
  if (user.uid !== null && user.gid !== null) chownSync(dir, user.uid, user.gid);
  const command = (program: string, args: string[]) =>
    user.prefix.length > 0 ? [user.prefix[0]!, [...user.prefix.slice(1), join(bin, program), ...args]] as const : [join(bin, program), args] as const;

  let server: ChildProcess | null = null;
  const stop = async () => {
    const child = server;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGINT'); // "fast shutdown": ends sessions and stops at once
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [initdb, initArgs] = command('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await run(initdb, initArgs);
    const [postgres, args] = command('postgres', [
      '-D', data, '-k', dir, '-c', "listen_addresses=", '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
    ]);
    server = spawn(postgres, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    await waitForReady(server, () => '');
    server.stderr?.resume();
  } catch (error) {
    await stop();
    throw error;
  }

  const url = (database: string) => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(dir)}`;
  let databases = 0;
  return {
    async createDatabase() {
      const name = `newsdesk_test_${++databases}`;
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    stop,
  };
}
