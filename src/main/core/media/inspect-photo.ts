import sharp, { type Metadata } from 'sharp';
import { MAX_PHOTO_BYTES } from '../../../shared/domain/photo';
import { photoRefusedError } from '../../../shared/errors';
import type { MetadataBlocks } from './metadata/metadata-blocks';
import { MAX_PHOTO_PIXELS } from './photo-limits';

/** Formats a newsroom photo arrives in, with the extension its original is stored under. */
const ACCEPTED_FORMATS: Record<string, { mimeType: string; extension: string }> = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpeg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  tiff: { mimeType: 'image/tiff', extension: 'tiff' },
  heif: { mimeType: 'image/heif', extension: 'heif' },
};

export interface InspectedPhoto {
  mimeType: string;
  extension: string;
  /** As the photo is seen, after its EXIF orientation. */
  width: number;
  height: number;
  /** The EXIF, IPTC and XMP blocks, from the same header read (so metadata needs no second one). */
  blocks: MetadataBlocks;
}

/** ISO-BMFF brands of HEVC-coded HEIF files (iPhone photos); AVIF shares the container, not the codec. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

export function isHeic(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 12 && ascii(bytes, 4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(bytes, 8, 12));
}

/**
 * Whether this build of sharp decodes HEIC. The prebuilt binaries carry libheif with the AV1
 * decoder only (HEVC is patent-encumbered), so they list `.avif` and not `.heic`; a build against
 * a system libvips with libde265 lists both.
 */
export const decodesHeic = (): boolean => sharp.format.heif.input.fileSuffix?.includes('.heic') ?? false;

/** Magic numbers of the formats we read: a file that has one but will not parse is damaged, not foreign. */
function looksLikeAnImage(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, Math.min(12, bytes.byteLength));
  return (
    (bytes[0] === 0xff && bytes[1] === 0xd8) ||
    head.startsWith('\u0089PNG') ||
    (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') ||
    head.startsWith('II*\u0000') ||
    head.startsWith('MM\u0000*') ||
    head.slice(4, 8) === 'ftyp'
  );
}

/** The size checks, before anything else is done with the bytes. */
export function checkPhotoSize(byteLength: number): void {
  if (byteLength === 0) throw photoRefusedError('empty', 'The file is empty');
  if (byteLength > MAX_PHOTO_BYTES) {
    throw photoRefusedError('too_large', `The file is ${byteLength} bytes; photos may be at most ${MAX_PHOTO_BYTES} bytes`);
  }
}

/**
 * Reads only the header (sharp's `metadata()` decodes no pixels) and refuses what must never be
 * decoded: foreign files, formats we do not accept, HEIC this build cannot decode, and images
 * with more pixels than MAX_PHOTO_PIXELS (a decompression bomb is refused here, before any decode).
 */
export async function inspectPhoto(bytes: Buffer): Promise<InspectedPhoto> {
  checkPhotoSize(bytes.byteLength);
  if (isHeic(bytes) && !decodesHeic()) {
    throw photoRefusedError('heic_unsupported', 'This build of the image library cannot decode HEIC photos');
  }
  let header: Metadata;
  try {
    header = await sharp(bytes).metadata();
  } catch {
    throw looksLikeAnImage(bytes)
      ? photoRefusedError('corrupt', 'The photo is damaged: its header cannot be read')
      : photoRefusedError('not_an_image', 'The file is not a photo Newsdesk can read');
  }
  const accepted = header.format ? ACCEPTED_FORMATS[header.format] : undefined;
  if (!accepted) throw photoRefusedError('unsupported_format', `Photos in ${header.format ?? 'this'} format are not accepted`);
  const { width, height } = header.autoOrient;
  if (!width || !height) throw photoRefusedError('corrupt', 'The photo has no size in its header');
  if (width * height > MAX_PHOTO_PIXELS) {
    throw photoRefusedError('too_many_pixels', `The photo has ${width}×${height} pixels; the limit is ${MAX_PHOTO_PIXELS}`);
  }
  return { ...accepted, width, height, blocks: { exif: header.exif, iptc: header.iptc, xmp: header.xmp } };
}
