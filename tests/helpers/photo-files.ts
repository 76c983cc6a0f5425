import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** A smooth colour field with film-like grain: compresses like a photo, not like a flat colour. */
export async function photoLikeJpeg(width: number, height: number, options: { orientation?: number; seed?: number } = {}): Promise<Buffer> {
  const raw = await photoLikePixels(width, height, options.seed ?? 0);
  const image = sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 });
  return options.orientation ? image.withMetadata({ orientation: options.orientation }).toBuffer() : image.toBuffer();
}

/** Raw RGB pixels of a photo-like image (see photoLikeJpeg); `seed` shifts the colour field. */
export async function photoLikePixels(width: number, height: number, seed = 0): Promise<Buffer> {
  const blobs = await sharp({ create: { width: 40 + (seed % 7), height: 30, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 70 } } })
    .resize(width, height, { fit: 'fill', kernel: 'cubic' })
    .raw()
    .toBuffer();
  const grain = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 18 } } }).raw().toBuffer();
  return sharp(blobs, { raw: { width, height, channels: 3 } })
    .composite([{ input: grain, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .raw()
    .toBuffer();
}

/** Every file under the newsroom's media folders, as `folder/name`. */
export function mediaFiles(dataDir: string): string[] {
  const root = join(dataDir, 'media');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}
