import sharp, { type OutputInfo } from 'sharp';
import { photoRefusedError } from '../../../shared/errors';
import { MAX_PHOTO_PIXELS, THUMBNAIL_LONG_EDGE, THUMBNAIL_QUALITY, WEB_LONG_EDGE, WEB_QUALITY } from './photo-limits';

export interface Renditions {
  web: Buffer;
  thumbnail: Buffer;
}

/**
 * The photo's renditions from one decode: the original is decoded once, rotated by its EXIF
 * orientation and shrunk to the web size (JPEGs shrink while decoding, so a 24 MP photo never
 * exists at full size in memory), then both JPEGs are encoded from those pixels. Colour is
 * converted to sRGB and transparency flattened onto white, as a JPEG and every browser expect.
 * Any decoding failure (a truncated or damaged file) is a `corrupt` refusal: `failOn: 'error'`
 * stops at a truncated JPEG instead of returning it half grey, while camera files with harmless
 * warnings (extra bytes after the image) still import.
 */
export async function makeRenditions(bytes: Buffer): Promise<Renditions> {
  let pixels: { data: Buffer; info: OutputInfo };
  try {
    pixels = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ width: WEB_LONG_EDGE, height: WEB_LONG_EDGE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw photoRefusedError('corrupt', 'The photo is damaged or incomplete and cannot be decoded');
  }
  const { width, height, channels } = pixels.info;
  const decoded = () => sharp(pixels.data, { raw: { width, height, channels } });
  const [web, thumbnail] = await Promise.all([
    decoded().jpeg({ quality: WEB_QUALITY, mozjpeg: true }).toBuffer(),
    decoded()
      .resize({ width: THUMBNAIL_LONG_EDGE, height: THUMBNAIL_LONG_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: THUMBNAIL_QUALITY, mozjpeg: true })
      .toBuffer(),
  ]);
  return { web, thumbnail };
}
