import { afterEach, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { ArticlePage } from '../../src/shared/domain/article';
import type { DeskCounts, SavedSearch } from '../../src/shared/domain/search';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { openDatabase } from '../../src/main/core/db/open-database';
import { migration008 } from '../../src/main/core/db/migrations/008-search-speed';
import { silentLogger } from '../../src/shared/node/logger';
import { createRouter } from '../../src/main/core/router/router';
import { APP_SENDER, callOk, makeTempDir, openTempNewsroom, signedInRooms, TEST_ORIGIN, TEST_PASSWORD, type TempNewsroom } from '../helpers/temp-newsroom';

const rooms = signedInRooms();
afterEach(rooms.cleanup);
const { open, restart } = rooms;

const call = callOk;

const create = (room: TempNewsroom, headline: string, category = 'Tin tức') =>
  room.newsroom.articles.create({ headline, sapo: '', category, body: bodyFromPlainText('') });

/** Reads every page by following cursors, as the virtualized list does while scrolling. */
async function allPages(room: TempNewsroom, input: Record<string, unknown>): Promise<string[]> {
  const headlines: string[] = [];
  let cursor: string | null = null;
  do {
    const page: ArticlePage = await call<ArticlePage>(room, 'desk.list', { ...input, cursor });
    headlines.push(...page.items.map((item) => item.headline));
    cursor = page.nextCursor;
  } while (cursor);
  return headlines;
}

describe('desk list', () => {
  test('keyset pages by last update cover every live article once, newest first', async () => {
    const room = await open();
    const articles = Array.from({ length: 7 }, (_, index) => create(room, `Bài ${index}`));
    room.newsroom.articles.update(articles[2]!.id, 1, { headline: 'Bài 2 (sửa)' });
    room.newsroom.articles.softDelete(articles[4]!.id, 1);

    expect(await allPages(room, { limit: 2 })).toEqual(['Bài 2 (sửa)', 'Bài 6', 'Bài 5', 'Bài 3', 'Bài 1', 'Bài 0']);
    expect(await allPages(room, { limit: 4, sort: 'created' })).toEqual(['Bài 6', 'Bài 5', 'Bài 3', 'Bài 2 (sửa)', 'Bài 1', 'Bài 0']);
  });

  test('filters: state and category', async () => {
    const room = await open();
    create(room, 'Kinh tế 1', 'Kinh tế');
    create(room, 'Thể thao 1', 'Thể thao');
    create(room, 'Kinh tế 2', 'Kinh tế');
    expect(await allPages(room, { filters: { category: 'Kinh tế' }, limit: 1 })).toEqual(['Kinh tế 2', 'Kinh tế 1']);
    expect(await allPages(room, { filters: { statuses: ['draft'] } })).toHaveLength(3);
    expect(await allPages(room, { filters: { statuses: ['published', 'approved'] } })).toEqual([]);
  });

  test('a cursor from another order or a forged one is refused as bad input', async () => {
    const room = await open();
    create(room, 'Một');
    create(room, 'Hai');
    const page = await call<ArticlePage>(room, 'desk.list', { limit: 1 });
    const wrongOrder = await room.call('desk.list', { sort: 'created', cursor: page.nextCursor });
    expect(wrongOrder).toMatchObject({ ok: false, error: { code: 'validation' } });
    const forged = await room.call('desk.list', { cursor: Buffer.from('["updated",1]').toString('base64url') });
    expect(forged).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  test('by publication time: newest first, ties broken by id, never-published stories last, each once', async () => {
    const room = await open();
    const ids = Array.from({ length: 9 }, (_, index) => create(room, `Bài ${index}`).id);
    // Three share one publication time (a batch released together), two another; four were never published.
    const db = new Database(join(room.dataDir, DATABASE_FILE));
    const publish = db.prepare(`UPDATE articles SET status = 'published', published_at = ? WHERE id = ?`);
    for (const index of [1, 4, 7]) publish.run('2024-06-29T09:49:00.000Z', ids[index]);
    for (const index of [2, 5]) publish.run('2024-06-30T01:00:00.000Z', ids[index]);
    db.close();
    // UUIDv7 ids grow with creation, so among equal keys (and among the unpublished) the newer comes first.
    const expected = ['Bài 5', 'Bài 2', 'Bài 7', 'Bài 4', 'Bài 1', 'Bài 8', 'Bài 6', 'Bài 3', 'Bài 0'];

    for (const limit of [1, 2, 3, 4, 50]) expect(await allPages(room, { sort: 'published', limit })).toEqual(expected);
    expect(await allPages(room, { sort: 'published', limit: 2, filters: { statuses: ['published'] } })).toEqual(expected.slice(0, 5));
    expect(await allPages(room, { sort: 'published', limit: 2, filters: { statuses: ['draft'] } })).toEqual(expected.slice(5));
  });

  test('a cursor from the published order is refused by the updated order', async () => {
    const room = await open();
    create(room, 'Một');
    create(room, 'Hai');
    const page = await call<ArticlePage>(room, 'desk.list', { sort: 'published', limit: 1 });
    expect(await room.call('desk.list', { cursor: page.nextCursor })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  test('the list query uses an index, not a scan of the table', async () => {
    const room = await open();
    const db = new Database(join(room.dataDir, DATABASE_FILE), { readonly: true });
    const plan = (sql: string) => db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all().map((row) => (row as { detail: string }).detail).join('; ');
    const base = 'SELECT a.id FROM articles a WHERE a.deleted_at IS NULL';
    expect(plan(`${base} AND a.status IN ('submitted') ORDER BY a.updated_at DESC, a.id DESC LIMIT 51`)).toContain('articles_by_status_updated');
    expect(plan(`${base} ORDER BY a.created_at DESC, a.id DESC LIMIT 51`)).toContain('articles_by_created');
    expect(plan(`${base} AND (a.updated_at, a.id) < ('2024', 'x') ORDER BY a.updated_at DESC, a.id DESC LIMIT 51`)).toContain('articles_by_updated');
    const published = "coalesce(a.published_at, '')";
    const nextByPublished = `${published} <= '2024' AND (${published}, a.id) < ('2024', 'x')`;
    const byPublished = plan(`${base} AND ${nextByPublished} ORDER BY ${published} DESC, a.id DESC LIMIT 51`);
    expect(byPublished).toContain('SEARCH a USING INDEX articles_by_published');
    expect(byPublished).not.toContain('TEMP B-TREE');
    const publishedView = plan(`${base} AND a.status IN ('published') ORDER BY ${published} DESC, a.id DESC LIMIT 51`);
    expect(publishedView).toContain('articles_by_status_published');
    expect(publishedView).not.toContain('TEMP B-TREE');
    db.close();
  });
});

describe('counts per state', () => {
  test('follow creates, deletes, restores and state changes made by any writer', async () => {
    const room = await open();
    const first = create(room, 'Một');
    create(room, 'Hai');
    create(room, 'Ba');
    room.newsroom.articles.softDelete(first.id, 1);
    expect(await call<DeskCounts>(room, 'desk.counts', {})).toMatchObject({ all: 2, byStatus: { draft: 2, submitted: 0 } });

    room.newsroom.articles.restore(first.id, 2);
    // A state change straight in SQL, as the workflow code will make it: the triggers still count it.
    const db = new Database(join(room.dataDir, DATABASE_FILE));
    db.prepare(`UPDATE articles SET status = 'submitted' WHERE id = ?`).run(first.id);
    db.close();
    expect(await call<DeskCounts>(room, 'desk.counts', {})).toMatchObject({ all: 3, byStatus: { draft: 2, submitted: 1 } });
  });

  test('counts read the small counts table, not the articles', async () => {
    const room = await open();
    const db = new Database(join(room.dataDir, DATABASE_FILE), { readonly: true });
    const detail = db.prepare('EXPLAIN QUERY PLAN SELECT status, live FROM article_counts').all();
    expect(JSON.stringify(detail)).not.toContain('articles ');
    db.close();
  });
});

describe('saved searches', () => {
  test('are stored with their filters, listed in order, and deleted softly', async () => {
    const room = await open();
    const saved = await call<SavedSearch>(room, 'savedSearches.create', {
      name: 'Bạc Liêu chờ biên tập',
      query: 'bac lieu',
      filters: { statuses: ['submitted'] },
    });
    await call<SavedSearch>(room, 'savedSearches.create', { name: 'Kinh tế', query: '', filters: { category: 'Kinh tế' } });
    expect((await call<SavedSearch[]>(room, 'savedSearches.list', {})).map((item) => [item.name, item.filters])).toEqual([
      ['Bạc Liêu chờ biên tập', { statuses: ['submitted'] }],
      ['Kinh tế', { category: 'Kinh tế' }],
    ]);

    const stale = await room.call('savedSearches.delete', { id: saved.id, expectedVersion: 2 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await call(room, 'savedSearches.delete', { id: saved.id, expectedVersion: 1 });
    const reopened = await restart(room);
    expect((await call<SavedSearch[]>(reopened, 'savedSearches.list', {})).map((item) => item.name)).toEqual(['Kinh tế']);
  });

  test('belong to the user who saved them: others neither see nor delete them', async () => {
    const room = await open();
    await room.newsroom.users.create({ username: 'btv', displayName: 'Biên tập viên', initials: 'BTV', roles: ['editor'], password: TEST_PASSWORD }, null);
    const other = await otherWindow(room, 'btv');
    const mine = await call<SavedSearch>(room, 'savedSearches.create', { name: 'Của tôi', query: 'bac lieu', filters: {} });
    await other.call('savedSearches.create', { name: 'Của BTV', query: 'ca mau', filters: {} });

    expect((await call<SavedSearch[]>(room, 'savedSearches.list', {})).map((item) => item.name)).toEqual(['Của tôi']);
    expect(await other.call('savedSearches.list', {})).toMatchObject({ ok: true, value: [{ name: 'Của BTV' }] });
    expect(await other.call('savedSearches.delete', { id: mine.id, expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call<SavedSearch[]>(room, 'savedSearches.list', {})).map((item) => item.name)).toEqual(['Của tôi']);
  });

  test('searches saved before they had owners stay visible to everyone after the upgrade', async () => {
    const dataDir = makeTempDir();
    const old = openDatabase(join(dataDir, DATABASE_FILE), MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration008)), silentLogger);
    old.prepare(
      `INSERT INTO saved_searches (id, name, query, filters_json, created_at, updated_at)
       VALUES ('0190a1b2-0000-7000-8000-000000000009', 'Cũ', 'soc trang', '{}', '2024-06-28T00:00:00.000Z', '2024-06-28T00:00:00.000Z')`,
    ).run();
    old.close();

    const room = rooms.keep(openTempNewsroom({ dataDir }));
    await room.addUser({ username: 'tester', roles: ['reporter'] });
    await room.signIn('tester');
    expect(await call<SavedSearch[]>(room, 'savedSearches.list', {})).toMatchObject([{ name: 'Cũ', query: 'soc trang' }]);
  });
});

/** A second app window on the same newsroom, signed in as another user. */
async function otherWindow(room: TempNewsroom, username: string) {
  const router = createRouter({ newsroom: room.newsroom, trustedOrigins: [TEST_ORIGIN], logger: silentLogger });
  const call = (name: string, input: unknown) => router.dispatch(name, input, APP_SENDER);
  const signedIn = await call('session.signIn', { username, password: TEST_PASSWORD });
  if (!signedIn.ok) throw new Error(signedIn.error.message);
  return { call };
}
