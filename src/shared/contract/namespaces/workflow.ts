import { z } from 'zod';
import type { Article } from '../../domain/article';
import { ArticleIdSchema } from '../../domain/article';
import { mayEverTake, WORKFLOW_ACTIONS } from '../../workflow/transitions';
import { call, text, Version } from '../call-spec';

/** Moving a story through the workflow; the full rule (state, holder, author) is checked in the core. */
export const workflowCalls = {
  'workflow.transition': call(
    z.strictObject({
      articleId: ArticleIdSchema,
      action: z.enum(WORKFLOW_ACTIONS),
      expectedVersion: Version,
      note: text(1, 5_000).optional(),
      publishAt: z.iso.datetime().optional(),
      correction: text(0, 5_000).optional(),
    }),
  )
    .returns<Article>()
    .access((user, input) => mayEverTake(input.action, user.roles)),
};
