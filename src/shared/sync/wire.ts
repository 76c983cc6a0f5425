import { z } from 'zod';
import { contract } from '../contract/contract';
import { Id, Version } from '../contract/call-spec';
import { ArticleSchema } from '../domain/article';
import { SYNC_REFUSALS } from './refusals';
import { SYNCED_CALLS, type SyncedCall } from './synced-calls';

/**
 * The sync protocol's wire format, shared by the laptop's sync engine and the server (no Node, no
 * DOM). A laptop pushes the calls it made (`POST /api/changes`) and pulls everyone's accepted
 * changes by the server's `seq` (`GET /api/changes?after=`). Laptop clocks order nothing: `madeAt`
 * is kept for people to read, the server's `seq` is the order.
 */

/** The most changes one push may carry (the laptop sends its outbox in batches of this size). */
export const MAX_PUSH_BATCH = 100;
/** The most changes one pull page holds. */
export const MAX_PULL_PAGE = 500;

const changeOf = <K extends SyncedCall>(name: K) =>
  z.strictObject({
    /** Made by the laptop when it made the change: a retried push carries the same id. */
    changeId: Id,
    call: z.literal(name),
    entity: z.literal(SYNCED_CALLS[name]),
    /** The record the call is about; for a story made offline, the id the laptop gave it. */
    entityId: Id,
    /** The laptop's version of the record before the change (null for a new one): for the record. */
    baseVersion: Version.nullable(),
    /** The laptop's clock when the change was made: shown to people, never used to order. */
    madeAt: z.iso.datetime(),
    /** The note a transition added on the laptop, so the server's copy of it has the same id. */
    noteId: Id.nullable(),
    input: contract[name].input as (typeof contract)[K]['input'],
  });

/** One pushed change: a synced call and its input, checked with that call's contract schema. */
export const PushedChangeSchema = z.discriminatedUnion('call', [
  changeOf('articles.create'),
  changeOf('articles.save'),
  changeOf('articles.delete'),
  changeOf('articles.restore'),
  changeOf('workflow.transition'),
  changeOf('notes.add'),
]);
export type PushedChange = z.output<typeof PushedChangeSchema>;
/** What the laptop sends (before NFC normalization and defaults). */
export type PushedChangeInput = z.input<typeof PushedChangeSchema>;

/** The union above names every synced call (a call added to SYNCED_CALLS must be added there). */
type Unlisted = Exclude<SyncedCall, PushedChange['call']>;
const everySyncedCallIsListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everySyncedCallIsListed;

/**
 * The envelope of a push: each change is checked on its own (one bad change is refused as
 * `invalid`, the others still apply), so the envelope only checks the shape around them.
 */
export const PushBatchSchema = z.strictObject({
  changes: z
    .array(z.looseObject({ changeId: Id }))
    .min(1)
    .max(MAX_PUSH_BATCH),
});

/** A story as the server has it now (what a laptop applies when it pulls). */
export const StoryStateSchema = ArticleSchema.extend({ deletedAt: z.iso.datetime().nullable() });
export type StoryState = z.output<typeof StoryStateSchema>;

export const NoteStateSchema = z.strictObject({
  id: z.string(),
  articleId: z.string(),
  authorId: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type NoteState = z.output<typeof NoteStateSchema>;

/**
 * What became of each pushed change. `applied` and `duplicate` (already applied by an earlier try)
 * carry the seq it has in the log; `refused` carries the reason. Every outcome carries the story as
 * the server has it now, so the laptop can show the truth at once.
 */
export const PushOutcomeSchema = z.strictObject({
  changeId: z.string(),
  outcome: z.enum(['applied', 'duplicate', 'refused']),
  seq: z.number().int().nullable(),
  reason: z.enum(SYNC_REFUSALS).nullable(),
  message: z.string().nullable(),
  story: StoryStateSchema.nullable(),
});
export type PushOutcome = z.output<typeof PushOutcomeSchema>;

export const PushResultSchema = z.strictObject({ outcomes: z.array(PushOutcomeSchema) });
export type PushResult = z.output<typeof PushResultSchema>;

/** One accepted change as everyone pulls it: what it was, and the records as it left them. */
export const PulledChangeSchema = z.strictObject({
  seq: z.number().int().positive(),
  changeId: z.string(),
  accountId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  call: z.string(),
  story: StoryStateSchema.nullable(),
  note: NoteStateSchema.nullable(),
});
export type PulledChange = z.output<typeof PulledChangeSchema>;

/** A page of the log after a cursor: pass `nextCursor` as `after` for the next one. */
export const PullPageSchema = z.strictObject({
  changes: z.array(PulledChangeSchema),
  nextCursor: z.number().int().min(0),
  hasMore: z.boolean(),
});
export type PullPage = z.output<typeof PullPageSchema>;

export const PullQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_PAGE).default(MAX_PULL_PAGE),
});
