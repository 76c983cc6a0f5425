import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { DatabaseTooNewError, latestVersion, migrate } from '../../src/main/core/db/migrate';
import type { Migration } from '../../src/main/core/db/migration';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { openDatabase } from '../../src/main/core/db/open-database';
import { runPendingRebuilds } from '../../src/main/core/db/index-rebuilds';
import { pendingRebuilds } from '../../src/main/core/db/pending-rebuilds';
import { silentLogger } from '../../src/shared/node/logger';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { makeTempDir, openTempNewsroom } from '../helpers/temp-newsroom';

const dirs: string[] = [];
const tempFile = () => {
  const dir = makeTempDir();
  dirs.push(dir);
  return join(dir, DATABASE_FILE);
};
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tableNames = (db: Database.Database) =>
  db.prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all().map((row) => row.name);

afterEach(async () => {
  const { rmSync } = await import('node:fs');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a fresh database', () => {
  test('gets every migration, WAL and foreign keys', () => {
    const db = openDatabase(tempFile(), MIGRATIONS, silentLogger);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['articles', 'categories', 'change_log']));
    expect(db.prepare('SELECT name FROM categories ORDER BY position').pluck().all()).toContain('Tin tức');
    db.close();
  });

  test('opening again applies nothing twice', () => {
    const file = tempFile();
    openDatabase(file, MIGRATIONS, silentLogger).close();
    const db = openDatabase(file, MIGRATIONS, silentLogger);
    expect(db.prepare('SELECT count(*) FROM categories').pluck().get()).toBe(11);
    db.close();
  });
});

describe('upgrading', () => {
  test('a database from the previous version keeps its articles and gains the new schema', () => {
    const file = tempFile();
    const previous = MIGRATIONS.slice(0, -1);
    const old = openDatabase(file, previous, silentLogger);
    old.prepare(
      `INSERT INTO articles (id, headline, body_json, created_at, updated_at)
       VALUES ('0190a1b2-0000-7000-8000-000000000001', 'Bài cũ', '{"root":{"type":"root","children":[]}}', '2024-06-28T00:00:00.000Z', '2024-06-28T00:00:00.000Z')`,
    ).run();
    expect(old.pragma('user_version', { simple: true })).toBe(latestVersion(previous));
    old.close();

    const db = openDatabase(file, MIGRATIONS, silentLogger);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    expect(db.prepare('SELECT headline FROM articles').pluck().all()).toEqual(['Bài cũ']);
    db.close();
  });

  test('a migration that fails leaves the database at the last whole version', () => {
    const file = tempFile();
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'fails halfway',
      up(db) {
        db.exec('CREATE TABLE half_done (id INTEGER)');
        throw new Error('disk full');
      },
    };
    expect(() => openDatabase(file, [...MIGRATIONS, failing], silentLogger)).toThrow('disk full');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    expect(tableNames(db)).not.toContain('half_done');
    db.close();
  });

  test('a broken migration list is refused before touching the database', () => {
    const db = new Database(':memory:');
    const gap = [MIGRATIONS[0]!, { ...MIGRATIONS[1]!, version: 3 }];
    expect(() => migrate(db, gap, silentLogger)).toThrow(/Migration list is broken/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });
});

