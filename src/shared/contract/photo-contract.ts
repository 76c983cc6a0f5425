import { z } from 'zod';
import { nfc } from '../text/nfc';
import { call, Version } from './call-spec';

/**
 * The photo desk's calls: importing, the Kho ảnh library (search, the "Ảnh chưa chú thích" view,
 * editing a photo's own caption, credit, alt text and keywords) and renditions.
 *
 * Photos travel as Uint8Array, in both directions: Electron's IPC and context bridge carry typed
 * arrays (structured clone), and so does Playwright's exposeBinding, the end-to-end transport
 * (checked with playwright-core 1.65). No base64: a third smaller, and no encoding in the renderer.
 * The picker and drag-and-drop both hand the renderer File objects, so both use this one call.
 */

/** A camera JPEG is 5–25 MB and a 24 MP PNG up to ~70 MB; larger files are refused before reading. */
export const MAX_PHOTO_BYTES = 100 * 1024 * 1024;
export const MAX_PHOTO_PAGE = 200;
export const MAX_KEYWORDS = 50;

const PhotoBytesSchema = z
  .instanceof(Uint8Array, { message: 'A photo is sent as a Uint8Array of its bytes' })
  .refine((bytes) => bytes.byteLength <= MAX_PHOTO_BYTES, {
    message: `A photo may be at most ${MAX_PHOTO_BYTES} bytes`,
  });

export const MediaIdSchema = z.string().regex(/^[0-9a-f]{64}$/, { message: 'A photo id is a sha256 in hex' });

const photoText = (max: number) => z.string().max(max * 2).transform(nfc).pipe(z.string().trim().max(max));
const Keyword = z.string().max(200).transform(nfc).pipe(z.string().trim().min(1).max(100));
const IsoDay = z.iso.date();

export interface LibraryPhoto {
  /** The sha256 of the original file, in hex: importing the same file twice gives the same id. */
  id: string;
  fileName: string;
  mimeType: string;
  /** As the photo is seen, after the EXIF orientation is applied. */
  width: number;
  height: number;
  byteSize: number;
  /** Chú thích: the photo's own description, the default caption wherever it is used. */
  caption: string;
  headline: string;
  /** The photographer, as the file names them (EXIF Artist / IPTC By-line / dc:creator). */
  creator: string;
  /** Tác giả ảnh: the credit line printed after the caption (`Ảnh: …`). */
  credit: string;
  copyright: string;
  /** Mô tả thay thế. */
  altText: string;
  keywords: string[];
  /** When the photo was taken (ISO 8601; local camera time when the file gives no offset), or null. */
  takenAt: string | null;
  city: string;
  gps: { latitude: number; longitude: number } | null;
  importedAt: string;
  importedBy: { id: string; displayName: string } | null;
  version: number;
  updatedAt: string;
}

export interface PhotoPage {
  items: LibraryPhoto[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface PhotoImportResult {
  photo: LibraryPhoto;
  /** The same file was already in the library: nothing new was stored. */
  duplicate: boolean;
}

export interface PhotoLibraryCounts {
  all: number;
  /** Photos whose caption is empty: the "Ảnh chưa chú thích" view. */
  uncaptioned: number;
}

export const PhotoFiltersSchema = z.strictObject({
  /** Only photos with no caption yet. */
  uncaptioned: z.boolean().optional(),
  /** Matches the creator or the credit, folded like search ("dkc" finds "Đ.K.C" is not promised; "dang" finds "Đặng"). */
  photographer: z.string().max(100).transform(nfc).optional(),
  /** The day the photo was taken (its import day when the file does not say), inclusive, newsroom time. */
  from: IsoDay.optional(),
  to: IsoDay.optional(),
});
export type PhotoFilters = z.output<typeof PhotoFiltersSchema>;

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

export const photoCalls = {
  'media.importPhoto': call(
    z.strictObject({
      fileName: z.string().min(1).max(255).transform(nfc),
      data: PhotoBytesSchema,
    }),
  ).returns<PhotoImportResult>(),
  'media.rendition': call(
    z.strictObject({ id: MediaIdSchema, size: z.enum(['web', 'thumbnail']).optional() }),
  ).returns<{ mimeType: string; data: Uint8Array }>(),
  'media.get': call(z.strictObject({ id: MediaIdSchema })).returns<LibraryPhoto>(),
  /** Newest import first; keyset-paginated. `query` is searched in caption, headline, credit, creator, keywords and city, folded. */
  'media.list': call(
    z.strictObject({
      query: z.string().max(200).transform(nfc).optional(),
      filters: PhotoFiltersSchema.optional(),
      limit: z.number().int().min(1).max(MAX_PHOTO_PAGE).optional(),
      cursor: z.string().max(300).nullable().optional(),
    }),
  ).returns<PhotoPage>(),
  'media.update': call(
    z.strictObject({ id: MediaIdSchema, expectedVersion: Version, patch: PhotoPatchSchema }),
  ).returns<LibraryPhoto>(),
  'media.counts': call(z.strictObject({})).returns<PhotoLibraryCounts>(),
};
