import type { CallName } from '../../../shared/contract/calls';

/**
 * Who may make each call. The router checks this before a handler runs; hiding a button in the UI
 * is never the check. Until users and sign-in exist every call is open to the app's own page (the
 * sender check already refused everything else); the workflow issue replaces `public` with roles.
 */
export type CallAccess = 'public';

export const CALL_ACCESS: Record<CallName, CallAccess> = {
  'articles.create': 'public',
  'articles.get': 'public',
  'articles.list': 'public',
  'articles.update': 'public',
  'articles.delete': 'public',
  'categories.list': 'public',
  'settings.get': 'public',
  'settings.setLanguage': 'public',
  'articles.restore': 'public',
  'desk.list': 'public',
  'desk.counts': 'public',
  'search.articles': 'public',
  'savedSearches.list': 'public',
  'savedSearches.create': 'public',
  'savedSearches.delete': 'public',
};
