import { z } from 'zod';
import { nfc } from '../text/nfc';
import { ArticleBodySchema } from './article-body';
import { ARTICLE_STATUSES } from './article-status';

/** Limits that keep one bad payload from filling the disk; far above any real article. */
export const ARTICLE_LIMITS = {
  headline: 500,
  sapo: 5_000,
  category: 100,
} as const;

const text = (max: number) => z.string().max(max).transform(nfc);

export const ArticleIdSchema = z.uuid({ version: 'v7' });

/** The editable fields, as the renderer sends them. */
export const ArticleFieldsSchema = z.strictObject({
  headline: text(ARTICLE_LIMITS.headline),
  sapo: text(ARTICLE_LIMITS.sapo),
  body: ArticleBodySchema,
  category: text(ARTICLE_LIMITS.category),
});

export type ArticleFields = z.output<typeof ArticleFieldsSchema>;

export const ArticleSchema = z.object({
  id: z.string(),
  headline: z.string(),
  sapo: z.string(),
  body: ArticleBodySchema,
  category: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The user who started the story (null for stories from before users existed). */
  createdBy: z.string().nullable(),
  /** The editor who claimed the story for editing, while it is being edited. */
  holderId: z.string().nullable(),
  /** When a scheduled story is due (UTC). */
  publishAt: z.iso.datetime().nullable(),
  /** When the story was first published (UTC); corrections keep it. */
  publishedAt: z.iso.datetime().nullable(),
});

export type Article = z.output<typeof ArticleSchema>;

/** A row of the desk list: what the list shows, without the body. */
export type ArticleSummary = Pick<
  Article,
  'id' | 'headline' | 'category' | 'status' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'holderId'
>;