describe('migration 010: the workflow state moves onto the story', () => {
  test('taken_over_from and scheduled_by are filled from the audit log of stories stored before', () => {
    const file = tempFile();
    const old = openDatabase(file, MIGRATIONS.slice(0, 9), silentLogger);
    const at = '2024-06-28T00:00:00.000Z';
    const addUser = old.prepare(
      `INSERT INTO users (id, username, username_key, display_name, initials, roles_json, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'X', '[]', 'x', '${at}', '${at}')`,
    );
    for (const name of ['editor', 'chief', 'deputy']) addUser.run(`user-${name}`, name, name, name);
    const addStory = old.prepare(
      `INSERT INTO articles (id, headline, body_json, status, holder_id, publish_at, created_at, updated_at)
       VALUES (?, ?, '{"root":{"type":"root","children":[]}}', ?, ?, ?, '${at}', '${at}')`,
    );
    addStory.run('story-taken', 'Bị tiếp quản', 'editing', 'user-deputy', null);
    addStory.run('story-scheduled', 'Hẹn giờ', 'scheduled', null, '2024-06-29T09:49:00.000Z');
    addStory.run('story-unscheduled', 'Bỏ hẹn giờ', 'approved', null, null);
    const audit = old.prepare(`INSERT INTO audit_log (at, user_id, action, article_id, details_json) VALUES ('${at}', ?, ?, ?, ?)`);
    audit.run('user-chief', 'takeover', 'story-taken', JSON.stringify({ previousHolder: 'user-editor' }));
    audit.run('user-deputy', 'takeover', 'story-taken', JSON.stringify({ previousHolder: 'user-chief' }));
    audit.run('user-chief', 'schedule', 'story-scheduled', JSON.stringify({ publishAt: '2024-06-29T08:00:00.000Z' }));
    audit.run('user-deputy', 'schedule', 'story-scheduled', JSON.stringify({ publishAt: '2024-06-29T09:49:00.000Z' }));
    audit.run('user-chief', 'schedule', 'story-unscheduled', '{}');
    audit.run('user-chief', 'unschedule', 'story-unscheduled', '{}');
    old.close();

    const db = openDatabase(file, MIGRATIONS, silentLogger);
    expect(db.prepare('SELECT id, taken_over_from, scheduled_by FROM articles ORDER BY id').all()).toEqual([
      { id: 'story-scheduled', taken_over_from: null, scheduled_by: 'user-deputy' },
      { id: 'story-taken', taken_over_from: 'user-chief', scheduled_by: null },
      { id: 'story-unscheduled', taken_over_from: null, scheduled_by: null },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

describe('index rebuilds after the migrations', () => {
  const storyId = '0190a1b2-0000-7000-8000-000000000001';
  /** A database at schema 5 (before the search index) holding one story. */
  const beforeSearch = (): string => {
    const file = tempFile();
    const old = openDatabase(file, MIGRATIONS.slice(0, 5), silentLogger);
    old.prepare(
      `INSERT INTO articles (id, headline, body_json, created_at, updated_at)
       VALUES (?, 'Cà Mau mùa nước nổi', '{"root":{"type":"root","children":[]}}', '2024-06-28T00:00:00.000Z', '2024-06-28T00:00:00.000Z')`,
    ).run(storyId);
    old.close();
    return file;
  };
  const indexed = (db: Database.Database) => db.prepare('SELECT article_id FROM article_search_rowids').pluck().all();

  test('a migration records the rebuild it needs in its own transaction; the rebuild runs after the last migration and clears it', () => {
    const db = new Database(beforeSearch());
    migrate(db, MIGRATIONS, silentLogger);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    expect(pendingRebuilds(db)).toEqual(['article-search']);
    expect(indexed(db)).toEqual([]);

    runPendingRebuilds(db, silentLogger);
    expect(pendingRebuilds(db)).toEqual([]);
    expect(indexed(db)).toEqual([storyId]);
    db.close();
  });

  test('openDatabase runs the pending rebuilds, and a fresh database has none left', () => {
    const upgraded = openDatabase(beforeSearch(), MIGRATIONS, silentLogger);
    expect(pendingRebuilds(upgraded)).toEqual([]);
    expect(indexed(upgraded)).toEqual([storyId]);
    upgraded.close();
    const fresh = openDatabase(tempFile(), MIGRATIONS, silentLogger);
    expect(pendingRebuilds(fresh)).toEqual([]);
    fresh.close();
  });

  test('a rebuild that fails keeps its record, and the next opening runs it', () => {
    const file = beforeSearch();
    const failing = { 'article-search': () => { throw new Error('disk full while indexing'); } };
    expect(() => openDatabase(file, MIGRATIONS, silentLogger, failing)).toThrow('disk full while indexing');
    const left = new Database(file, { readonly: true });
    expect(left.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    expect(pendingRebuilds(left)).toEqual(['article-search']);
    left.close();

    const db = openDatabase(file, MIGRATIONS, silentLogger);
    expect(pendingRebuilds(db)).toEqual([]);
    expect(indexed(db)).toEqual([storyId]);
    db.close();
  });
});

describe('a database from a newer Newsdesk', () => {
  test('is refused with a clear message and left byte for byte unchanged', () => {
    const file = tempFile();
    const newer = new Database(file);
    newer.exec(`CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from the future');`);
    newer.pragma(`user_version = ${latestVersion(MIGRATIONS) + 5}`);
    newer.close();
    const before = sha256(file);

    let thrown: unknown;
    try {
      openDatabase(file, MIGRATIONS, silentLogger);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseTooNewError);
    expect((thrown as Error).message).toContain(`database schema ${latestVersion(MIGRATIONS) + 5}`);
    expect((thrown as Error).message).toContain('Update Newsdesk');
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  test('is refused by openNewsroom too', () => {
    const room = openTempNewsroom();
    const { dataDir } = room;
    room.newsroom.close();
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.pragma(`user_version = ${latestVersion(MIGRATIONS) + 1}`);
    db.close();
    expect(() => room.reopen()).toThrow(DatabaseTooNewError);
  });
});
