import type { Database } from 'better-sqlite3';
import type { ArticleStatus } from '../../../shared/domain/article-status';
import type { AuditEntry } from '../../../shared/domain/audit';

export interface NewAuditEntry {
  at: string;
  userId: string | null;
  action: string;
  articleId?: string | null;
  fromStatus?: ArticleStatus | null;
  toStatus?: ArticleStatus | null;
  articleVersion?: number | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  seq: number;
  at: string;
  user_id: string | null;
  action: string;
  article_id: string | null;
  from_status: ArticleStatus | null;
  to_status: ArticleStatus | null;
  article_version: number | null;
  details_json: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  userId: row.user_id,
  action: row.action,
  articleId: row.article_id,
  fromStatus: row.from_status,
  toStatus: row.to_status,
  articleVersion: row.article_version,
  details: JSON.parse(row.details_json) as Record<string, unknown>,
});

/**
 * The audit trail: append and read, nothing else. The table's triggers refuse updates and deletes,
 * so the record holds even against a bug here. Call `append` inside the transaction that makes the
 * change it records.
 */
export interface AuditLog {
  append(entry: NewAuditEntry): void;
  forArticle(articleId: string): AuditEntry[];
}

export function createAuditLog(db: Database): AuditLog {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, user_id, action, article_id, from_status, to_status, article_version, details_json)
     VALUES (@at, @userId, @action, @articleId, @fromStatus, @toStatus, @articleVersion, @details)`,
  );
  const byArticle = db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE article_id = ? ORDER BY seq');
  return {
    append: (entry) =>
      void insert.run({
        at: entry.at,
        userId: entry.userId,
        action: entry.action,
        articleId: entry.articleId ?? null,
        fromStatus: entry.fromStatus ?? null,
        toStatus: entry.toStatus ?? null,
        articleVersion: entry.articleVersion ?? null,
        details: JSON.stringify(entry.details ?? {}),
      }),
    forArticle: (articleId) => byArticle.all(articleId).map(toEntry),
  };
}
