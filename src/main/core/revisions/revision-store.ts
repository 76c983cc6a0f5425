import { isDeepStrictEqual } from 'node:util';
import type { Database } from 'better-sqlite3';
import type { Article, ArticleContent } from '../../../shared/domain/article';
import type { FieldDiff, Revision, RevisionReason, RevisionSummary } from '../../../shared/domain/revision';
import { notFoundError } from '../../../shared/errors';
import { diffArticles } from '../../../shared/text/word-diff';
import type { ArticleStore, WriteGuard } from '../articles/article-store';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';

interface RevisionRow {
  id: string;
  article_id: string;
  article_version: number;
  reason: RevisionReason;
  user_id: string | null;
  created_at: string;
  content_json: string;
}

/** Autosave checkpoints are taken at most this often; meaningful steps always make a revision. */
export const CHECKPOINT_INTERVAL_MS = 5 * 60 * 1000;

const contentOf = (article: Article): ArticleContent => ({
  headline: article.headline,
  sapo: article.sapo,
  body: article.body,
  category: article.category,
  bylineLabel: article.bylineLabel,
  authors: article.authors,
  place: article.place,
  keywords: article.keywords,
  slug: article.slug,
});

const toSummary = (row: RevisionRow): RevisionSummary => ({
  id: row.id,
  articleId: row.article_id,
  articleVersion: row.article_version,
  reason: row.reason,
  userId: row.user_id,
  createdAt: row.created_at,
});

const toRevision = (row: RevisionRow): Revision => ({
  ...toSummary(row),
  content: JSON.parse(row.content_json) as ArticleContent,
});

export interface RevisionStore {
  /**
   * Text a writer could not save because the story was taken over from them: kept as a revision
   * (the stored text with their changes on top), never discarded.
   */
  keep(articleId: string, patch: Partial<ArticleContent>, userId: string): RevisionSummary;
  /** Snapshots the article as stored now. The workflow calls this on its meaningful steps. */
  record(articleId: string, reason: RevisionReason, userId: string | null): RevisionSummary;
  /** An autosave checkpoint: recorded only if the text changed and the last revision is old enough. */
  checkpoint(articleId: string, userId: string | null): RevisionSummary | null;
  list(articleId: string): RevisionSummary[];
  get(revisionId: string): Revision;
  diff(fromRevisionId: string, toRevisionId: string): FieldDiff[];
  /** Puts an old revision's content back as a new article version and a new revision; history stays. */
  restore(
    revisionId: string,
    expectedVersion: number,
    userId: string | null,
    guard?: WriteGuard,
  ): { article: Article; revision: RevisionSummary };
}

/** Revisions are full snapshots of the article's content, never edited or deleted. */
export function createRevisionStore(db: Database, clock: Clock, articles: ArticleStore): RevisionStore {
  const insert = db.prepare<[RevisionRow]>(
    `INSERT INTO revisions (id, article_id, article_version, reason, user_id, created_at, content_json)
     VALUES (@id, @article_id, @article_version, @reason, @user_id, @created_at, @content_json)`,
  );
  const byArticle = db.prepare<[string], RevisionRow>(
    `SELECT * FROM revisions WHERE article_id = ? ORDER BY created_at DESC, id DESC`,
  );
  const latest = db.prepare<[string], RevisionRow>(
    `SELECT * FROM revisions WHERE article_id = ? ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  const byId = db.prepare<[string], RevisionRow>(`SELECT * FROM revisions WHERE id = ?`);

  const insertContent = (article: Article, content: ArticleContent, reason: RevisionReason, userId: string | null): RevisionSummary => {
    const row: RevisionRow = {
      id: newId(clock),
      article_id: article.id,
      article_version: article.version,
      reason,
      user_id: userId,
      created_at: clock.now().toISOString(),
      content_json: JSON.stringify(content),
    };
    insert.run(row);
    return toSummary(row);
  };

  const record = (articleId: string, reason: RevisionReason, userId: string | null): RevisionSummary => {
    const article = articles.get(articleId);
    return insertContent(article, contentOf(article), reason, userId);
  };

  /** Text that could not be saved (its writer lost the story to a takeover), kept as a revision. */
  const keep = (articleId: string, patch: Partial<ArticleContent>, userId: string): RevisionSummary => {
    const article = articles.get(articleId);
    return insertContent(article, { ...contentOf(article), ...patch }, 'kept', userId);
  };

  const get = (revisionId: string): Revision => {
    const row = byId.get(revisionId);
    if (!row) throw notFoundError(`Revision ${revisionId} does not exist`);
    return toRevision(row);
  };

  const checkpoint = (articleId: string, userId: string | null): RevisionSummary | null => {
    const article = articles.get(articleId);
    const last = latest.get(articleId);
    if (last) {
      const unchanged = isDeepStrictEqual(JSON.parse(last.content_json), contentOf(article));
      const recent = clock.now().getTime() - Date.parse(last.created_at) < CHECKPOINT_INTERVAL_MS;
      if (unchanged || recent) return null;
    }
    return record(articleId, 'autosave', userId);
  };

  const restore = db.transaction((revisionId: string, expectedVersion: number, userId: string | null, guard?: WriteGuard) => {
    const revision = get(revisionId);
    const article = articles.update(revision.articleId, expectedVersion, revision.content, guard);
    return { article, revision: record(article.id, 'restore', userId) };
  });

  return {
    record: (articleId, reason, userId) => db.transaction(record).immediate(articleId, reason, userId),
    checkpoint: (articleId, userId) => db.transaction(checkpoint).immediate(articleId, userId),
    keep: (articleId, patch, userId) => db.transaction(keep).immediate(articleId, patch, userId),
    list: (articleId) => byArticle.all(articleId).map(toSummary),
    get,
    diff: (fromId, toId) => diffArticles(get(fromId).content, get(toId).content),
    restore: (revisionId, expectedVersion, userId, guard) => restore.immediate(revisionId, expectedVersion, userId, guard),
  };
}
