import { z } from 'zod';
import type { Article } from '../../domain/article';
import { ArticleIdSchema } from '../../domain/article';
import type { FieldDiff, RevisionSummary } from '../../domain/revision';
import { call, Id, Version } from '../call-spec';

/**
 * A story's revisions; restoring one is an edit, so the core applies `mayEditContent`. Manual and
 * autosave revisions are taken by `articles.save`, in the save's transaction.
 */
export const revisionsCalls = {
  'revisions.list': call(z.strictObject({ articleId: ArticleIdSchema })).returns<RevisionSummary[]>().access('signed-in'),
  'revisions.diff': call(z.strictObject({ fromRevisionId: Id, toRevisionId: Id }))
    .returns<FieldDiff[]>()
    .access('signed-in'),
  'revisions.restore': call(z.strictObject({ revisionId: Id, expectedVersion: Version }))
    .returns<{ article: Article; revision: RevisionSummary }>()
    .access('signed-in'),
};
