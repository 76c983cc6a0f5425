import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { containedPath } from '../../shared/node/contained-path';
import { createArticleStore, type ArticleStore } from './articles/article-store';
import { createAuditLog, type AuditLog } from './audit/audit-log';
import { createCategoryStore, type CategoryStore } from './categories/category-store';
import type { Clock } from '../../shared/clock';
import { createBackupStore, type BackupStore } from './backups/backup-store';
import { latestVersion } from './db/migrate';
import { openDatabase, upgradeSchema } from './db/open-database';
import { MIGRATIONS } from './db/migrations';
import { createDraftJournal, type DraftJournal } from './drafts/draft-journal';
import type { Logger } from '../../shared/node/logger';
import { createMediaStore, type MediaStore } from './media/media-store';
import { publishedRendition } from './media/published-rendition';
import { createNewsroomInfo, type NewsroomInfo } from './newsroom-info';
import { createNoteStore, type NoteStore } from './notes/note-store';
import { createDestinationRegistry, type DestinationRegistry } from './publishing/destination-registry';
import { createOutboxStore, type OutboxStore } from './publishing/outbox-store';
import { createPublishingRunner, type PublishingRunner } from './publishing/publishing-runner';
import { createKeyFileSecretBox, type SecretBox } from './publishing/secret-box';
import { createPublicationStore, type PublicationStore } from './publications/publication-store';
import { createRevisionStore, type RevisionStore } from './revisions/revision-store';
import type { SettingsStore } from './settings/settings-store';
import { createDesk, type Desk } from './desk/desk-list';
import { createArticleSearch, type ArticleSearch } from './search/article-search';
import { createSavedSearchStore, type SavedSearchStore } from './search/saved-search-store';
import { createSearchIndex } from './search/search-index';
import { createSignInThrottle } from './users/sign-in-throttle';
import { createUserStore, type UserStore } from './users/user-store';
import { createWorkflowService, type WorkflowService } from './workflow/workflow-service';

export const DATABASE_FILE = 'newsdesk.sqlite';

export interface NewsroomOptions {
  /** Where the database (and later photos and snapshots) live; created if missing. */
  dataDir: string;
  /**
   * The built-in website destination's folder (the app: Documents/Newsdesk/website); created on
   * the first delivery. `<dataDir>/website` if not given.
   */
  siteFolder?: string;
  clock: Clock;
  logger: Logger;
  settings: SettingsStore;
  /** Whether the machine is online (Electron's net.isOnline in the app); always true if not given. */
  isOnline?: () => boolean;
  /** Encrypts destination secrets: Electron's safeStorage in the app; a key file in `dataDir` if not given. */
  secrets?: SecretBox;
}

export interface Newsroom {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly info: NewsroomInfo;
  readonly users: UserStore;
  readonly articles: ArticleStore;
  readonly workflow: WorkflowService;
  readonly notes: NoteStore;
  readonly audit: AuditLog;
  readonly publications: PublicationStore;
  readonly outbox: OutboxStore;
  readonly destinations: DestinationRegistry;
  /** The publishing loop: whoever hosts the newsroom starts it (or ticks it) and `close` stops it. */
  readonly publishing: PublishingRunner;
  isOnline(): boolean;
  readonly categories: CategoryStore;
  readonly settings: SettingsStore;
  readonly revisions: RevisionStore;
  readonly drafts: DraftJournal;
  readonly media: MediaStore;
  readonly desk: Desk;
  readonly search: ArticleSearch;
  readonly savedSearches: SavedSearchStore;
  readonly backups: BackupStore;
  close(): void;
}

/**
 * The composition root of the core: everything that holds data or rules, with no Electron in
 * sight. Electron's main process, the end-to-end harness, tests and benchmarks all open the
 * newsroom this way.
 */
export function openNewsroom(options: NewsroomOptions): Newsroom {
  mkdirSync(options.dataDir, { recursive: true });
  // The database must be a file of the data directory, not a link to one elsewhere (a backup, a share).
  const databaseFile = containedPath(options.dataDir, DATABASE_FILE);
  const db: Database = openDatabase(databaseFile, MIGRATIONS, options.logger);
  try {
    return assembleNewsroom(db, databaseFile, options);
  } catch (error) {
    // A later step refused (a photo folder or the key file is a link out of the data folder):
    // the database must not stay open behind the error, holding its WAL and locks.
    db.close();
    throw error;
  }
}

/** Everything on top of the open database; throws without closing it (openNewsroom does). */
function assembleNewsroom(db: Database, databaseFile: string, options: NewsroomOptions): Newsroom {
  const { clock } = options;
  const searchIndex = createSearchIndex(db);
  const audit = createAuditLog(db);
  const articles = createArticleStore(db, clock, {
    saved: (article) => searchIndex.put(article.id, article),
    deleted: (id) => searchIndex.remove(id),
  });
  // Notes are searchable too: adding one re-indexes its story in the same transaction.
  const notes = createNoteStore(db, clock, (articleId) => searchIndex.put(articleId, articles.get(articleId)));
  const publications = createPublicationStore(db, clock);
  const users = createUserStore(db, clock, audit, createSignInThrottle(db, clock));
  const revisions = createRevisionStore(db, clock, articles);
  const drafts = createDraftJournal(db, clock, articles);
  const outbox = createOutboxStore(db, clock);
  const info = createNewsroomInfo(db, clock, audit);
  const media = createMediaStore(db, options.dataDir, clock);
  const destinations = createDestinationRegistry({
    settings: options.settings,
    secrets: options.secrets ?? createKeyFileSecretBox(options.dataDir),
    clock,
    // Receivers get photos' identities; fetching the renditions is theirs to arrange.
    ninjs: { renditionUrl: (mediaId) => `urn:newsdesk:media:${mediaId}:web` },
    // WordPress uploads the same renditions the website folder copies, credits embedded.
    photo: publishedRendition(media),
    siteFolder: options.siteFolder ?? join(options.dataDir, 'website'),
  });
  const isOnline = options.isOnline ?? (() => true);
  const workflow = createWorkflowService({
    db,
    clock,
    users,
    logger: options.logger,
    articles,
    audit,
    notes,
    publications,
    revisions,
    drafts,
    outbox,
    publishing: {
      destinationIds: () => destinations.enabledIds(),
      newsroomName: () => info.name() ?? 'Newsdesk',
    },
  });
  const publishing = createPublishingRunner({
    outbox,
    destinations: { get: (id) => destinations.destinationFor(id) },
    publishDue: () => workflow.publishDue(),
    clock,
    isOnline,
    logger: options.logger,
  });
  return {
    dataDir: options.dataDir,
    clock,
    info,
    users,
    articles,
    workflow,
    notes,
    audit,
    publications,
    outbox,
    destinations,
    publishing,
    isOnline,
    categories: createCategoryStore(db, clock, audit),
    settings: options.settings,
    revisions,
    drafts,
    media,
    desk: createDesk(db),
    search: createArticleSearch(db),
    savedSearches: createSavedSearchStore(db, clock),
    backups: createBackupStore({
      db,
      dataDir: options.dataDir,
      databaseFile,
      clock,
      logger: options.logger,
      afterRestore: () => {
        db.pragma('journal_mode = WAL'); // the backup file is a rollback-journal file; the live one stays WAL
        upgradeSchema(db, MIGRATIONS, options.logger);
      },
      supportedSchema: latestVersion(MIGRATIONS),
    }),
    close() {
      publishing.stop();
      db.close();
    },
  };
}
