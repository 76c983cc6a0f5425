import { describe, expect, test } from 'vitest';
import { ROLES } from '../../../src/shared/domain/roles';
import { silentLogger } from '../../../src/shared/node/logger';
import { appendChanges, changesSince, listenForChanges, type NewChange } from '../../../src/server/changes/change-feed';
import { migrateServer, ServerDatabaseTooNewError } from '../../../src/server/db/migrate';
import { SERVER_MIGRATIONS } from '../../../src/server/db/migrations';
import { serverDatabases } from '../../helpers/server-databases';

const change = (changeId: string, entityId = '01900000-0000-7000-8000-000000000001'): NewChange => ({
  changeId,
  accountId: null,
  entity: 'story',
  entityId,
  op: 'update',
  payload: { headline: 'Mưa lớn ở Đồng Tháp' },
});
const ids = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe.each(serverDatabases())('the server database on $name', (database) => {
  describe.skipIf(database.missing !== null)('schema and change log', () => {
    test('migrations apply once: a second start finds nothing to do', async () => {
      const { db } = await database.open();
      expect(await migrateServer(db, SERVER_MIGRATIONS, silentLogger)).toEqual(SERVER_MIGRATIONS.map((migration) => migration.version));
      expect(await migrateServer(db, SERVER_MIGRATIONS, silentLogger)).toEqual([]);
      const rows = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(rows).toEqual(SERVER_MIGRATIONS.map(({ version, name }) => ({ version, name })));
      const tables = await db.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((row) => row.table_name)).toEqual([
        'accounts', 'audit', 'change_log', 'newsroom', 'notes', 'schema_migrations', 'sessions', 'sign_in_throttle', 'stories',
        'sync_refusals',
      ]);
    });

    test('a database from a newer server is refused, and left as it was', async () => {
      const { db } = await database.open();
      await migrateServer(db, SERVER_MIGRATIONS, silentLogger);
      const future = SERVER_MIGRATIONS.length + 1;
      await db.query(`INSERT INTO schema_migrations (version, name) VALUES (${future}, 'from-the-future')`);
      await expect(migrateServer(db, SERVER_MIGRATIONS, silentLogger)).rejects.toThrow(ServerDatabaseTooNewError);
      expect(await db.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual(
        [...SERVER_MIGRATIONS.map(({ version }) => version), future].map((version) => ({ version })),
      );
    });

    test('a broken migration list is refused before anything runs', async () => {
      const { db } = await database.open();
      const gap = [{ ...SERVER_MIGRATIONS[0]!, version: 2 }];
      await expect(migrateServer(db, gap, silentLogger)).rejects.toThrow(/Migration list is broken/);
      expect(await db.query(`SELECT to_regclass('schema_migrations') AS found`)).toEqual([{ found: null }]);
    });

    test('accounts hold only the laptop roles, at least one', async () => {
      const { db } = await database.open();
      await migrateServer(db, SERVER_MIGRATIONS, silentLogger);
      const insert = (roles: string[]) =>
        db.query(
          `INSERT INTO accounts (id, username, username_key, display_name, initials, roles, password_hash, created_at, updated_at)
           VALUES (gen_random_uuid(), $1, $1, 'X', 'X', $2, 'h', now(), now())`,
          [`u${roles.length}${roles[0] ?? ''}`, roles],
        );
      await insert([...ROLES]);
      await expect(insert(['superuser'])).rejects.toThrow();
      await expect(insert([])).rejects.toThrow();
    });

    test('the change log numbers changes in one global order, skips a repeated change id, and is append-only', async () => {
      const { db } = await database.open();
      await migrateServer(db, SERVER_MIGRATIONS, silentLogger);
      const at = new Date('2026-03-02T08:00:00Z');
      expect(await db.transaction((tx) => appendChanges(tx, [change(ids(1)), change(ids(2))], at))).toEqual([ids(1), ids(2)]);
      // A retried push: the same ids again, plus one new.
      expect(await db.transaction((tx) => appendChanges(tx, [change(ids(2)), change(ids(1)), change(ids(3))], at))).toEqual([ids(3)]);
      const all = await changesSince(db, 0, 100);
      expect(all.map((entry) => entry.changeId)).toEqual([ids(1), ids(2), ids(3)]);
      expect(all.map((entry) => entry.seq)).toEqual([...all.map((entry) => entry.seq)].sort((a, b) => a - b));
      expect(all[0]?.payload).toEqual({ headline: 'Mưa lớn ở Đồng Tháp' });
      expect((await changesSince(db, all[1]!.seq, 100)).map((entry) => entry.changeId)).toEqual([ids(3)]);
      expect(await changesSince(db, all[2]!.seq, 100)).toEqual([]);

      await expect(db.query('UPDATE change_log SET op = $1', ['delete'])).rejects.toThrow(/append-only/);
      await expect(db.query('DELETE FROM change_log')).rejects.toThrow(/append-only/);
      await expect(db.query('TRUNCATE change_log')).rejects.toThrow(/append-only/);
      await db.query(`INSERT INTO audit (at, action) VALUES (now(), 'test')`);
      await expect(db.query('DELETE FROM audit')).rejects.toThrow(/append-only/);
      expect(await changesSince(db, 0, 100)).toHaveLength(3);
    });

    test('a committed append is announced with its newest sequence number; a rolled-back one is not', async () => {
      const { db } = await database.open();
      await migrateServer(db, SERVER_MIGRATIONS, silentLogger);
      const heard: number[] = [];
      let announced: () => void = () => {};
      const stop = await listenForChanges(db, (seq) => {
        heard.push(seq);
        announced();
      });
      const next = () => new Promise<void>((resolve) => (announced = resolve));
      await expect(
        db.transaction(async (tx) => {
          await appendChanges(tx, [change(ids(9))], new Date());
          throw new Error('the push failed half-way');
        }),
      ).rejects.toThrow('half-way');
      const heardCommit = next();
      await db.transaction((tx) => appendChanges(tx, [change(ids(10)), change(ids(11))], new Date()));
      await heardCommit;
      const logged = await changesSince(db, 0, 10);
      expect(logged.map((entry) => entry.changeId)).toEqual([ids(10), ids(11)]);
      expect(heard).toEqual([logged[1]!.seq]);
      await stop();
    });
  });
});
