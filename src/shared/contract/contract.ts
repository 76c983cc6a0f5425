import type { z } from 'zod';
import type { CallName } from './calls';
import type { AnyCallSpec } from './call-spec';
import { articlesCalls } from './namespaces/articles';
import { auditCalls } from './namespaces/audit';
import { backupsCalls } from './namespaces/backups';
import { categoriesCalls } from './namespaces/categories';
import { deskCalls } from './namespaces/desk';
import { destinationsCalls } from './namespaces/destinations';
import { draftsCalls } from './namespaces/drafts';
import { mediaCalls } from './namespaces/media';
import { newsroomCalls } from './namespaces/newsroom';
import { notesCalls } from './namespaces/notes';
import { outboxCalls } from './namespaces/outbox';
import { publicationsCalls } from './namespaces/publications';
import { publishingCalls } from './namespaces/publishing';
import { revisionsCalls } from './namespaces/revisions';
import { savedSearchesCalls } from './namespaces/saved-searches';
import { searchCalls } from './namespaces/search';
import { sessionCalls } from './namespaces/session';
import { settingsCalls } from './namespaces/settings';
import { setupCalls } from './namespaces/setup';
import { usersCalls } from './namespaces/users';
import { workflowCalls } from './namespaces/workflow';

/**
 * The one contract between the renderer and main: every call's input schema, result type and
 * access rule, gathered from one file per namespace under ./namespaces. The router validates every
 * input against these schemas and checks the access rule before any code in main sees it, the
 * preload builds `window.newsdesk` from the names, and the renderer gets its types from here.
 *
 * Every input is a strict object: unknown keys are rejected, not silently dropped, so a renderer
 * bug or a hostile page shows up as a validation error instead of a half-applied change.
 */

export type { AccessRule, CallSpec } from './call-spec';
export type { SessionInfo } from './namespaces/session';
export type { UiSettings } from './namespaces/settings';
export type { PublishingStatus } from './namespaces/publishing';

export const contract = {
  ...sessionCalls,
  ...setupCalls,
  ...usersCalls,
  ...articlesCalls,
  ...workflowCalls,
  ...notesCalls,
  ...auditCalls,
  ...publicationsCalls,
  ...outboxCalls,
  ...publishingCalls,
  ...destinationsCalls,
  ...categoriesCalls,
  ...newsroomCalls,
  ...settingsCalls,
  ...revisionsCalls,
  ...draftsCalls,
  ...mediaCalls,
  ...deskCalls,
  ...searchCalls,
  ...savedSearchesCalls,
  ...backupsCalls,
} satisfies { [K in CallName]: AnyCallSpec };

type Contract = typeof contract;

/** The contract names no call that calls.ts lacks (the `satisfies` above checks the other way). */
type Unlisted = Exclude<keyof Contract, CallName>;
const everyCallIsListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyCallIsListed;

/** What the caller sends (before NFC normalization and defaults). */
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** What the handler in main receives, after validation. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends { readonly __result?: infer R } ? R : never;
