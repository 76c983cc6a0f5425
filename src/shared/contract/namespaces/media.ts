import { z } from 'zod';
import { MAX_KEYWORDS, MAX_PHOTO_BYTES, MAX_PHOTO_PAGE, PhotoFiltersSchema } from '../../domain/photo';
import type { LibraryPhoto, PhotoImportResult, PhotoLibraryCounts, PhotoPage } from '../../domain/photo';
import { nfc } from '../../text/nfc';
import { ROLES_THAT_WRITE } from '../../workflow/transitions';
import { call, Version } from '../call-spec';

/**
 * The photo desk's calls: importing, the Kho ảnh library (search, the "Ảnh chưa chú thích" view,
 * editing a photo's own caption, credit, alt text and keywords) and renditions.
 *
 * Photos travel as Uint8Array, in both directions: Electron's IPC and context bridge carry typed
 * arrays (structured clone), and so does Playwright's exposeBinding, the end-to-end transport
 * (checked with playwright-core 1.65). No base64: a third smaller, and no encoding in the renderer.
 * The picker and drag-and-drop both hand the renderer File objects, so both use this one call.
 */

const PhotoBytesSchema = z
  .instanceof(Uint8Array, { message: 'A photo is sent as a Uint8Array of its bytes' })
  .refine((bytes) => bytes.byteLength <= MAX_PHOTO_BYTES, {
    message: `A photo may be at most ${MAX_PHOTO_BYTES} bytes`,
  });

export const MediaIdSchema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'A photo id is a sha256 in hex' });

const photoText = (max: number) => z.string().max(max * 2).transform(nfc).pipe(z.string().trim().max(max));
const Keyword = z.string().max(200).transform(nfc).pipe(z.string().trim().min(1).max(100));

export const PhotoPatchSchema = z
  .strictObject({
    caption: photoText(2000),
    headline: photoText(300),
    creator: photoText(200),
    credit: photoText(200),
    copyright: photoText(300),
    altText: photoText(500),
    keywords: z.array(Keyword).max(MAX_KEYWORDS),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'An update must change at least one field' });

export const mediaCalls = {
  'media.importPhoto': call(
    z.strictObject({
      fileName: z.string().min(1).max(255).transform(nfc),
      data: PhotoBytesSchema,
    }),
  ).returns<PhotoImportResult>()
    .access(ROLES_THAT_WRITE),
  'media.rendition': call(
    z.strictObject({ id: MediaIdSchema, size: z.enum(['web', 'thumbnail']).optional() }),
  ).returns<{ mimeType: string; data: Uint8Array }>()
    .access('signed-in'),
  'media.get': call(z.strictObject({ id: MediaIdSchema })).returns<LibraryPhoto>().access('signed-in'),
  /** Newest import first; keyset-paginated. `query` is searched in caption, headline, credit, creator, keywords and city, folded. */
  'media.list': call(
    z.strictObject({
      query: z.string().max(200).transform(nfc).optional(),
      filters: PhotoFiltersSchema.optional(),
      limit: z.number().int().min(1).max(MAX_PHOTO_PAGE).optional(),
      cursor: z.string().max(300).nullable().optional(),
    }),
  ).returns<PhotoPage>()
    .access('signed-in'),
  'media.update': call(
    z.strictObject({ id: MediaIdSchema, expectedVersion: Version, patch: PhotoPatchSchema }),
  )
    .returns<LibraryPhoto>()
    // Which photo a user may edit depends on who imported it: the core checks `mayEditLibraryPhoto`.
    .access('signed-in'),
  'media.counts': call(z.strictObject({})).returns<PhotoLibraryCounts>().access('signed-in'),
};
