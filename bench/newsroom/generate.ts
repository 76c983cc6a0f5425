import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { appendChange } from '../../src/main/core/change-log';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { openDatabase } from '../../src/main/core/db/open-database';
import { silentLogger } from '../../src/shared/node/logger';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { createSearchIndex } from '../../src/main/core/search/search-index';
import { bodyFromPlainText, type ArticleBody } from '../../src/shared/domain/article-body';
import type { ArticleStatus } from '../../src/shared/domain/article-status';
import type { Author } from '../../src/shared/domain/byline';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { seededRandom } from '../../tests/helpers/seeded-random';
import * as words from './vocabulary';


const CATEGORIES = ['Tin tức', 'Thời sự – Chính trị', 'Kinh tế', 'Xã hội', 'Văn hóa – Văn nghệ', 'Thể thao', 'Pháp luật', 'Quốc phòng – An ninh', 'Giáo dục', 'Y tế', 'Bạn đọc'];

/** Most of an archive is published; the desk holds a few hundred stories in flight. */
const STATUS_WEIGHTS: Array<[ArticleStatus, number]> = [
  ['published', 0.86], ['draft', 0.04], ['submitted', 0.02], ['editing', 0.01], ['returned', 0.005],
  ['approved', 0.01], ['scheduled', 0.005], ['unpublished', 0.02], ['spiked', 0.03],
];

export interface GeneratedArticle {
  id: string;
  headline: string;
  sapo: string;
  body: ArticleBody;
  category: string;
  bylineLabel: string;
  authors: Author[];
  place: string;
  keywords: string[];
  status: ArticleStatus;
  createdAt: string;
  updatedAt: string;
  /** When the story went out; null for stories never published. */
  publishedAt: string | null;
}

/** Makes articles one by one from a seed: same seed and index, same article. */
export function articleGenerator(seed: number, start = Date.parse('2022-01-01T00:00:00.000Z')) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const person = () => `${pick(words.FAMILY_NAMES)} ${pick(words.MIDDLE_NAMES)} ${pick(words.GIVEN_NAMES)}`;
  const initials = () => person().split(' ').map((part) => part[0]).join('.');
  const fill = (template: string, place: string, topic: string) =>
    template.replace(/\{(\w+)\}/g, (_match, slot: string) => {
      switch (slot) {
        case 'place': return random() < 0.8 ? place : pick(words.PLACES);
        case 'topic': return random() < 0.7 ? topic : pick(words.TOPICS);
        case 'org': return pick(words.ORGANIZATIONS);
        case 'person': return person();
        case 'initials': return initials();
        case 'region': return pick(words.REGIONS);
        case 'year': return String(2022 + Math.floor(random() * 4));
        case 'number': return String(1 + Math.floor(random() * 99));
        case 'day': return String(1 + Math.floor(random() * 28));
        case 'month': return String(1 + Math.floor(random() * 12));
        default: return slot;
      }
    });
  const status = (): ArticleStatus => {
    let roll = random();
    for (const [name, weight] of STATUS_WEIGHTS) if ((roll -= weight) < 0) return name;
    return 'published';
  };
  let clock = start;

  return (): GeneratedArticle => {
    const place = pick(words.PROVINCES);
    const topic = pick(words.TOPICS);
    const paragraphs: string[] = [];
    // Photos appear as their captions in the body (as on the paper's site) until photos are stored.
    const photoCount = Math.floor(random() * 4);
    const paragraphCount = 6 + Math.floor(random() * 8);
    for (let index = 0; index < paragraphCount; index += 1) {
      const sentences = 2 + Math.floor(random() * 4);
      paragraphs.push(Array.from({ length: sentences }, () => fill(pick(words.SENTENCE_TEMPLATES), place, topic)).join(' '));
      if (index % 3 === 1 && index / 3 < photoCount) paragraphs.push(fill(pick(words.CAPTION_TEMPLATES), place, topic));
    }
    const bylineLabel = pick(words.BYLINE_LABELS);
    const author: Author = { name: random() < 0.5 ? initials() : person(), roles: ['writer'] };
    clock += 5 * 60_000 + Math.floor(random() * 15 * 60_000);
    const createdAt = new Date(clock).toISOString();
    // Edited within the five minutes before the next story starts, so articles come in update order.
    const updatedAt = new Date(clock + Math.floor(random() * 5 * 60_000)).toISOString();
    const state = status();
    return {
      id: uuidv7({ msecs: clock, random: Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256)) }),
      headline: fill(pick(words.HEADLINE_TEMPLATES), place, topic),
      sapo: fill(pick(words.SENTENCE_TEMPLATES), place, topic),
      body: bodyFromPlainText(paragraphs.join('\n')),
      category: pick(CATEGORIES),
      bylineLabel,
      authors: [author],
      place,
      keywords: [topic],
      status: state,
      createdAt,
      updatedAt,
      // Published (or since taken down) at its last edit, which is when the desk released it.
      publishedAt: state === 'published' || state === 'unpublished' ? updatedAt : null,
    };
  };
}

export interface GenerateOptions {
  dataDir: string;
  count?: number;
  seed?: number;
  onProgress?(done: number): void;
}

const BATCH = 5_000;

/**
 * Writes a synthetic newsroom into `dataDir` with batched SQL: each article row, its change-log
 * entry and its search document through the very `createSearchIndex().put` the store calls on
 * save, so the index is what saving those articles one by one would have made. Articles are
 * written in update order, as saves would have come.
 */
export function generateNewsroom({ dataDir, count = 100_000, seed = 1, onProgress }: GenerateOptions): void {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, DATABASE_FILE), MIGRATIONS, silentLogger);
  try {
    writeArticles(db, count, seed, onProgress);
  } finally {
    db.close();
  }
}

function writeArticles(db: Database, count: number, seed: number, onProgress?: (done: number) => void): void {
  const next = articleGenerator(seed);
  const index = createSearchIndex(db);
  const insert = db.prepare(
    `INSERT INTO articles (id, headline, sapo, body_json, category, byline_label, authors_json, place, keywords_json,
       status, version, created_at, updated_at, published_at)
     VALUES (@id, @headline, @sapo, @body_json, @category, @bylineLabel, @authors_json, @place, @keywords_json,
       @status, 1, @createdAt, @updatedAt, @publishedAt)`,
  );
  const batch = db.transaction((size: number) => {
    for (let written = 0; written < size; written += 1) {
      const article = next();
      insert.run({
        ...article,
        body_json: JSON.stringify(article.body),
        authors_json: JSON.stringify(article.authors),
        keywords_json: JSON.stringify(article.keywords),
      });
      index.put(article.id, article);
      appendChange(db, { entity: 'article', entityId: article.id, version: 1, operation: 'create', changedAt: article.updatedAt, data: { ...article, version: 1 } });
    }
  });
  // Bulk load: durability per batch does not matter for a fixture that can be made again.
  db.pragma('synchronous = OFF');
  for (let done = 0; done < count; done += BATCH) {
    batch(Math.min(BATCH, count - done));
    onProgress?.(Math.min(done + BATCH, count));
  }
  db.pragma('synchronous = NORMAL');
}
