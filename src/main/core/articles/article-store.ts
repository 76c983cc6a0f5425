import type { Database } from 'better-sqlite3';
import type { Article, ArticleFields, ArticleSummary } from '../../../shared/domain/article';
import type { ArticleBody } from '../../../shared/domain/article-body';
import type { Author } from '../../../shared/domain/byline';
import type { ArticleStatus } from '../../../shared/domain/article-status';
import { conflictError, notFoundError } from '../../../shared/errors';
import { appendChange } from '../change-log';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';

interface ArticleRow {
  id: string;
  headline: string;
  sapo: string;
  body_json: string;
  category: string;
  byline_label: string;
  authors_json: string;
  place: string;
  keywords_json: string;
  slug: string;
  status: ArticleStatus;
  version: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  holder_id: string | null;
  publish_at: string | null;
  published_at: string | null;
  taken_over_from: string | null;
  scheduled_by: string | null;
}

/** The columns of a desk-list row (no body): shared by every query that lists articles. */
export type SummaryRow = Pick<
  ArticleRow,
  'id' | 'headline' | 'category' | 'status' | 'version' | 'created_at' | 'updated_at' | 'created_by' | 'holder_id'
>;

const ROW_COLUMNS =
  'id, headline, sapo, body_json, category, byline_label, authors_json, place, keywords_json, slug, status, version, ' +
  'created_at, updated_at, created_by, holder_id, publish_at, published_at, taken_over_from, scheduled_by';

export const toSummary = (row: SummaryRow): ArticleSummary => ({
  id: row.id,
  headline: row.headline,
  category: row.category,
  status: row.status,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  createdBy: row.created_by,
  holderId: row.holder_id,
});

const toArticle = (row: ArticleRow): Article => ({
  ...toSummary(row),
  sapo: row.sapo,
  body: JSON.parse(row.body_json) as ArticleBody,
  bylineLabel: row.byline_label,
  authors: JSON.parse(row.authors_json) as Author[],
  place: row.place,
  keywords: JSON.parse(row.keywords_json) as string[],
  slug: row.slug,
  publishAt: row.publish_at,
  publishedAt: row.published_at,
});

/** Runs inside the write transaction on the current row; throws to refuse the write. */
export type WriteGuard = (current: Article) => void;

/** The workflow's bookkeeping on a story, written by the workflow service only. */
export interface WorkflowState {
  status: ArticleStatus;
  holderId: string | null;
  publishAt: string | null;
  publishedAt: string | null;
  /** Whom the story was last taken over from. */
  takenOverFrom: string | null;
  /** Who set `publishAt`: the schedule publishes as them. */
  scheduledBy: string | null;
}

/** A workflow write: the status and times always, the takeover and scheduler when they change. */
export type WorkflowStateChange = Omit<WorkflowState, 'takenOverFrom' | 'scheduledBy'> &
  Partial<Pick<WorkflowState, 'takenOverFrom' | 'scheduledBy'>>;

const toWorkflowState = (row: ArticleRow): WorkflowState => ({
  status: row.status,
  holderId: row.holder_id,
  publishAt: row.publish_at,
  publishedAt: row.published_at,
  takenOverFrom: row.taken_over_from,
  scheduledBy: row.scheduled_by,
});

export interface ArticleStore {
  create(fields: ArticleFields, createdBy?: string | null): Article;
  get(id: string): Article;
  /** The workflow's state of a live story, as stored (the workflow's rules read it from here). */
  workflowState(id: string): WorkflowState;
  update(id: string, expectedVersion: number, patch: Partial<ArticleFields>, guard?: WriteGuard): Article;
  /**
   * Bumps the version; the caller has checked the version and the rules in its own transaction.
   * A field left out keeps its stored value.
   */
  setWorkflowState(id: string, state: WorkflowStateChange): Article;
  softDelete(id: string, expectedVersion: number, guard?: WriteGuard): { id: string; version: number };
  /** Brings a soft-deleted story back. */
  restore(id: string, expectedVersion: number, guard?: WriteGuard): Article;
  /** Ids of scheduled stories whose time has come (publish_at ≤ now), earliest first. */
  dueScheduled(now: string): string[];
}

