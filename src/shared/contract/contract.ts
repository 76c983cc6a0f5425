import { z } from 'zod';
import type { Article, ArticleSummary } from '../domain/article';
import { ArticleFieldsSchema, ArticleIdSchema } from '../domain/article';
import type { Category } from '../domain/category';
import { LANGUAGES, type Language } from '../domain/language';
import type { CallName } from './calls';
import { searchContract } from './search-contract';

/**
 * The one contract between the renderer and main: every call's input schema and result type.
 * The router validates every input against these schemas before any code in main sees it, the
 * preload builds `window.newsdesk` from the names, and the renderer gets its types from here.
 *
 * Every input is a strict object: unknown keys are rejected, not silently dropped, so a renderer
 * bug or a hostile page shows up as a validation error instead of a half-applied change.
 */

export interface CallSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom field carrying the result type; never set at run time. */
  readonly __result?: R;
}

const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>(): CallSpec<I, R> => ({ input }),
});

const Version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

const ArticlePatchSchema = ArticleFieldsSchema.partial().refine(
  (patch) => Object.keys(patch).length > 0,
  { message: 'An update must change at least one field' },
);

export const MAX_PAGE_SIZE = 200;

export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass back as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface UiSettings {
  language: Language;
}

export const contract = {
  'articles.create': call(ArticleFieldsSchema).returns<Article>(),
  'articles.get': call(z.strictObject({ id: ArticleIdSchema })).returns<Article>(),
  'articles.list': call(
    z.strictObject({
      limit: z.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
      cursor: z.string().max(200).nullable().optional(),
    }),
  ).returns<ArticlePage>(),
  'articles.update': call(
    z.strictObject({ id: ArticleIdSchema, expectedVersion: Version, patch: ArticlePatchSchema }),
  ).returns<Article>(),
  'articles.delete': call(
    z.strictObject({ id: ArticleIdSchema, expectedVersion: Version }),
  ).returns<{ id: string; version: number }>(),
  'articles.restore': call(
    z.strictObject({ id: ArticleIdSchema, expectedVersion: Version }),
  ).returns<Article>(),
  'categories.list': call(z.strictObject({})).returns<Category[]>(),
  'settings.get': call(z.strictObject({})).returns<UiSettings>(),
  'settings.setLanguage': call(z.strictObject({ language: z.enum(LANGUAGES) })).returns<UiSettings>(),
  ...searchContract,
} satisfies { [K in CallName]: CallSpec<z.ZodType, unknown> };

type Contract = typeof contract;

/** What the caller sends (before NFC normalization and defaults). */
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** What the handler in main receives, after validation. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer R> ? R : never;
