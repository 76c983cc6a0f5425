import { z } from 'zod';
import type { Article } from '../domain/article';
import { ArticleIdSchema } from '../domain/article';
import { DraftKeySchema, JournalEntryInputSchema, type RecoverableDraft } from '../domain/draft';
import type { FieldDiff, RevisionSummary } from '../domain/revision';
import { call, Version } from './call-spec';

/**
 * Photos travel as Uint8Array, in both directions: Electron's IPC and context bridge carry typed
 * arrays (structured clone), and so does Playwright's exposeBinding, the end-to-end transport
 * (checked with playwright-core 1.65). No base64: a third smaller, and no encoding in the renderer.
 */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;

const PhotoBytesSchema = z
  .instanceof(Uint8Array, { message: 'A photo is sent as a Uint8Array of its bytes' })
  .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_PHOTO_BYTES, {
    message: `A photo must be 1 byte to ${MAX_PHOTO_BYTES} bytes`,
  });

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
      data: PhotoBytesSchema,
    }),
  ).returns<StoredPhotoResult>(),
  'media.rendition': call(z.strictObject({ id: MediaIdSchema })).returns<{ mimeType: string; data: Uint8Array }>(),
};