/**
 * Told about every write inside its transaction (the search index listens), so whatever it keeps
 * commits or rolls back together with the article.
 */
export interface ArticleWriteListener {
  saved(article: Article): void;
  deleted(id: string): void;
}

const NO_LISTENER: ArticleWriteListener = { saved() {}, deleted() {} };

/**
 * All SQL about articles, behind one typed interface. Writes go through a transaction that also
 * appends to the change log, and every update names the version it edits: when someone saved in
 * between, the caller gets a conflict error with the current version, never a silent overwrite.
 */
export function createArticleStore(
  db: Database,
  clock: Clock,
  listener: ArticleWriteListener = NO_LISTENER,
): ArticleStore {
  const insert = db.prepare<[ArticleRow]>(
    `INSERT INTO articles (${ROW_COLUMNS})
     VALUES (@id, @headline, @sapo, @body_json, @category, @byline_label, @authors_json, @place, @keywords_json,
       @slug, @status, @version, @created_at, @updated_at, @created_by, @holder_id, @publish_at, @published_at,
       @taken_over_from, @scheduled_by)`,
  );
  const selectLive = db.prepare<[string], ArticleRow>(
    `SELECT ${ROW_COLUMNS} FROM articles WHERE id = ? AND deleted_at IS NULL`,
  );
  const writeWorkflow = db.prepare(
    `UPDATE articles SET status = @status, holder_id = @holderId, publish_at = @publishAt,
       published_at = @publishedAt, taken_over_from = @takenOverFrom, scheduled_by = @scheduledBy,
       version = version + 1, updated_at = @now WHERE id = @id`,
  );
  const write = db.prepare<[ArticleRow]>(
    `UPDATE articles SET headline = @headline, sapo = @sapo, body_json = @body_json,
       category = @category, byline_label = @byline_label, authors_json = @authors_json, place = @place,
       keywords_json = @keywords_json, slug = @slug, version = @version, updated_at = @updated_at
     WHERE id = @id`,
  );
  const markDeleted = db.prepare<[{ id: string; version: number; now: string }]>(
    `UPDATE articles SET deleted_at = @now, updated_at = @now, version = @version WHERE id = @id`,
  );
  const selectDeleted = db.prepare<[string], ArticleRow>(
    `SELECT ${ROW_COLUMNS} FROM articles WHERE id = ? AND deleted_at IS NOT NULL`,
  );
  const markRestored = db.prepare<[{ id: string; version: number; now: string }]>(
    `UPDATE articles SET deleted_at = NULL, updated_at = @now, version = @version WHERE id = @id`,
  );
  const selectDueScheduled = db.prepare<[string], string>(
    `SELECT id FROM articles WHERE deleted_at IS NULL AND status = 'scheduled' AND publish_at <= ?
     ORDER BY publish_at, id`,
  ).pluck();

  const requireLive = (id: string): ArticleRow => {
    const row = selectLive.get(id);
    if (!row) throw notFoundError(`Article ${id} does not exist`);
    return row;
  };

  const requireVersion = (row: ArticleRow, expectedVersion: number): void => {
    if (row.version !== expectedVersion) {
      throw conflictError(
        `Article ${row.id} was saved by someone else: you edited version ${expectedVersion}, the store has ${row.version}`,
        row.version,
      );
    }
  };

  const create = db.transaction((fields: ArticleFields, createdBy: string | null): Article => {
    const now = clock.now().toISOString();
    const row: ArticleRow = {
      id: newId(clock),
      headline: fields.headline,
      sapo: fields.sapo,
      body_json: JSON.stringify(fields.body),
      category: fields.category,
      byline_label: fields.bylineLabel ?? '',
      authors_json: JSON.stringify(fields.authors ?? []),
      place: fields.place ?? '',
      keywords_json: JSON.stringify(fields.keywords ?? []),
      slug: fields.slug ?? '',
      status: 'draft',
      version: 1,
      created_at: now,
      updated_at: now,
      created_by: createdBy,
      holder_id: null,
      publish_at: null,
      published_at: null,
      taken_over_from: null,
      scheduled_by: null,
    };
    insert.run(row);
    const article = toArticle(row);
    listener.saved(article);
    appendChange(db, { entity: 'article', entityId: row.id, version: 1, operation: 'create', changedAt: now, data: article });
    return article;
  });

  const update = db.transaction(
    (id: string, expectedVersion: number, patch: Partial<ArticleFields>, guard?: WriteGuard): Article => {
      const current = requireLive(id);
      guard?.(toArticle(current));
      requireVersion(current, expectedVersion);
      const next: ArticleRow = {
        ...current,
        headline: patch.headline ?? current.headline,
        sapo: patch.sapo ?? current.sapo,
        category: patch.category ?? current.category,
        body_json: patch.body ? JSON.stringify(patch.body) : current.body_json,
        byline_label: patch.bylineLabel ?? current.byline_label,
        authors_json: patch.authors ? JSON.stringify(patch.authors) : current.authors_json,
        place: patch.place ?? current.place,
        keywords_json: patch.keywords ? JSON.stringify(patch.keywords) : current.keywords_json,
        slug: patch.slug ?? current.slug,
        version: current.version + 1,
        updated_at: clock.now().toISOString(),
      };
      write.run(next);
      const article = toArticle(next);
      listener.saved(article);
      appendChange(db, { entity: 'article', entityId: id, version: next.version, operation: 'update', changedAt: next.updated_at, data: patch });
      return article;
    },
  );

  const softDelete = db.transaction((id: string, expectedVersion: number, guard?: WriteGuard) => {
    const current = requireLive(id);
    guard?.(toArticle(current));
    requireVersion(current, expectedVersion);
    const now = clock.now().toISOString();
    const version = current.version + 1;
    markDeleted.run({ id, version, now });
    listener.deleted(id);
    appendChange(db, { entity: 'article', entityId: id, version, operation: 'delete', changedAt: now, data: null });
    return { id, version };
  });

  const restore = db.transaction((id: string, expectedVersion: number, guard?: WriteGuard): Article => {
    const current = selectDeleted.get(id);
    if (!current) throw notFoundError(`Article ${id} is not in the trash`);
    guard?.(toArticle(current));
    requireVersion(current, expectedVersion);
    const now = clock.now().toISOString();
    const restored: ArticleRow = { ...current, version: current.version + 1, updated_at: now };
    markRestored.run({ id, version: restored.version, now });
    const article = toArticle(restored);
    listener.saved(article);
    appendChange(db, { entity: 'article', entityId: id, version: restored.version, operation: 'update', changedAt: now, data: { deletedAt: null } });
    return article;
  });

  return {
    // `.immediate` takes the write lock before reading, so two connections cannot both read the
    // same version and then both write.
    create: (fields, createdBy = null) => create.immediate(fields, createdBy),
    update: (id, expectedVersion, patch, guard) => update.immediate(id, expectedVersion, patch, guard),
    softDelete: (id, expectedVersion, guard) => softDelete.immediate(id, expectedVersion, guard),
    restore: (id, expectedVersion, guard) => restore.immediate(id, expectedVersion, guard),
    get: (id) => toArticle(requireLive(id)),
    workflowState: (id) => toWorkflowState(requireLive(id)),
    setWorkflowState(id, change) {
      const state: WorkflowState = { ...toWorkflowState(requireLive(id)), ...change };
      const now = clock.now().toISOString();
      writeWorkflow.run({ id, ...state, now });
      const article = toArticle(requireLive(id));
      appendChange(db, { entity: 'article', entityId: id, version: article.version, operation: 'update', changedAt: now, data: state });
      return article;
    },
    dueScheduled: (now) => selectDueScheduled.all(now),
  };
}
