import { z } from 'zod';
import { ArticleFieldsSchema, ArticleIdSchema } from './article';

/**
 * The recovery journal: what an open editor holds right now, written on every typing pause (and
 * every couple of seconds while typing goes on), independent of saving. A new article that was
 * never saved is journaled under its editor's key, so even its first words survive a crash.
 */
export const DraftKeySchema = z.string().regex(/^[A-Za-z0-9-]{1,80}$/);

export const JournalEntryInputSchema = z.strictObject({
  key: DraftKeySchema,
  articleId: ArticleIdSchema.nullable(),
  /** The stored version the editor started from; null for a never-saved article. */
  baseVersion: z.number().int().min(1).nullable(),
  fields: ArticleFieldsSchema,
});

export type JournalEntryInput = z.output<typeof JournalEntryInputSchema>;

export interface RecoverableDraft {
  key: string;
  articleId: string | null;
  baseVersion: number | null;
  fields: JournalEntryInput['fields'];
  writtenAt: string;
}
