import { z } from 'zod';
import { nfc } from '../text/nfc';

/** The photo library's records and limits, shared by the core, the contract and the photo desk. */

/** A camera JPEG is 5–25 MB and a 24 MP PNG up to ~70 MB; larger files are refused before reading. */
export const MAX_PHOTO_BYTES = 100 * 1024 * 1024;
export const MAX_PHOTO_PAGE = 200;
export const MAX_KEYWORDS = 50;

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
