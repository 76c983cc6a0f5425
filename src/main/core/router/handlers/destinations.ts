import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createDestinationsHandlers(newsroom: Newsroom): NamespaceHandlers<'destinations'> {
  return {
    'destinations.list': () => newsroom.destinations.list(),
    'destinations.save': (input) => newsroom.destinations.save(input),
    'destinations.remove': ({ id }) => {
      newsroom.destinations.remove(id);
      return { id };
    },
    'destinations.check': ({ id }) => newsroom.destinations.check(id),
  };
}
