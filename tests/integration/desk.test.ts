import { afterEach, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { ArticlePage } from '../../src/shared/contract/contract';
import type { DeskCounts, SavedSearch } from '../../src/shared/contract/search-contract';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { callOk, signedInRooms, type TempNewsroom } from '../helpers/temp-newsroom';

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

  test('the list query uses an index, not a scan of the table', async () => {
    const room = await open();
    const db = new Database(join(room.dataDir, DATABASE_FILE), { readonly: true });
    const plan = (sql: string) => db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all().map((row) => (row as { detail: string }).detail).join('; ');
    const base = 'SELECT a.id FROM articles a WHERE a.deleted_at IS NULL';
    expect(plan(`${base} AND a.status IN ('submitted') ORDER BY a.updated_at DESC, a.id DESC LIMIT 51`)).toContain('articles_by_status_updated');
    expect(plan(`${base} ORDER BY a.created_at DESC, a.id DESC LIMIT 51`)).toContain('articles_by_created');
    expect(plan(`${base} AND (a.updated_at, a.id) < ('2024', 'x') ORDER BY a.updated_at DESC, a.id DESC LIMIT 51`)).toContain('articles_by_updated');
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
});
