import { join } from 'node:path';
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { articleGenerator, generateNewsroom } from '../../bench/newsroom/generate';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { fold } from '../../src/shared/text/fold';
import { plainTextFromBody } from '../../src/shared/domain/article-body';
import { makeTempDir, openTempNewsroom } from '../helpers/temp-newsroom';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
};

/** Every token of the full-text index: term, document, column, position. */
function indexInstances(dataDir: string): unknown[] {
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.exec(`CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, 'article_search', 'instance')`);
    return db.prepare('SELECT term, doc, col, offset FROM temp.instances ORDER BY doc, col, offset').all();
  } finally {
    db.close();
  }
}

test('the same seed writes the same newsroom; another seed another one', () => {
  const first = articleGenerator(7);
  const again = articleGenerator(7);
  const other = articleGenerator(8);
  const a = Array.from({ length: 20 }, first);
  expect(Array.from({ length: 20 }, again)).toEqual(a);
  expect(Array.from({ length: 20 }, other).map((article) => article.headline)).not.toEqual(a.map((article) => article.headline));
});

test('articles read like Vietnamese news: tone marks, đ, provinces, a byline', () => {
  const next = articleGenerator(3);
  const text = Array.from({ length: 50 }, () => {
    const article = next();
    const byline = `${article.bylineLabel}: ${article.authors.map((author) => author.name).join(', ')}`;
    return `${article.headline}\n${article.sapo}\n${plainTextFromBody(article.body)}\n${byline}`;
  }).join('\n');
  expect(text).toMatch(/[đĐ]/);
  expect(text).toMatch(/[ạảãàáặẳẵằắậẩẫầấẹẻẽèéệểễềếịỉĩìíọỏõòóộổỗồốợởỡờớụủũùúựửữừứỵỷỹỳý]/);
  expect(fold(text)).toMatch(/bac lieu|dong thap|ca mau|soc trang|kien giang/);
  expect(text).toMatch(/^(Tin, ảnh|Bài, ảnh|Bài và ảnh|Tin): /m);
});

test('the generated index is exactly what saving the same articles one by one makes', () => {
  const generated = tempDir();
  generateNewsroom({ dataDir: generated, count: 40, seed: 5 });

  const db = new Database(join(generated, DATABASE_FILE), { readonly: true });
  const rows = db
    .prepare<
      [],
      { headline: string; sapo: string; body_json: string; category: string; byline_label: string; authors_json: string; place: string; keywords_json: string }
    >('SELECT headline, sapo, body_json, category, byline_label, authors_json, place, keywords_json FROM articles ORDER BY updated_at, id')
    .all();
  const counted = db.prepare('SELECT status, live FROM article_counts WHERE live > 0 ORDER BY status').all();
  const actual = db.prepare('SELECT status, count(*) AS live FROM articles GROUP BY status ORDER BY status').all();
  db.close();
  expect(rows).toHaveLength(40);
  expect(counted).toEqual(actual);

  const saved = openTempNewsroom({ dataDir: tempDir() });
  for (const row of rows) {
    saved.newsroom.articles.create({
      headline: row.headline,
      sapo: row.sapo,
      category: row.category,
      body: JSON.parse(row.body_json),
      bylineLabel: row.byline_label,
      authors: JSON.parse(row.authors_json),
      place: row.place,
      keywords: JSON.parse(row.keywords_json),
    });
  }
  saved.newsroom.close();
  expect(indexInstances(generated)).toEqual(indexInstances(saved.dataDir));
  expect(indexInstances(generated).length).toBeGreaterThan(40 * 50);
});
