import { z } from 'zod';
import { nfc } from '../text/nfc';
import { ArticleBodySchema } from './article-body';
import { ARTICLE_STATUSES } from './article-status';
import { AuthorsSchema, BYLINE_LIMITS } from './byline';

/** Limits that keep one bad payload from filling the disk; far above any real article. */
export const ARTICLE_LIMITS = {
  headline: 500,
  sapo: 5_000,
  category: 100,
  place: 120,
  keyword: 80,
  keywords: 30,
  slug: 300,
} as const;

const text = (max: number) => z.string().max(max).transform(nfc);

export const ArticleIdSchema = z.uuid({ version: 'v7' });

/** Lowercase ASCII words joined by single hyphens: what `slugify` makes, and what a person may type. */
export const SlugSchema = z
  .string()
  .max(ARTICLE_LIMITS.slug)
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, { message: 'A slug is lowercase letters and digits joined by hyphens' });

/**
 * The editable fields, as the renderer sends them. The byline and metadata fields are optional on
 * input (an older caller may not know them) and default to empty in the store.
 */
export const ArticleFieldsSchema = z.strictObject({
  headline: text(ARTICLE_LIMITS.headline),
  sapo: text(ARTICLE_LIMITS.sapo),
  body: ArticleBodySchema,
  category: text(ARTICLE_LIMITS.category),
  bylineLabel: text(BYLINE_LIMITS.label).optional(),
  authors: AuthorsSchema.optional(),
  place: text(ARTICLE_LIMITS.place).optional(),
  keywords: z.array(z.string().trim().min(1).max(ARTICLE_LIMITS.keyword).transform(nfc)).max(ARTICLE_LIMITS.keywords).optional(),
  slug: SlugSchema.optional(),
});

export type ArticleFields = z.output<typeof ArticleFieldsSchema>;

export const ArticleSchema = z.object({
  id: z.string(),
  headline: z.string(),
  sapo: z.string(),
  body: ArticleBodySchema,
  category: z.string(),
  bylineLabel: z.string(),
  authors: AuthorsSchema,
  place: z.string(),
  keywords: z.array(z.string()),
  slug: z.string(),
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

/** What an article says, without its identity and bookkeeping: what revisions snapshot. */
/** What a revision keeps: the text and metadata, not the workflow's bookkeeping. */
export type ArticleContent = Omit<
  Article,
  'id' | 'status' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'holderId' | 'publishAt' | 'publishedAt'
>;

/** A row of the desk list: what the list shows, without the body. */
export type ArticleSummary = Pick<
  Article,
  'id' | 'headline' | 'category' | 'status' | 'version' | 'createdAt' | 'updatedAt' | 'createdBy' | 'holderId'
>;

/** One page of a keyset-paginated article list (the desk list). */
export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass back as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}
