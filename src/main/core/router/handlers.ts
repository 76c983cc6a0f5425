import type { CallName } from '../../../shared/contract/calls';
import type { CallOutput, ParsedInput, SessionInfo } from '../../../shared/contract/contract';
import type { User } from '../../../shared/domain/user';
import { forbiddenError } from '../../../shared/errors';
import type { Newsroom } from '../newsroom';
import { createAuthoringHandlers } from './authoring-handlers';
import { createPhotoHandlers } from './photo-handlers';
import { actor, type CallContext } from './call-context';

export type { CallContext } from './call-context';

export type Handlers = {
  [K in CallName]: (input: ParsedInput<K>, context: CallContext) => CallOutput<K> | Promise<CallOutput<K>>;
};

/** Maps each call of the contract onto the core. Inputs arrive here validated and access-checked. */
export function createHandlers(newsroom: Newsroom): Handlers {
  const uiSettings = () => ({ language: newsroom.settings.get('language') });
  const sessionInfo = (user: User | null): SessionInfo => ({
    newsroomName: newsroom.info.name(),
    needsSetup: newsroom.users.count() === 0,
    user,
  });

  return {
    'session.current': (_input, context) => sessionInfo(context.user),
    'session.signIn': async ({ username, password }, context) => {
      const user = await newsroom.users.authenticate(username, password);
      context.session.signIn(user);
      return sessionInfo(user);
    },
    'session.signOut': (_input, context) => {
      context.session.signOut();
      return sessionInfo(null);
    },
    'setup.createNewsroom': async ({ newsroomName, ...admin }, context) => {
      const user = await newsroom.users.createFirst({ ...admin, roles: ['admin', 'editor_in_chief'] }, () =>
        newsroom.info.setName(newsroomName),
      );
      context.session.signIn(user);
      return sessionInfo(user);
    },
    'users.list': () => newsroom.users.list(),
    'users.colleagues': () => newsroom.users.colleagues(),
    'users.create': (user, context) => newsroom.users.create(user, actor(context).id),
    'users.update': ({ id, expectedVersion, ...patch }, context) => {
      const admin = actor(context);
      if (id === admin.id && (patch.disabled || (patch.roles && !patch.roles.includes('admin')))) {
        throw forbiddenError('Admins cannot disable themselves or drop their own admin role');
      }
      return newsroom.users.update(id, expectedVersion, patch, admin.id);
    },
    'users.setPassword': async ({ id, password }, context) => {
      await newsroom.users.setPassword(id, password, actor(context).id);
      return { id };
    },
    'articles.create': (fields, context) => newsroom.workflow.create(fields, actor(context)),
    'articles.get': ({ id }) => newsroom.articles.get(id),
    'articles.list': (page) => newsroom.articles.list(page),
    'articles.update': ({ id, expectedVersion, patch }, context) =>
      newsroom.workflow.save(id, expectedVersion, patch, actor(context)),
    'articles.save': (save, context) => newsroom.workflow.saveStory(save, actor(context)),
    'articles.delete': ({ id, expectedVersion }, context) => {
      const user = actor(context);
      return newsroom.articles.softDelete(id, expectedVersion, (current) => {
        if (current.status !== 'draft' || current.createdBy !== user.id) {
          throw forbiddenError('Only the author may delete a story, and only while it is a draft');
        }
      });
    },
    'workflow.transition': (request, context) => newsroom.workflow.transition(request, actor(context)),
    'notes.list': ({ articleId }) => newsroom.notes.forArticle(newsroom.articles.get(articleId).id),
    'notes.add': ({ articleId, body }, context) => newsroom.notes.add(newsroom.articles.get(articleId).id, actor(context).id, body),
    'audit.list': ({ articleId }) => newsroom.audit.forArticle(newsroom.articles.get(articleId).id),
    'publications.list': ({ articleId }) => newsroom.publications.forArticle(articleId),
    'publications.get': ({ id }) => newsroom.publications.get(id),
    'outbox.list': () => newsroom.outbox.list(200),
    'outbox.forArticle': ({ articleId }) => newsroom.outbox.forArticle(articleId),
    'outbox.retry': ({ id }) => newsroom.outbox.retryNow(id),
    'outbox.cancel': ({ id }) => newsroom.outbox.cancel(id),
    'outbox.health': () => newsroom.outbox.health(),
    'publishing.status': () => ({ online: newsroom.isOnline(), waiting: newsroom.outbox.waitingCount() }),
    'destinations.list': () => newsroom.destinations.list(),
    'destinations.save': (input) => newsroom.destinations.save(input),
    'destinations.remove': ({ id }) => {
      newsroom.destinations.remove(id);
      return { id };
    },
    'destinations.check': ({ id }) => newsroom.destinations.check(id),
    'categories.list': () => newsroom.categories.list(),
    'settings.get': uiSettings,
    'settings.setLanguage': ({ language }) => {
      newsroom.settings.set('language', language);
      return uiSettings();
    },
    ...createAuthoringHandlers(newsroom),
    ...createPhotoHandlers(newsroom),
    'articles.restore': ({ id, expectedVersion }, context) => {
      const user = actor(context);
      return newsroom.articles.restore(id, expectedVersion, (current) => {
        if (current.createdBy !== user.id) throw forbiddenError('Only the author may bring back a deleted story');
      });
    },
    'desk.list': (options) => newsroom.desk.list(options),
    'desk.counts': (_input, context) => newsroom.desk.counts(actor(context).id),
    'search.articles': (options) => newsroom.search.search(options),
    'savedSearches.list': (_input, context) => newsroom.savedSearches.list(actor(context).id),
    'savedSearches.create': (input, context) => newsroom.savedSearches.create(actor(context).id, input),
    'savedSearches.delete': ({ id, expectedVersion }, context) =>
      newsroom.savedSearches.softDelete(actor(context).id, id, expectedVersion),
  };
}
