/**
 * The names of every call, without their schemas. The preload imports only this file and the
 * client builder, so the sandboxed preload bundle stays tiny and free of zod; `contract.ts` checks
 * at compile time that it defines exactly these names.
 */
export const CALL_NAMES = [
  'articles.create',
  'articles.get',
  'articles.list',
  'articles.update',
  'articles.delete',
  'categories.list',
  'settings.get',
  'settings.setLanguage',
  'articles.restore',
  'desk.list',
  'desk.counts',
  'search.articles',
  'savedSearches.list',
  'savedSearches.create',
  'savedSearches.delete',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** The single IPC channel every call travels on; the call name is the first argument. */
export const IPC_CHANNEL = 'newsdesk:call';

export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);
