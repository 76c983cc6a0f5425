import type { Database } from 'better-sqlite3';
import type { Article } from '../../../shared/domain/article';
import type { Publication, PublicationSummary } from '../../../shared/domain/publication';
import { notFoundError } from '../../../shared/errors';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';

interface PublicationRow {
  id: string;
  article_id: string;
  sequence: number;
  kind: 'publish' | 'correction';
  article_version: number;
  article_json: string;
  html: string;
  correction_notice: string | null;
  published_at: string;
  published_by: string;
}

const toSummary = (row: Omit<PublicationRow, 'article_json' | 'html'>): PublicationSummary => ({
  id: row.id,
  articleId: row.article_id,
  sequence: row.sequence,
  kind: row.kind,
  articleVersion: row.article_version,
  correctionNotice: row.correction_notice,
  publishedAt: row.published_at,
  publishedBy: row.published_by,
});

export interface NewPublication {
  article: Article;
  kind: 'publish' | 'correction';
  html: string;
  correctionNotice: string | null;
  publishedBy: string;
}

/**
 * The legal record (lưu chiểu): every published version, whole and unaltered. Rows are only ever
 * inserted (triggers refuse UPDATE and DELETE); unpublishing or correcting adds to the record and
 * never takes anything out of it.
 */
export interface PublicationStore {
  record(publication: NewPublication): PublicationSummary;
  forArticle(articleId: string): PublicationSummary[];
  get(id: string): Publication;
  /** The story's first publication: what a correction must name. */
  original(articleId: string): Publication | null;
  /** The story's newest published version: what an unpublish takes down. */
  latest(articleId: string): Publication | null;
}

export function createPublicationStore(db: Database, clock: Clock): PublicationStore {
  const nextSequence = db.prepare<[string], number>(
    'SELECT coalesce(max(sequence), 0) + 1 FROM publications WHERE article_id = ?',
  ).pluck();
  const insert = db.prepare<[PublicationRow]>(
    `INSERT INTO publications (id, article_id, sequence, kind, article_version, article_json, html, correction_notice, published_at, published_by)
     VALUES (@id, @article_id, @sequence, @kind, @article_version, @article_json, @html, @correction_notice, @published_at, @published_by)`,
  );
  const byArticle = db.prepare<[string], PublicationRow>(
    `SELECT id, article_id, sequence, kind, article_version, correction_notice, published_at, published_by, '' AS article_json, '' AS html
     FROM publications WHERE article_id = ? ORDER BY sequence`,
  );
  const byId = db.prepare<[string], PublicationRow>('SELECT * FROM publications WHERE id = ?');
  const first = db.prepare<[string], PublicationRow>('SELECT * FROM publications WHERE article_id = ? AND sequence = 1');
  const newest = db.prepare<[string], PublicationRow>('SELECT * FROM publications WHERE article_id = ? ORDER BY sequence DESC LIMIT 1');
  const toPublication = (row: PublicationRow): Publication => ({
    ...toSummary(row),
    article: JSON.parse(row.article_json) as Article,
    html: row.html,
  });

  return {
    record({ article, kind, html, correctionNotice, publishedBy }) {
      const row: PublicationRow = {
        id: newId(clock),
        article_id: article.id,
        sequence: nextSequence.get(article.id) ?? 1,
        kind,
        article_version: article.version,
        article_json: JSON.stringify(article),
        html,
        correction_notice: correctionNotice,
        published_at: clock.now().toISOString(),
        published_by: publishedBy,
      };
      insert.run(row);
      return toSummary(row);
    },
    forArticle: (articleId) => byArticle.all(articleId).map(toSummary),
    get(id) {
      const row = byId.get(id);
      if (!row) throw notFoundError(`Publication ${id} does not exist`);
      return toPublication(row);
    },
    original(articleId) {
      const row = first.get(articleId);
      return row ? toPublication(row) : null;
    },
    latest(articleId) {
      const row = newest.get(articleId);
      return row ? toPublication(row) : null;
    },
  };
}
