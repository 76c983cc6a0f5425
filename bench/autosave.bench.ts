import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, test } from 'vitest';
import { openSignedInNewsroom } from '../tests/helpers/temp-newsroom';
import { compare } from './compare';
import { longArticleBody } from './documents/long-article';

/**
 * Autosave in the core (#12 item 3, the core's half; the renderer's half is
 * browser/autosave.bench.ts): one autosave of the long article through the router, as the editor
 * makes it, against a raw better-sqlite3 upsert of the same bytes into a one-table file with the
 * same pragmas (WAL, synchronous=FULL). The ratio is our overhead: validation, the version check,
 * the change log, the search index and the revision checkpoint.
 */

const { body } = longArticleBody();
const fields = { headline: 'Bài dài để đo lưu tự động', sapo: 'Năm nghìn chữ, hai mươi ảnh.', category: 'Kinh tế', body };
const bodyJson = JSON.stringify(body);

const room = await openSignedInNewsroom({ clock: { now: () => new Date() } });
const rawDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-raw-'));
const raw = new Database(join(rawDir, 'raw.sqlite'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
raw.exec('CREATE TABLE articles (id TEXT PRIMARY KEY, headline TEXT, sapo TEXT, category TEXT, body_json TEXT, version INTEGER)');
const upsert = raw.prepare(
  `INSERT INTO articles (id, headline, sapo, category, body_json, version) VALUES (@id, @headline, @sapo, @category, @body_json, 1)
   ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, body_json = excluded.body_json, version = version + 1`,
);
afterAll(() => {
  raw.close();
  rmSync(rawDir, { recursive: true, force: true });
  room.cleanup();
});

test('autosave of the long article: the core vs a raw SQLite upsert of the same bytes', async () => {
  const article = room.newsroom.articles.create(fields, room.user.id);
  let version = article.version;
  let typed = 0;
  const results = await compare(
    'Autosave of the 5,000-chữ article: through the router vs a raw upsert of the same bytes',
    {
      name: 'raw better-sqlite3 upsert (baseline)',
      fn: () => upsert.run({ id: article.id, headline: `${fields.headline} ${(typed += 1)}`, sapo: fields.sapo, category: fields.category, body_json: bodyJson }),
    },
    [
      {
        name: 'articles.save with an autosave checkpoint, through the router',
        fn: async () => {
          const result = await room.call('articles.save', {
            story: { id: article.id, expectedVersion: version },
            fields: { ...fields, headline: `${fields.headline} ${(typed += 1)}` },
            checkpoint: 'autosave',
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
