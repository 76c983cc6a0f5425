import { z } from 'zod';
import type { Article } from '../domain/article';
import { ArticleIdSchema } from '../domain/article';
import { DraftKeySchema, JournalEntryInputSchema, type RecoverableDraft } from '../domain/draft';
import type { FieldDiff, RevisionSummary } from '../domain/revision';
import { call, Version } from './call-spec';

/**
 * Photos travel as base64 strings: Electron's IPC could carry a Uint8Array, but Playwright's
 * exposeBinding (the end-to-end transport) serializes arguments as JSON-like values, so one string
 * form works the same on both and its size is what the router measures.
 */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

const MediaIdSchema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'A photo id is a sha256 in hex' });
const RevisionIdSchema = z.uuid({ version: 'v7' });

export interface StoredPhotoResult {
  id: string;
  width: number;
  height: number;
  mimeType: string;
}

/** The article authoring calls: revisions, the recovery journal and photos. Spread into `contract`. */
export const authoringCalls = {
  'revisions.list': call(z.strictObject({ articleId: ArticleIdSchema })).returns<RevisionSummary[]>(),
  'revisions.record': call(
    z.strictObject({ articleId: ArticleIdSchema, reason: z.literal('manual') }),
  ).returns<RevisionSummary>(),
  'revisions.checkpoint': call(z.strictObject({ articleId: ArticleIdSchema })).returns<RevisionSummary | null>(),
  'revisions.diff': call(
    z.strictObject({ fromRevisionId: RevisionIdSchema, toRevisionId: RevisionIdSchema }),
  ).returns<FieldDiff[]>(),
  'revisions.restore': call(
    z.strictObject({ revisionId: RevisionIdSchema, expectedVersion: Version }),
  ).returns<{ article: Article; revision: RevisionSummary }>(),
  'drafts.write': call(JournalEntryInputSchema).returns<{ writtenAt: string }>(),
  'drafts.recoverable': call(z.strictObject({})).returns<RecoverableDraft[]>(),
  'drafts.discard': call(z.strictObject({ key: DraftKeySchema })).returns<null>(),
  'media.importPhoto': call(
    z.strictObject({
      fileName: z.string().min(1).max(255),
      dataBase64: z.base64().min(4).max(base64Length(MAX_PHOTO_BYTES)),
    }),
  ).returns<StoredPhotoResult>(),
  'media.rendition': call(z.strictObject({ id: MediaIdSchema })).returns<{ mimeType: string; dataBase64: string }>(),
};
