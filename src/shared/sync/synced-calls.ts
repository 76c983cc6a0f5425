import type { CallName } from '../contract/calls';

/**
 * The kinds of record a change is about. `story` and `note` are records synced by change log;
 * `doc` is reserved for a story's Yjs text document (opaque Yjs updates, merged by Yjs, not by
 * this protocol), which the server refuses as `unsupported` until text documents sync.
 */
export const SYNC_ENTITIES = ['story', 'note', 'doc'] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];

/**
 * The calls whose effect travels between laptops, and the record each is about. A change on the
 * wire is one of these calls with its input, exactly as the laptop's router accepted it, so the
 * server validates it with the same contract schema and checks the same access rule.
 */
export const SYNCED_CALLS = {
  'articles.create': 'story',
  'articles.save': 'story',
  'articles.delete': 'story',
  'articles.restore': 'story',
  'workflow.transition': 'story',
  'notes.add': 'note',
} as const satisfies Partial<Record<CallName, SyncEntity>>;

export type SyncedCall = keyof typeof SYNCED_CALLS;

export const SYNCED_CALL_NAMES = Object.keys(SYNCED_CALLS) as SyncedCall[];

export const isSyncedCall = (name: string): name is SyncedCall => Object.hasOwn(SYNCED_CALLS, name);
