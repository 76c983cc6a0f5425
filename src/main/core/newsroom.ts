import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createArticleStore, type ArticleStore } from './articles/article-store';
import { createCategoryStore, type CategoryStore } from './categories/category-store';
import type { Clock } from './clock';
import { openDatabase } from './db/open-database';
import { MIGRATIONS } from './db/migrations';
import type { Logger } from './logger';
import type { SettingsStore } from './settings/settings-store';
import { createDesk, type Desk } from './desk/desk-list';
import { createArticleSearch, type ArticleSearch } from './search/article-search';
import { createSavedSearchStore, type SavedSearchStore } from './search/saved-search-store';
import { createSearchIndex } from './search/search-index';

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
  readonly desk: Desk;
  readonly search: ArticleSearch;
  readonly savedSearches: SavedSearchStore;
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
  const searchIndex = createSearchIndex(db);
  return {
    dataDir: options.dataDir,
    articles: createArticleStore(db, options.clock, {
      saved: (article) => searchIndex.put(article.id, article),
      deleted: (id) => searchIndex.remove(id),
    }),
    categories: createCategoryStore(db),
    settings: options.settings,
    desk: createDesk(db),
    search: createArticleSearch(db),
    savedSearches: createSavedSearchStore(db, options.clock),
    close: () => db.close(),
  };
}
