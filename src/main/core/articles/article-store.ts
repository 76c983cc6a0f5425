import type { Database } from 'better-sqlite3';
import type { Article, ArticleFields, ArticleSummary } from '../../../shared/domain/article';
import type { ArticleBody } from '../../../shared/domain/article-body';
import type { Author } from '../../../shared/domain/byline';
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
  byline_label: string;
  authors_json: string;
  place: string;
  keywords_json: string;
  slug: string;
  status: ArticleStatus;
  version: number;
  created_at: string;
  updated_at: string;
}

type SummaryRow = Pick<ArticleRow, 'id' | 'headline' | 'category' | 'status' | 'version' | 'created_at' | 'updated_at'>;

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
  bylineLabel: row.byline_label,
  authors: JSON.parse(row.authors_json) as Author[],
  place: row.place,
  keywords: JSON.parse(row.keywords_json) as string[],
  slug: row.slug,
});

const ARTICLE_COLUMNS =
  'id, headline, sapo, body_json, category, byline_label, authors_json, place, keywords_json, slug, status, version, created_at, updated_at';

export const DEFAULT_PAGE_SIZE = 50;

export interface ArticleStore {
  create(fields: ArticleFields): Article;
  get(id: string): Article;
  list(options: { limit?: number | undefined; cursor?: string | null | undefined }): ArticlePage;
  update(id: string, expectedVersion: number, patch: Partial<ArticleFields>): Article;
  softDelete(id: string, expectedVersion: number): { id: string; version: number };
}

/**
 * All SQL about articles, behind one typed interface. Writes go through a transaction that also
 * appends to the change log, and every update names the version it edits: when someone saved in
 * between, the caller gets a conflict error with the current version, never a silent overwrite.
 */
export function createArticleStore(db: Database, clock: Clock): ArticleStore {
  const insert = db.prepare<[ArticleRow]>(
    `INSERT INTO articles (${ARTICLE_COLUMNS})
     VALUES (@id, @headline, @sapo, @body_json, @category, @byline_label, @authors_json, @place, @keywords_json,
       @slug, @status, @version, @created_at, @updated_at)`,
  );
  const selectLive = db.prepare<[string], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ? AND deleted_at IS NULL`,
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
      byline_label: fields.bylineLabel ?? '',
      authors_json: JSON.stringify(fields.authors ?? []),
      place: fields.place ?? '',
      keywords_json: JSON.stringify(fields.keywords ?? []),
      slug: fields.slug ?? '',
      status: 'draft',
      version: 1,
      created_at: now,
      updated_at: now,
    };
    insert.run(row);
    const article = toArticle(row);
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
    appendChange(db, { entity: 'article', entityId: id, version, operation: 'delete', changedAt: now, data: null });
    return { id, version };
  });

  return {
    // `.immediate` takes the write lock before reading, so two connections cannot both read the
    // same version and then both write.
    create: (fields) => create.immediate(fields),
    update: (id, expectedVersion, patch) => update.immediate(id, expectedVersion, patch),
    softDelete: (id, expectedVersion) => softDelete.immediate(id, expectedVersion),
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
