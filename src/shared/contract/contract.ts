import { z } from 'zod';
import type { Article, ArticleSummary } from '../domain/article';
import { ArticleFieldsSchema, ArticleIdSchema } from '../domain/article';
import { ArticleSaveSchema, type SavedArticle } from '../domain/article-save';
import type { AuditEntry } from '../domain/audit';
import type { Category } from '../domain/category';
import { LANGUAGES, type Language } from '../domain/language';
import { DESTINATION_KINDS, type ConnectionCheck, type DestinationSummary } from '../domain/destination';
import type { Note } from '../domain/note';
import type { DestinationHealth, OutboxJob } from '../domain/outbox';
import type { Publication, PublicationSummary } from '../domain/publication';
import { ROLES } from '../domain/roles';
import type { Colleague, User } from '../domain/user';
import { nfc } from '../text/nfc';
import { WORKFLOW_ACTIONS } from '../workflow/transitions';
import type { CallName } from './calls';
import { call, Version, type CallSpec } from './call-spec';
import { authoringCalls } from './authoring-contract';
import { photoCalls } from './photo-contract';
import { searchContract } from './search-contract';

/**
 * The one contract between the renderer and main: every call's input schema and result type.
 * The router validates every input against these schemas before any code in main sees it, the
 * preload builds `window.newsdesk` from the names, and the renderer gets its types from here.
 *
 * Every input is a strict object: unknown keys are rejected, not silently dropped, so a renderer
 * bug or a hostile page shows up as a validation error instead of a half-applied change.
 */

export type { CallSpec } from './call-spec';

const Id = z.uuid({ version: 'v7' });
const text = (min: number, max: number) => z.string().transform(nfc).pipe(z.string().trim().min(min).max(max));

const Username = z
  .string()
  .transform(nfc)
  .pipe(z.string().trim().min(3).max(50).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash, underscore'));
/** Long passphrases welcome; 8 characters at least. Never trimmed or normalized beyond NFC. */
const Password = z.string().min(8).max(200);
const Roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

const NewUserSchema = z.strictObject({
  username: Username,
  displayName: text(1, 100),
  initials: text(1, 30),
  roles: Roles,
  password: Password,
});

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

export interface PublishingStatus {
  online: boolean;
  /** Deliveries not yet sent (pending, sending or waiting to retry). */
  waiting: number;
}

export interface SessionInfo {
  newsroomName: string | null;
  /** True on first run: no user exists yet, so the app offers to set the newsroom up. */
  needsSetup: boolean;
  user: User | null;
}


export const contract = {
  'session.current': call(z.strictObject({})).returns<SessionInfo>(),
  'session.signIn': call(
    z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
  ).returns<SessionInfo>(),
  'session.signOut': call(z.strictObject({})).returns<SessionInfo>(),
  'setup.createNewsroom': call(
    NewUserSchema.omit({ roles: true }).extend({ newsroomName: text(1, 200) }),
  ).returns<SessionInfo>(),
  'users.list': call(z.strictObject({})).returns<User[]>(),
  'users.colleagues': call(z.strictObject({})).returns<Colleague[]>(),
  'users.create': call(NewUserSchema).returns<User>(),
  'users.update': call(
    z.strictObject({
      id: Id,
      expectedVersion: Version,
      displayName: text(1, 100).optional(),
      initials: text(1, 30).optional(),
      roles: Roles.optional(),
      disabled: z.boolean().optional(),
    }),
  ).returns<User>(),
  'users.setPassword': call(z.strictObject({ id: Id, password: Password })).returns<{ id: string }>(),
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
  /** The editor's save: new text, revision checkpoint and journal clearing in one transaction. */
  'articles.save': call(ArticleSaveSchema).returns<SavedArticle>(),
  'articles.delete': call(
    z.strictObject({ id: ArticleIdSchema, expectedVersion: Version }),
  ).returns<{ id: string; version: number }>(),
  'workflow.transition': call(
    z.strictObject({
      articleId: ArticleIdSchema,
      action: z.enum(WORKFLOW_ACTIONS),
      expectedVersion: Version,
      note: text(1, 5_000).optional(),
      publishAt: z.iso.datetime().optional(),
      correction: text(0, 5_000).optional(),
    }),
  ).returns<Article>(),
  'notes.list': call(z.strictObject({ articleId: ArticleIdSchema })).returns<Note[]>(),
  'notes.add': call(z.strictObject({ articleId: ArticleIdSchema, body: text(1, 5_000) })).returns<Note>(),
  'audit.list': call(z.strictObject({ articleId: ArticleIdSchema })).returns<AuditEntry[]>(),
  'publications.list': call(z.strictObject({ articleId: ArticleIdSchema })).returns<PublicationSummary[]>(),
  'publications.get': call(z.strictObject({ id: Id })).returns<Publication>(),
  'outbox.list': call(z.strictObject({})).returns<OutboxJob[]>(),
  'outbox.forArticle': call(z.strictObject({ articleId: ArticleIdSchema })).returns<OutboxJob[]>(),
  'outbox.retry': call(z.strictObject({ id: Id })).returns<OutboxJob>(),
  'outbox.cancel': call(z.strictObject({ id: Id })).returns<OutboxJob>(),
  'outbox.health': call(z.strictObject({})).returns<DestinationHealth[]>(),
  'publishing.status': call(z.strictObject({})).returns<PublishingStatus>(),
  'destinations.list': call(z.strictObject({})).returns<DestinationSummary[]>(),
  'destinations.save': call(
    z.strictObject({
      id: Id.optional(),
      /** Fixed when the destination is added; absent means ninjs HTTP push. */
      kind: z.enum(DESTINATION_KINDS).optional(),
      name: text(1, 100),
      url: z.url().max(2_000),
      /** The WordPress account (required for WordPress). */
      username: text(1, 60).optional(),
      enabled: z.boolean(),
      /**
       * Write-only; absent keeps the stored secret. An HMAC key long enough to be worth one, or a
       * WordPress application password (24 characters, shown in groups of four).
       */
      secret: z.string().min(16).max(500).optional(),
    }),
  ).returns<DestinationSummary>(),
  'destinations.remove': call(z.strictObject({ id: Id })).returns<{ id: string }>(),
  'destinations.check': call(z.strictObject({ id: Id })).returns<ConnectionCheck>(),
  'categories.list': call(z.strictObject({})).returns<Category[]>(),
  'settings.get': call(z.strictObject({})).returns<UiSettings>(),
  'settings.setLanguage': call(z.strictObject({ language: z.enum(LANGUAGES) })).returns<UiSettings>(),
  'articles.restore': call(
    z.strictObject({ id: ArticleIdSchema, expectedVersion: Version }),
  ).returns<Article>(),
  ...authoringCalls,
  ...searchContract,
  ...photoCalls,
} satisfies { [K in CallName]: CallSpec<z.ZodType, unknown> };

type Contract = typeof contract;

/** What the caller sends (before NFC normalization and defaults). */
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** What the handler in main receives, after validation. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer R> ? R : never;
