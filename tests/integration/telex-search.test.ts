import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleGenerator, generateNewsroom } from '../../bench/newsroom/generate';
import { matchExpression } from '../../src/main/core/search/article-search';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { parseSearchQuery, type QueryTerm } from '../../src/shared/search/search-query';
import { fold } from '../../src/shared/text/fold';
import { telexToUnicode } from '../../src/shared/text/telex';
import { keysOf } from '../e2e/ime/key-sequences';
import { seededRandom } from '../helpers/seeded-random';
import { makeTempDir } from '../helpers/temp-newsroom';

/**
 * #15 item 6: a query typed with Telex left unconverted ("dongf thaps") finds the story. Measured
 * on the generated newsroom (bench/newsroom/generate.ts) through the real FTS5 index: recall and
 * precision of Telex queries against what the same query typed in Unicode finds, with and without
 * the Telex reading, and what the reading costs ordinary queries.
 */
const COUNT = 2_000;
const SEED = 15;
let dir: string;
let db: Database.Database;

beforeAll(() => {
  dir = makeTempDir();
  generateNewsroom({ dataDir: dir, count: COUNT, seed: SEED });
  db = new Database(join(dir, DATABASE_FILE));
  db.exec(`CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'article_search', 'row')`);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const matches = (terms: QueryTerm[]): Set<number> =>
  new Set(db.prepare<[string], { rowid: number }>('SELECT rowid FROM article_search WHERE article_search MATCH ?').all(matchExpression(terms)).map((row) => row.rowid));
const withoutTelex = (terms: QueryTerm[]) => terms.map((term) => ({ ...term, telex: null }));
// A trailing space: whole words, no prefix (the reporter finished typing).
const termsOf = (query: string) => parseSearchQuery(`${query} `);

/** Two neighbouring words with tones from generated headlines, typed in Telex two ways. */
function sampleQueries(count: number): { unicode: string; telex: string; lazyTelex: string }[] {
  const next = articleGenerator(SEED);
  const headlines = Array.from({ length: COUNT }, () => next().headline);
  const random = seededRandom(SEED);
  const queries: { unicode: string; telex: string; lazyTelex: string }[] = [];
  while (queries.length < count) {
    const words = headlines[Math.floor(random() * headlines.length)]!.split(' ');
    const at = Math.floor(random() * (words.length - 1));
    const pair = words.slice(at, at + 2);
    if (!pair.every((word) => /^\p{L}+$/u.test(word)) || pair.every((word) => fold(word) === word.toLowerCase())) continue;
    queries.push({
      unicode: pair.join(' '),
      telex: pair.map((word) => keysOf(word, 'telex')).join(' '),
      // The IME off and the shape keys skipped too: "dongf thaps" for "Đồng Tháp".
      lazyTelex: pair.map((word) => fold(word) + (keysOf(word, 'telex').match(/[sfrxj]$/u)?.[0] ?? '')).join(' '),
    });
  }
  return queries;
}

function measure(queries: { unicode: string; typed: string }[], telex: boolean) {
  let relevantFound = 0;
  let found = 0;
  let relevant = 0;
  for (const { unicode, typed } of queries) {
    const truth = matches(termsOf(unicode));
    const terms = termsOf(typed);
    const got = matches(telex ? terms : withoutTelex(terms));
    relevant += truth.size;
    found += got.size;
    relevantFound += [...got].filter((rowid) => truth.has(rowid)).length;
  }
  return { recall: relevantFound / relevant, precision: found === 0 ? 1 : relevantFound / found };
}

describe('Telex left unconverted finds the story', () => {
  test('the converter reads Telex keys back as the syllable meant', () => {
    expect(['dongf', 'thaps', 'ddoongf', 'tieengs', 'nguwowif', 'quas', 'hoaf', 'cuoocj', 'giuwax'].map(telexToUnicode)).toEqual([
      'dòng', 'tháp', 'đồng', 'tiếng', 'người', 'quá', 'hòa', 'cuộc', 'giữa',
    ]);
    // Not Telex: words that come out as no syllable, words already in Unicode, toneless Vietnamese
    expect(['tours', 'Hanoi', 'đồng', 'dong', 'thap'].map(telexToUnicode)).toEqual([null, null, null, null, null]);
    // The price: some foreign words are Telex too, and also find their Vietnamese reading
    expect(['Paris', 'mix'].map(telexToUnicode)).toEqual(['pái', 'mĩ']);
  });

  test('"dongf thaps" finds Đồng Tháp stories', () => {
    const dongThap = matches(termsOf('Đồng Tháp'));
    expect(dongThap.size).toBeGreaterThan(0);
    expect(matches(termsOf('dongf thaps'))).toEqual(dongThap);
    expect(matches(withoutTelex(termsOf('dongf thaps'))).size).toBe(0);
  });

  test('recall and precision on 300 generated queries, with and without the Telex reading', () => {
    const queries = sampleQueries(300);
    const full = queries.map(({ unicode, telex }) => ({ unicode, typed: telex }));
    const lazy = queries.map(({ unicode, lazyTelex }) => ({ unicode, typed: lazyTelex }));
    const figures = {
      fullTelex: { without: measure(full, false), with: measure(full, true) },
      lazyTelex: { without: measure(lazy, false), with: measure(lazy, true) },
      unicode: { without: measure(queries.map(({ unicode }) => ({ unicode, typed: unicode })), false), with: measure(queries.map(({ unicode }) => ({ unicode, typed: unicode })), true) },
    };
    // Measured (seed 15, 2,000 articles): Telex recall 0 → 0.998, typed without shape keys
    // 0.126 → 0.998, precision 1 throughout; Unicode queries unchanged.
    expect(figures.fullTelex.with.recall).toBeGreaterThan(0.99);
    expect(figures.lazyTelex.with.recall).toBeGreaterThan(0.99);
    expect(figures.fullTelex.without.recall).toBeLessThan(0.05);
    expect(figures.fullTelex.with.precision).toBeGreaterThan(0.99);
    expect(figures.lazyTelex.with.precision).toBeGreaterThan(0.99);
    expect(figures.unicode.with).toEqual(figures.unicode.without);
  });

  test('what the reading costs ordinary queries: the corpus words that also read as Telex', () => {
    const vocabulary = db
      .prepare<[], { term: string }>("SELECT term FROM temp.vocab")
      .all()
      .map((row) => row.term);
    const readAsTelex = vocabulary.filter((word) => parseSearchQuery(`${word} `)[0]?.telex);
    // Measured: 1 of 439 ("ooc", which also finds "oc").
    expect(readAsTelex.length / vocabulary.length).toBeLessThan(0.01);
  });
});
