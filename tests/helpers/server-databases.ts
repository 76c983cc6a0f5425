import { afterAll, beforeAll } from 'vitest';
import { createPgClient } from '../../src/server/db/pg-client';
import { createPgliteClient } from '../../src/server/db/pglite-client';
import type { SqlClient } from '../../src/server/db/sql-client';
import { postgresMissing, startTestPostgres, type TestPostgres } from './postgres-server';

/**
 * The two databases the server runs on, for `describe.each`: the same test body over PGlite (in
 * memory) and over a private real PostgreSQL (skipped, with the reason printed, when PostgreSQL is
 * not installed). Each `open()` is a fresh, empty database; every client opened is closed after the
 * file, and the private PostgreSQL stopped.
 *
 * Both start once per file, before its tests: PGlite runs initdb inside WebAssembly and the private
 * PostgreSQL runs the real initdb, each several seconds on a busy machine (hence the hook's time).
 * PGlite's `open()` then empties its one database (a fresh `public` schema) instead of starting anew.
 */
const START_TIMEOUT_MS = 120_000;

export interface ServerDatabase {
  name: 'pglite' | 'postgresql';
  /** Why this database cannot be tested here, or null. */
  missing: string | null;
  /** A new empty database, and its connection string (PostgreSQL only). */
  open(): Promise<{ db: SqlClient; url: string | null }>;
  /** Another client on the same database as `url` (a second server instance). */
  connect(url: string): SqlClient;
}

export function serverDatabases(): ServerDatabase[] {
  const clients: SqlClient[] = [];
  let postgres: TestPostgres | null = null;
  let pglite: SqlClient | null = null;
  const missing = postgresMissing();
  if (missing) console.warn(`Skipping the server tests on PostgreSQL: ${missing} (apt-get install postgresql, or run .ci/run)`);

  beforeAll(async () => {
    [pglite, postgres] = await Promise.all([createPgliteClient(undefined), missing ? null : startTestPostgres()]);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    for (const client of clients.splice(0)) await client.close().catch(() => {});
    await pglite?.close();
    await postgres?.stop();
  });

  const keep = (client: SqlClient) => {
    clients.push(client);
    return client;
  };
  return [
    {
      name: 'pglite',
      missing: null,
      async open() {
        if (!pglite) throw new Error('PGlite did not start');
        await pglite.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
        return { db: pglite, url: null };
      },
      connect: () => {
        throw new Error('PGlite is one process: no second instance');
      },
    },
    {
      name: 'postgresql',
      missing,
      async open() {
        if (!postgres) throw new Error('PostgreSQL did not start');
        const url = await postgres.createDatabase();
        return { db: keep(createPgClient(url)), url };
      },
      connect: (url) => keep(createPgClient(url)),
    },
  ];
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-02T08:00:00.000Z') {
  let now = new Date(start).getTime();
  return { clock: { now: () => new Date(now) }, advance: (seconds: number) => void (now += seconds * 1000) };
}
