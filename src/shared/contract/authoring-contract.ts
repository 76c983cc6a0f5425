import { z } from 'zod';
import type { Article } from '../domain/article';
import { ArticleIdSchema } from '../domain/article';
import { DraftKeySchema, JournalEntryInputSchema, type RecoverableDraft } from '../domain/draft';
import type { FieldDiff, RevisionSummary } from '../domain/revision';
import { call, Version } from './call-spec';

const RevisionIdSchema = z.uuid({ version: 'v7' });

/**
 * The article authoring calls: revisions and the recovery journal (photos: photo-contract.ts). Spread
 * into `contract`. Manual and autosave revisions are taken by `articles.save`, in the save's transaction.
 */
export const authoringCalls = {
  'revisions.list': call(z.strictObject({ articleId: ArticleIdSchema })).returns<RevisionSummary[]>(),
  'revisions.diff': call(
    z.strictObject({ fromRevisionId: RevisionIdSchema, toRevisionId: RevisionIdSchema }),
  ).returns<FieldDiff[]>(),
  'revisions.restore': call(
    z.strictObject({ revisionId: RevisionIdSchema, expectedVersion: Version }),
  ).returns<{ article: Article; revision: RevisionSummary }>(),
  'drafts.write': call(JournalEntryInputSchema).returns<{ writtenAt: string }>(),
  'drafts.recoverable': call(z.strictObject({})).returns<RecoverableDraft[]>(),
  'drafts.discard': call(z.strictObject({ key: DraftKeySchema })).returns<null>(),
};
