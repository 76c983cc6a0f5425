import exifReader from 'exif-reader';
import { decodeUndeclared } from '../../../../shared/text/undeclared-bytes';
import { boundedText, cleanText } from './metadata-text';
import { exifTakenAt } from './photo-dates';
import { exifGps } from './photo-gps';
import type { GpsPosition } from './photo-gps';

/** An EXIF text value, and whether its encoding is known (valid UTF-8/ASCII) or only guessed. */
export interface ExifText {
  text: string;
  certain: boolean;
}

export interface ExifFields {
  imageDescription: ExifText | null;
  artist: ExifText | null;
  copyright: ExifText | null;
  takenAt: string | null;
  gps: GpsPosition | null;
}

export const NO_EXIF: ExifFields = { imageDescription: null, artist: null, copyright: null, takenAt: null, gps: null };

// Descriptions cameras write by themselves; they say nothing about the picture.
const CAMERA_PLACEHOLDERS = new Set([
  'OLYMPUS DIGITAL CAMERA',
  'SONY DSC',
  'DIGITAL CAMERA',
  'KONICA MINOLTA DIGITAL CAMERA',
  'MINOLTA DIGITAL CAMERA',
  'LEICA DIGITAL CAMERA',
  'SAMSUNG DIGITAL CAMERA',
  'DEFAULT',
]);

/** Reads sharp's `metadata().exif` block ("Exif\0\0" + TIFF); a block it cannot read gives nothing. */
export function readExifFields(block: Buffer | undefined): ExifFields {
  if (!block || block.length === 0) return NO_EXIF;
  let exif: ReturnType<typeof exifReader>;
  try {
    exif = exifReader(block);
  } catch {
    return NO_EXIF;
  }
  const image = exif.Image ?? {};
  const photo = exif.Photo ?? {};
  const gps = exif.GPSInfo ?? {};
  const description = exifText(image.ImageDescription);
  return {
    imageDescription: description && CAMERA_PLACEHOLDERS.has(description.text.toUpperCase()) ? null : description,
    artist: exifText(image.Artist),
    copyright: exifCopyright(image.Copyright),
    takenAt: exifTakenAt(photo.DateTimeOriginal, photo.SubSecTimeOriginal, photo.OffsetTimeOriginal),
    gps: exifGps(gps.GPSLatitude, gps.GPSLatitudeRef, gps.GPSLongitude, gps.GPSLongitudeRef),
  };
}

/** exif-reader gives ASCII as a string and anything with high bytes as the raw bytes. */
function exifText(value: unknown): ExifText | null {
  if (typeof value === 'string') return nonEmpty({ text: value, certain: true });
  if (Buffer.isBuffer(value)) return nonEmpty(decodeUndeclared(value));
  return null;
}

/**
 * EXIF Copyright holds the photographer's and the editor's notices separated by a NUL; an editor
 * notice alone starts with a space before the NUL. Both notices are kept, one after the other.
 */
function exifCopyright(value: unknown): ExifText | null {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'latin1') : Buffer.isBuffer(value) ? value : null;
  if (!bytes) return null;
  const notices = splitOnNul(bytes).map((part) => exifText(typeof value === 'string' ? part.toString('latin1') : part)).filter((text) => text !== null);
  if (notices.length === 0) return null;
  return { text: notices.map((notice) => notice.text).join(' — '), certain: notices.every((notice) => notice.certain) };
}

function splitOnNul(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let nul = bytes.indexOf(0); nul >= 0; nul = bytes.indexOf(0, start)) {
    parts.push(bytes.subarray(start, nul));
    start = nul + 1;
  }
  parts.push(bytes.subarray(start));
  return parts;
}

// MWG: an EXIF value counts only when it is not empty or only spaces.
function nonEmpty(value: ExifText): ExifText | null {
  const text = boundedText(cleanText(value.text));
  return text === '' ? null : { text, certain: value.certain };
}
