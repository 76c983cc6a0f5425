import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createNotesHandlers(newsroom: Newsroom): NamespaceHandlers<'notes'> {
  return {
    'notes.list': ({ articleId }) => newsroom.notes.forArticle(newsroom.articles.get(articleId).id),
    'notes.add': ({ articleId, body }, context) =>
      newsroom.notes.add(newsroom.articles.get(articleId).id, actor(context).id, body),
  };
}
