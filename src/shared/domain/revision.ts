import type { ArticleContent } from './article';

/**
 * Why a revision was taken. The workflow records submit, approve, publish, correct and takeover
 * (the holder's text at that moment) and `kept` (text its writer could not save after a takeover);
 * the editor records manual saves and autosave checkpoints.
 */
export const REVISION_REASONS = [
  'manual',
  'autosave',
  'submit',
  'approve',
  'publish',
  'correct',
  'takeover',
  'kept',
  'restore',
] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

export interface RevisionSummary {
  id: string;
  articleId: string;
  articleVersion: number;
  reason: RevisionReason;
  /** Who made the step; null until users exist. */
  userId: string | null;
  createdAt: string;
}

export interface Revision extends RevisionSummary {
  content: ArticleContent;
}

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export const DIFF_FIELDS = ['headline', 'sapo', 'body', 'captions'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldDiff {
  field: DiffField;
  parts: DiffPart[];
}
