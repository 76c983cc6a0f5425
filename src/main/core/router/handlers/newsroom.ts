import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createNewsroomHandlers(newsroom: Newsroom): NamespaceHandlers<'newsroom'> {
  return {
    'newsroom.rename': ({ name }, context) => ({ name: newsroom.info.rename(name, actor(context).id) }),
  };
}
