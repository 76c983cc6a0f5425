import { z } from 'zod';
import { ArticleFieldsSchema, ArticleIdSchema, type Article } from './article';
import { DraftKeySchema } from './draft';
import type { RevisionSummary } from './revision';

/**
 * What a save may snapshot alongside the new version: `manual` (the reporter's "Lưu": always a
 * revision) or `autosave` (a checkpoint, taken only when the text changed and the last revision is
 * old enough). Null: no revision at all.
 */
export const SAVE_CHECKPOINTS = ['manual', 'autosave'] as const;
export type SaveCheckpoint = (typeof SAVE_CHECKPOINTS)[number];

/**
 * One save of an open editor (`articles.save`): the story's new text, its revision checkpoint and
 * the clearing of the editor's recovery journal, applied by the core in one transaction, so a crash
 * can never leave a saved version without the checkpoint it asked for.
 */
export const ArticleSaveSchema = z
  .strictObject({
    /** The story and the version the writer edited; null for a new story, which this save creates. */
    story: z.strictObject({ id: ArticleIdSchema, expectedVersion: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }).nullable(),
    /** The editor's fields; null when nothing was typed since `expectedVersion` (a manual save of it). */
    fields: ArticleFieldsSchema.nullable(),
    checkpoint: z.enum(SAVE_CHECKPOINTS).nullable(),
    /** The editor's recovery journal entry, cleared in the same transaction: the text is saved now. */
    journalKey: DraftKeySchema.nullable(),
  })
  .refine((save) => save.story !== null || save.fields !== null, {
    message: 'A new story needs its fields',
    path: ['fields'],
  });

export type ArticleSave = z.output<typeof ArticleSaveSchema>;

export interface SavedArticle {
  article: Article;
  /** The revision this save recorded, or null (no checkpoint asked for, or none due). */
  revision: RevisionSummary | null;
}
