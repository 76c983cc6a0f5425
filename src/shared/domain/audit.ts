import type { ArticleStatus } from './article-status';

/** One line of the audit trail: who did what, when, and what it changed. */
export interface AuditEntry {
  seq: number;
  at: string;
  userId: string | null;
  /** A workflow action (submit, claim, …), `create`, or a user-admin action (`user.create`, …). */
  action: string;
  articleId: string | null;
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus | null;
  articleVersion: number | null;
  details: Record<string, unknown>;
}
