import { afterEach, describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { Article } from '../../src/shared/domain/article';
import { openSignedInNewsroom, openTempNewsroom, saveStory, type TempNewsroom } from '../helpers/temp-newsroom';

const openTempNewsroomOn = (dataDir: string, clock: ReturnType<typeof steppingClock>) => openTempNewsroom({ dataDir, clock });
import { snapshotDatabase } from '../helpers/database-snapshot';
import { steppingClock } from '../helpers/clocks';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../src/main/core/newsroom';

const rooms: TempNewsroom[] = [];
const open = async (...args: Parameters<typeof openSignedInNewsroom>) => {
  const room = await openSignedInNewsroom(...args);
  rooms.push(room);
  return room;
};
afterEach(() => {
  for (const room of rooms.splice(0)) room.cleanup();
});

const seedFields = {
  headline: '6 tháng đầu năm 2024: Cụm thi đua số 9',
  sapo: 'Chiều 28/6, tại Bạc Liêu, Cụm thi đua số 9 tổ chức hội nghị.',
  category: 'Tin tức',
  body: bodyFromPlainText('Tham dự hội nghị có lãnh đạo.\nCác thành viên trong Cụm.'),
};

async function created(room: TempNewsroom, fields = seedFields): Promise<Article> {
  const result = await room.call('articles.create', fields);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Article;
}

describe('articles through the router', () => {
  test('create, get and list', async () => {
    const room = await open();
    const article = await created(room);
    expect(article).toMatchObject({ ...seedFields, status: 'draft', version: 1, createdBy: room.user.id, holderId: null });
    expect(article.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(article.createdAt).toBe(article.updatedAt);

    expect(await room.call('articles.get', { id: article.id })).toEqual({ ok: true, value: article });
    const list = await room.call('desk.list', {});
    expect(list).toMatchObject({ ok: true, value: { items: [{ id: article.id, headline: seedFields.headline }], nextCursor: null } });
  });

  test('text is stored in NFC whatever form the keyboard sent', async () => {
    const room = await open();
    const decomposed = 'Đồng Tháp: hoà bình'.normalize('NFD');
    const article = await created(room, { ...seedFields, headline: decomposed, body: bodyFromPlainText(decomposed) });
    expect(article.headline).toBe('Đồng Tháp: hoà bình'.normalize('NFC'));
    expect(JSON.stringify(room.newsroom.articles.get(article.id).body)).toContain('Đồng Tháp: hoà bình'.normalize('NFC'));
    expect(JSON.stringify(room.newsroom.articles.get(article.id).body)).not.toContain(decomposed);
  });

  test('update bumps the version and records the change', async () => {
    const room = await open();
    const article = await created(room);
    const result = await saveStory(room, article.id, 1, { headline: 'Tiêu đề mới' });
    expect(result).toMatchObject({ ok: true, value: { article: { headline: 'Tiêu đề mới', sapo: seedFields.sapo, version: 2 } } });
    const log = snapshotDatabase(room.dataDir)['change_log'] as { operation: string; version: number }[];
    expect(log.map(({ operation, version }) => [operation, version])).toEqual([['create', 1], ['update', 2]]);
  });

  test('two people saving the same version: the second gets a conflict, nothing is overwritten', async () => {
    const room = await open();
    const article = await created(room);
    // A second connection to the same file, as a second window or process would have.
    const other = openTempNewsroomOn(room.dataDir, steppingClock('2024-06-29T10:00:00.000Z'));
    rooms.push(other);
    await other.signIn('tester');

    const first = await saveStory(room, article.id, 1, { headline: 'Bản của phóng viên' });
    const second = await saveStory(other, article.id, 1, { headline: 'Bản của biên tập viên' });

    expect(first).toMatchObject({ ok: true, value: { article: { version: 2 } } });
    expect(second).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'conflict', currentVersion: 2 }),
    });
    expect(room.newsroom.articles.get(article.id)).toMatchObject({ headline: 'Bản của phóng viên', version: 2 });
  });

  test('soft delete hides the article but keeps the row, and needs the current version', async () => {
    const room = await open();
    const article = await created(room);
    expect(await room.call('articles.delete', { id: article.id, expectedVersion: 2 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', currentVersion: 1 },
    });
    expect(await room.call('articles.delete', { id: article.id, expectedVersion: 1 })).toEqual({
      ok: true,
      value: { id: article.id, version: 2 },
    });
    expect(await room.call('articles.get', { id: article.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const fields = { ...seedFields, sapo: 'x' };
    expect(await room.call('articles.save', { story: { id: article.id, expectedVersion: 2 }, fields, checkpoint: null, journalKey: null })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await room.call('desk.list', {})) as unknown).toMatchObject({ ok: true, value: { items: [] } });

    const db = new Database(join(room.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT headline, deleted_at IS NOT NULL AS deleted FROM articles').get()).toEqual({
      headline: seedFields.headline,
      deleted: 1,
    });
    db.close();
  });

  test('the list pages by keyset, newest first, without gaps or repeats', async () => {
    // Every fifth article shares a timestamp with the next, to exercise the id tie-breaker.
    let tick = 0;
    const room = await open({ clock: { now: () => new Date(Date.UTC(2024, 5, 1) + Math.floor(tick++ / 5) * 60_000) } });
    const ids: string[] = [];
    for (let index = 0; index < 23; index += 1) ids.push((await created(room, { ...seedFields, headline: `Bài ${index}` })).id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const result = await room.call('desk.list', { limit: 5, cursor });
      if (!result.ok) throw new Error(result.error.message);
      const page = result.value as { items: { id: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);

    // Newest first; articles saved in the same millisecond come in descending id order.
    const byListOrder = ids
      .map((id) => room.newsroom.articles.get(id))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))
      .map((article) => article.id);
    expect(seen).toEqual(byListOrder);
    expect(new Set(seen).size).toBe(ids.length);
  });

  test('a forged cursor is a validation error', async () => {
    const room = await open();
    expect(await room.call('desk.list', { cursor: 'bm90IGEgY3Vyc29y' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'cursor' }] },
    });
  });
});
