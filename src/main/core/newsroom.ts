import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createArticleStore, type ArticleStore } from './articles/article-store';
import { createCategoryStore, type CategoryStore } from './categories/category-store';
import type { Clock } from './clock';
import { openDatabase } from './db/open-database';
import { MIGRATIONS } from './db/migrations';
import { createDraftJournal, type DraftJournal } from './drafts/draft-journal';
import type { Logger } from './logger';
import { createMediaStore, type MediaStore } from './media/media-store';
import { createRevisionStore, type RevisionStore } from './revisions/revision-store';
import type { SettingsStore } from './settings/settings-store';

export const DATABASE_FILE = 'newsdesk.sqlite';

export interface NewsroomOptions {
  /** Where the database (and later photos and snapshots) live; created if missing. */
  dataDir: string;
  clock: Clock;
  logger: Logger;
  settings: SettingsStore;
}

export interface Newsroom {
  readonly dataDir: string;
  readonly articles: ArticleStore;
  readonly categories: CategoryStore;
  readonly settings: SettingsStore;
  readonly revisions: RevisionStore;
  readonly drafts: DraftJournal;
  readonly media: MediaStore;
  close(): void;
}

/**
 * The composition root of the core: everything that holds data or rules, with no Electron in
 * sight. Electron's main process, the end-to-end harness, tests and benchmarks all open the
 * newsroom this way.
 */
export function openNewsroom(options: NewsroomOptions): Newsroom {
  mkdirSync(options.dataDir, { recursive: true });
  const db: Database = openDatabase(join(options.dataDir, DATABASE_FILE), MIGRATIONS, options.logger);
  const articles = createArticleStore(db, options.clock);
  return {
    dataDir: options.dataDir,
    articles,
    categories: createCategoryStore(db),
    settings: options.settings,
    revisions: createRevisionStore(db, options.clock, articles),
    drafts: createDraftJournal(db, options.clock, articles),
    media: createMediaStore(db, options.dataDir, options.clock),
    close: () => db.close(),
  };
}
