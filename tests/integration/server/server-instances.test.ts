import { afterEach, describe, expect, test } from 'vitest';
import { silentLogger } from '../../../src/shared/node/logger';
import { appendChanges } from '../../../src/server/changes/change-feed';
import type { ServerConfig } from '../../../src/server/config';
import { migrateServer, MIGRATION_LOCK } from '../../../src/server/db/migrate';
import { SERVER_MIGRATIONS } from '../../../src/server/db/migrations';
import { openNewsroomServer, type NewsroomServer } from '../../../src/server/newsroom-server';
import { serverDatabases } from '../../helpers/server-databases';

/** Several server instances on one real PostgreSQL: what PGlite (one process) cannot show. */
const postgres = serverDatabases().find((database) => database.name === 'postgresql')!;
const config = (databaseUrl: string): ServerConfig => ({ databaseUrl, dataDir: '', host: '127.0.0.1', port: 0, sessionDays: 30 });

const servers: NewsroomServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe.skipIf(postgres.missing !== null)('server instances sharing one PostgreSQL', () => {
  test('instances starting together migrate one after another: each step runs once, both start', async () => {
    const { url } = await postgres.open();
    const clients = [postgres.connect(url!), postgres.connect(url!), postgres.connect(url!)];
    const applied = await Promise.all(clients.map((client) => migrateServer(client, SERVER_MIGRATIONS, silentLogger)));
    const versions = SERVER_MIGRATIONS.map(({ version }) => version);
    expect(applied.flat()).toEqual(versions);
    expect(await clients[0]!.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual(versions.map((version) => ({ version })));
  });

  test('a migration waits while another instance holds the migration lock', async () => {
    const { db, url } = await postgres.open();
    const other = postgres.connect(url!);
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding: () => void = () => {};
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = other.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      holding();
      await released;
    });
    await held;
    const migrating = migrateServer(db, SERVER_MIGRATIONS, silentLogger);
    // The migration is queued behind the lock (PostgreSQL shows it waiting), and has written nothing.
    const waiting = async () =>
      (await other.query<{ waiting: string | number }>(`SELECT count(*) AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`))[0]!.waiting;
    while (Number(await waiting()) === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(await other.query(`SELECT to_regclass('accounts') AS found`)).toEqual([{ found: null }]);
    release();
    await holder;
    expect(await migrating).toEqual(SERVER_MIGRATIONS.map(({ version }) => version));
  });

  test('a change committed through one instance is announced to the other', async () => {
    const { url } = await postgres.open();
    const first = await openNewsroomServer({ config: config(url!), logger: silentLogger });
    servers.push(first);
    const second = await openNewsroomServer({ config: config(url!), logger: silentLogger });
    servers.push(second);
    const heardBySecond = new Promise<number>((resolve) => second.onChanges(resolve));
    const change = {
      changeId: '01900000-0000-7000-8000-0000000000aa',
      accountId: null,
      entity: 'story',
      entityId: '01900000-0000-7000-8000-0000000000bb',
      op: 'create',
      payload: { headline: 'Tin mới' },
    };
    await first.db.transaction((tx) => appendChanges(tx, [change], new Date()));
    const [row] = await second.db.query<{ seq: string }>('SELECT seq FROM change_log WHERE change_id = $1', [change.changeId]);
    expect(await heardBySecond).toBe(Number(row!.seq));
  });

  test('a session made on one instance is honoured by the other (no state in the instances)', async () => {
    const { url } = await postgres.open();
    const first = await openNewsroomServer({ config: config(url!), logger: silentLogger });
    servers.push(first);
    const second = await openNewsroomServer({ config: config(url!), logger: silentLogger });
    servers.push(second);
    await first.accounts.create({ username: 'an', displayName: 'An', initials: 'A', roles: ['reporter'], password: 'mật khẩu' }, null);
    const [a, b] = [await first.listen(), await second.listen()];
    const signIn = await fetch(`${a.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'an', password: 'mật khẩu' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const whoami = await fetch(`${b.url}/api/whoami`, { headers: { authorization: `Bearer ${token}` } });
    expect(whoami.status).toBe(200);
    expect(await whoami.json()).toMatchObject({ account: { username: 'an' } });
  });
});
