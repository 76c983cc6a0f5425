import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { DATABASE_FILE } from '../src/main/core/newsroom';
import { bodyFromPlainText } from '../src/shared/domain/article-body';
import { openSignedInNewsroom } from '../tests/helpers/temp-newsroom';
import { compare } from './compare';

/**
 * What our layers (IPC validation, NFC, version check, change log, transaction) cost on top of
 * SQLite itself: each group runs ours against a raw better-sqlite3 statement on the same file in
 * the same run, and prints the ratio.
 */

const paragraphs = Array.from(
  { length: 12 },
  (_, index) => `Đoạn ${index + 1}: Chiều 28/6, tại Bạc Liêu, Cụm thi đua số 9 tổ chức hội nghị sơ kết công tác thi đua.`,
).join('\n');
const fields = { headline: 'Cụm thi đua số 9', sapo: 'Chiều 28/6, tại Bạc Liêu.', category: 'Tin tức', body: bodyFromPlainText(paragraphs) };

const room = await openSignedInNewsroom({ clock: { now: () => new Date() } });
const raw = new Database(join(room.dataDir, DATABASE_FILE));
raw.pragma('synchronous = NORMAL');
afterAll(() => {
  raw.close();
  room.cleanup();
});

test('save an article: router vs raw UPDATE', async () => {
  const article = room.newsroom.articles.create(fields, room.user.id);
  let version = article.version;
  const rawUpdate = raw.prepare('UPDATE articles SET headline = ?, body_json = ?, updated_at = ? WHERE id = ?');
  const results = await compare(
    'Save an article (headline + 12-paragraph body)',
    {
      name: 'raw UPDATE (baseline)',
      fn: () => rawUpdate.run(`Tiêu đề ${Math.random()}`, JSON.stringify(fields.body), new Date().toISOString(), article.id),
    },
    [
      {
        name: 'router: validate, NFC, version check, update, change log',
        fn: async () => {
          const result = await room.call('articles.save', {
            story: { id: article.id, expectedVersion: version },
            fields: { ...fields, headline: `Tiêu đề ${Math.random()}` },
            checkpoint: null,
            journalKey: null,
          });
          if (!result.ok) throw new Error(result.error.message);
          version += 1;
        },
      },
    ],
  );
  expect(results).toHaveLength(2);
});

test('desk list first page: router vs raw SELECT', async () => {
  for (let index = 0; index < 2_000; index += 1) room.newsroom.articles.create({ ...fields, headline: `Bài ${index}` });
  const rawFirstPage = raw.prepare(
    `SELECT id, headline, category, status, version, created_at, updated_at FROM articles
     WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 51`,
  );
  const results = await compare(
    'Desk list, first page of 50 out of 2,000 articles',
    { name: 'raw SELECT (baseline)', fn: () => rawFirstPage.all() },
    [
      {
        name: 'router: desk.list',
        fn: async () => {
          const result = await room.call('desk.list', {});
          if (!result.ok) throw new Error(result.error.message);
        },
      },
    ],
  );
  expect(results).toHaveLength(2);
});
