import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createWorkflowHandlers(newsroom: Newsroom): NamespaceHandlers<'workflow'> {
  return {
    'workflow.transition': (request, context) => newsroom.workflow.transition(request, actor(context)),
  };
}
