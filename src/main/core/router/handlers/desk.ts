import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createDeskHandlers(newsroom: Newsroom): NamespaceHandlers<'desk'> {
  return {
    'desk.list': (options) => newsroom.desk.list(options),
    'desk.counts': (_input, context) => newsroom.desk.counts(actor(context).id),
  };
}
