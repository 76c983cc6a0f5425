/**
 * The names of every call, without their schemas. The preload imports only this file and the
 * client builder, so the sandboxed preload bundle stays tiny and free of zod; `contract.ts` checks
 * at compile time that it defines exactly these names.
 */
export const CALL_NAMES = [
  'session.current',
  'session.signIn',
  'session.signOut',
  'setup.createNewsroom',
  'setup.createSample',
  'users.list',
  'users.colleagues',
  'users.create',
  'users.update',
  'users.setPassword',
  'articles.create',
  'articles.get',
  'articles.save',
  'articles.delete',
  'workflow.transition',
  'notes.list',
  'notes.add',
  'audit.list',
  'publications.list',
  'publications.get',
  'outbox.list',
  'outbox.forArticle',
  'outbox.retry',
  'outbox.cancel',
  'outbox.health',
  'publishing.status',
  'destinations.list',
  'destinations.save',
  'destinations.remove',
  'destinations.check',
  'categories.list',
  'categories.replace',
  'newsroom.rename',
  'settings.get',
  'settings.setLanguage',
  'settings.setTheme',
  'revisions.list',
  'revisions.diff',
  'revisions.restore',
  'drafts.write',
  'drafts.recoverable',
  'drafts.discard',
  'media.importPhoto',
  'media.rendition',
  'media.get',
  'media.list',
  'media.update',
  'media.counts',
  'articles.restore',
  'desk.list',
  'desk.counts',
  'search.articles',
  'savedSearches.list',
  'savedSearches.create',
  'savedSearches.delete',
  'backups.list',
  'backups.create',
  'backups.restore',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** The single IPC channel every call travels on; the call name is the first argument. */
export const IPC_CHANNEL = 'newsdesk:call';

export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);
