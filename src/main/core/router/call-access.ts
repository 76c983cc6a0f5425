import type { CallName } from '../../../shared/contract/calls';
import type { ParsedInput } from '../../../shared/contract/contract';
import type { Role } from '../../../shared/domain/roles';
import type { User } from '../../../shared/domain/user';
import { mayEverTake, ROLES_THAT_WRITE } from '../../../shared/workflow/transitions';

/**
 * Who may make each call: the router checks this after validating the input and before any
 * handler runs. Hiding a button in the UI is never the check.
 *
 * - `public`: no sign-in needed (signing in itself, first-run setup, the UI language).
 * - `signed-in`: any active user.
 * - a list of roles: the user must hold one of them.
 * - a function: a check on the user and the validated input.
 *
 * The core applies the finer rules that need the story's current state (the workflow table, who
 * may edit a story now) inside its own transactions; those refusals are `forbidden` errors too.
 */
export type AccessRule<K extends CallName> =
  | 'public'
  | 'signed-in'
  | readonly Role[]
  | ((user: User, input: ParsedInput<K>) => boolean);

const ADMIN: readonly Role[] = ['admin'];
/** Who watches the publishing queue, and who may retry or cancel deliveries. */
const QUEUE_READERS: readonly Role[] = ['editor', 'managing_editor', 'editor_in_chief', 'admin'];
const QUEUE_KEEPERS: readonly Role[] = ['managing_editor', 'editor_in_chief', 'admin'];

export const CALL_ACCESS: { [K in CallName]: AccessRule<K> } = {
  'session.current': 'public',
  'session.signIn': 'public',
  'session.signOut': 'public',
  'setup.createNewsroom': 'public',
  'users.list': ADMIN,
  'users.colleagues': 'signed-in',
  'users.create': ADMIN,
  'users.update': ADMIN,
  'users.setPassword': ADMIN,
  'articles.create': ROLES_THAT_WRITE,
  'articles.get': 'signed-in',
  'articles.list': 'signed-in',
  'articles.update': 'signed-in',
  // Saving a new story starts one, which only the roles that write do; who may change an existing
  // story depends on its state, checked by the core in the save's transaction.
  'articles.save': (user, input) => input.story !== null || user.roles.some((role) => ROLES_THAT_WRITE.includes(role)),
  'articles.delete': 'signed-in',
  'workflow.transition': (user, input) => mayEverTake(input.action, user.roles),
  'notes.list': 'signed-in',
  'notes.add': 'signed-in',
  'audit.list': 'signed-in',
  'publications.list': 'signed-in',
  'publications.get': 'signed-in',
  'outbox.list': QUEUE_READERS,
  'outbox.forArticle': 'signed-in',
  'outbox.retry': QUEUE_KEEPERS,
  'outbox.cancel': QUEUE_KEEPERS,
  'outbox.health': QUEUE_READERS,
  'publishing.status': 'signed-in',
  'destinations.list': ADMIN,
  'destinations.save': ADMIN,
  'destinations.remove': ADMIN,
  'destinations.check': ADMIN,
  'categories.list': 'signed-in',
  'settings.get': 'public',
  'settings.setLanguage': 'public',
  'revisions.list': 'signed-in',
  'revisions.diff': 'signed-in',
  'revisions.restore': 'signed-in',
  'drafts.write': 'signed-in',
  'drafts.recoverable': 'signed-in',
  'drafts.discard': 'signed-in',
  'media.importPhoto': ROLES_THAT_WRITE,
  'media.rendition': 'signed-in',
  'media.get': 'signed-in',
  'media.list': 'signed-in',
  // Which photo a user may edit depends on who imported it: the photo handler checks, per photo.
  'media.update': 'signed-in',
  'media.counts': 'signed-in',
  'articles.restore': 'signed-in',
  'desk.list': 'signed-in',
  'desk.counts': 'signed-in',
  'search.articles': 'signed-in',
  'savedSearches.list': 'signed-in',
  'savedSearches.create': 'signed-in',
  'savedSearches.delete': 'signed-in',
};
