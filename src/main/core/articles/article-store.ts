import type { Database } from 'better-sqlite3';
import type { Article, ArticleFields, ArticleSummary } from '../../../shared/domain/article';
import type { ArticleBody } from '../../../shared/domain/article-body';
import type { ArticleStatus } from '../../../shared/domain/article-status';
import type { ArticlePage } from '../../../shared/contract/contract';
import { conflictError, notFoundError } from '../../../shared/errors';
import { appendChange } from '../change-log';
import type { Clock } from '../clock';
import { newId } from '../ids';
import { decodeCursor, encodeCursor } from './list-cursor';

interface ArticleRow {
  id: string;
  headline: string;
  sapo: string;
  body_json: string;
  category: string;
  status: ArticleStatus;
  version: number;
  created_at: string;
  updated_at: string;
}

type SummaryRow = Omit<ArticleRow, 'sapo' | 'body_json'>;

const toSummary = (row: SummaryRow): ArticleSummary => ({
  id: row.id,
  headline: row.headline,
  category: row.category,
  status: row.status,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toArticle = (row: ArticleRow): Article => ({
  ...toSummary(row),
  sapo: row.sapo,
  body: JSON.parse(row.body_json) as ArticleBody,
});

export const DEFAULT_PAGE_SIZE = 50;

export interface ArticleStore {
  create(fields: ArticleFields): Article;
  get(id: string): Article;
  list(options: { limit?: number | undefined; cursor?: string | null | undefined }): ArticlePage;
  update(id: string, expectedVersion: number, patch: Partial<ArticleFields>): Article;
  softDelete(id: string, expectedVersion: number): { id: string; version: number };
  restore(id: string, expectedVersion: number): Article;
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
    `INSERT INTO articles (id, headline, sapo, body_json, category, status, version, created_at, updated_at)
     VALUES (@id, @headline, @sapo, @body_json, @category, @status, @version, @created_at, @updated_at)`,
  );
  const selectLive = db.prepare<[string], ArticleRow>(
    `SELECT id, headline, sapo, body_json, category, status, version, created_at, updated_at
     FROM articles WHERE id = ? AND deleted_at IS NULL`,
  );
  const write = db.prepare<[ArticleRow]>(
    `UPDATE articles SET headline = @headline, sapo = @sapo, body_json = @body_json,
       category = @category, version = @version, updated_at = @updated_at
     WHERE id = @id`,
  );
  const markDeleted = db.prepare<[{ id: string; version: number; now: string }]>(
    `UPDATE articles SET deleted_at = @now, updated_at = @now, version = @version WHERE id = @id`,
  );
  const selectDeleted = db.prepare<[string], ArticleRow>(
    `SELECT id, headline, sapo, body_json, category, status, version, created_at, updated_at
     FROM articles WHERE id = ? AND deleted_at IS NOT NULL`,
  );
  const markRestored = db.prepare<[{ id: string; version: number; now: string }]>(
    `UPDATE articles SET deleted_at = NULL, updated_at = @now, version = @version WHERE id = @id`,
  );
  const firstPage = db.prepare<[number], SummaryRow>(
    `SELECT id, headline, category, status, version, created_at, updated_at FROM articles
     WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?`,
  );
  const nextPage = db.prepare<[string, string, number], SummaryRow>(
    `SELECT id, headline, category, status, version, created_at, updated_at FROM articles
     WHERE deleted_at IS NULL AND (updated_at, id) < (?, ?)
     ORDER BY updated_at DESC, id DESC LIMIT ?`,
  );

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

  const create = db.transaction((fields: ArticleFields): Article => {
    const now = clock.now().toISOString();
    const row: ArticleRow = {
      id: newId(clock),
      headline: fields.headline,
      sapo: fields.sapo,
      body_json: JSON.stringify(fields.body),
      category: fields.category,
      status: 'draft',
      version: 1,
      created_at: now,
      updated_at: now,
    };
    insert.run(row);
    const article = toArticle(row);
    listener.saved(article);
    appendChange(db, { entity: 'article', entityId: row.id, version: 1, operation: 'create', changedAt: now, data: article });
    return article;
  });

  const update = db.transaction(
    (id: string, expectedVersion: number, patch: Partial<ArticleFields>): Article => {
      const current = requireLive(id);
      requireVersion(current, expectedVersion);
      const next: ArticleRow = {
        ...current,
        headline: patch.headline ?? current.headline,
        sapo: patch.sapo ?? current.sapo,
        category: patch.category ?? current.category,
        body_json: patch.body ? JSON.stringify(patch.body) : current.body_json,
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

  const softDelete = db.transaction((id: string, expectedVersion: number) => {
    const current = requireLive(id);
    requireVersion(current, expectedVersion);
    const now = clock.now().toISOString();
    const version = current.version + 1;
    markDeleted.run({ id, version, now });
    listener.deleted(id);
    appendChange(db, { entity: 'article', entityId: id, version, operation: 'delete', changedAt: now, data: null });
    return { id, version };
  });

  const restore = db.transaction((id: string, expectedVersion: number): Article => {
    const current = selectDeleted.get(id);
    if (!current) throw notFoundError(`Article ${id} is not in the trash`);
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
    create: (fields) => create.immediate(fields),
    update: (id, expectedVersion, patch) => update.immediate(id, expectedVersion, patch),
    softDelete: (id, expectedVersion) => softDelete.immediate(id, expectedVersion),
    restore: (id, expectedVersion) => restore.immediate(id, expectedVersion),
    get: (id) => toArticle(requireLive(id)),
    list({ limit = DEFAULT_PAGE_SIZE, cursor }) {
      const after = cursor ? decodeCursor(cursor) : null;
      // Fetch one extra row to learn whether another page exists without a COUNT.
      const rows = after
        ? nextPage.all(after.updatedAt, after.id, limit + 1)
        : firstPage.all(limit + 1);
      const items = rows.slice(0, limit).map(toSummary);
      const last = items.at(-1);
      return {
        items,
        nextCursor: rows.length > limit && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
      };
    },
  };
}
