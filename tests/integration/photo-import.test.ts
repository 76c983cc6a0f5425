import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { decodesHeic } from '../../src/main/core/media/inspect-photo';
import { MAX_PHOTO_PIXELS } from '../../src/main/core/media/photo-limits';
import { MAX_PHOTO_BYTES, type PhotoImportResult } from '../../src/shared/domain/photo';
import type { CallResult, PhotoRefusal } from '../../src/shared/errors';
import { snapshotDatabase } from '../helpers/database-snapshot';
import { mediaFiles, photoLikeJpeg } from '../helpers/photo-files';
import { SHARED_FIXTURES } from '../helpers/seed-article';
import { openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
afterEach(() => room.cleanup());

const importPhoto = (fileName: string, bytes: Uint8Array) =>
  room.call('media.importPhoto', { fileName, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }) as Promise<
    CallResult<PhotoImportResult>
  >;

const imported = async (fileName: string, bytes: Uint8Array): Promise<PhotoImportResult> => {
  const result = await importPhoto(fileName, bytes);
  if (!result.ok) throw new Error(`${fileName}: ${result.error.message}`);
  return result.value;
};

const fixture = (name: string) => readFileSync(resolve(SHARED_FIXTURES, 'photos', name));
const size = async (bytes: Uint8Array) => {
  const { width, height } = await sharp(bytes).metadata();
  return [width, height];
};

/** Refused with this reason, and nothing at all stored: no row, no file, not even a temp file. */
async function expectRefused(fileName: string, bytes: Uint8Array, reason: PhotoRefusal) {
  const before = snapshotDatabase(room.dataDir);
  const result = await importPhoto(fileName, bytes);
  expect(result).toMatchObject({ ok: false, error: { code: 'validation', photoRefusal: reason } });
  expect(snapshotDatabase(room.dataDir)).toEqual(before);
  expect(mediaFiles(room.dataDir)).toEqual([]);
}

describe('bad input: each case is refused with its own reason and leaves nothing behind', () => {
  test('a zero-byte file', async () => {
    room = await openSignedInNewsroom();
    await expectRefused('trong.jpg', new Uint8Array(0), 'empty');
  });

  test('a file over MAX_PHOTO_BYTES is refused by the core before anything is read', async () => {
    room = await openSignedInNewsroom();
    // The router's schema stops it first; the core refuses it on its own too (other callers, future CLIs).
    await expect(room.newsroom.media.importPhoto(Buffer.alloc(MAX_PHOTO_BYTES + 1), 'lon.jpg', null)).rejects.toMatchObject({
      code: 'validation',
      photoRefusal: 'too_large',
    });
    expect(mediaFiles(room.dataDir)).toEqual([]);
  });

  test('a 500 MB file never reaches the core: the router refuses it by its size', async () => {
    room = await openSignedInNewsroom();
    // Zero-filled memory is mapped lazily, so this costs no real memory: nothing ever reads it.
    const result = await importPhoto('video.jpg', new Uint8Array(500 * 1024 * 1024));
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('the limit is') } });
    expect(mediaFiles(room.dataDir)).toEqual([]);
  });

  test('a text file and a PDF renamed .jpg', async () => {
    room = await openSignedInNewsroom();
    await expectRefused('ghi-chu.jpg', Buffer.from('Biên bản cuộc họp, không phải ảnh.\n'), 'not_an_image');
    await expectRefused('cong-van.jpg', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), 'not_an_image');
  });

  test('a truncated JPEG (the header is fine, the pixels stop halfway)', async () => {
    room = await openSignedInNewsroom();
    const whole = await photoLikeJpeg(800, 600);
    expect(await size(whole.subarray(0, whole.byteLength / 2))).toEqual([800, 600]);
    await expectRefused('dut.jpg', whole.subarray(0, whole.byteLength / 2), 'corrupt');
  });

  test('a JPEG whose header is damaged', async () => {
    room = await openSignedInNewsroom();
    const damaged = Buffer.from(fixture('GPS.jpg'));
    damaged.fill(0x00, 4, 600);
    await expectRefused('hong.jpg', damaged, 'corrupt');
  });

  test('a 200-megapixel decompression bomb is refused from its header, before any decoding', async () => {
    room = await openSignedInNewsroom();
    // One colour: tiny on disk, 600 MB of pixels once decoded.
    const bomb = await sharp({ create: { width: 20_000, height: 10_000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    expect(20_000 * 10_000).toBeGreaterThan(MAX_PHOTO_PIXELS);
    await expectRefused('bom.png', bomb, 'too_many_pixels');
  }, 60_000);

  test('SVG and GIF are images we do not accept', async () => {
    room = await openSignedInNewsroom();
    await expectRefused('logo.jpg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 'unsupported_format');
    await expectRefused('dong.gif', await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } }).gif().toBuffer(), 'unsupported_format');
  });

  test(`HEIC: ${decodesHeic() ? 'this sharp build decodes it' : 'this sharp build cannot decode it, and says so'}`, async () => {
    room = await openSignedInNewsroom();
    // An AVIF relabelled with the iPhone's HEIC brand: the container check is what decides here.
    const avif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#369' } }).avif().toBuffer();
    const heic = Buffer.from(avif);
    heic.write('heic', 8, 'latin1');
    if (decodesHeic()) expect((await imported('IMG_0001.HEIC', heic)).photo.mimeType).toBe('image/heif');
    else await expectRefused('IMG_0001.HEIC', heic, 'heic_unsupported');
  });

  test('one bad file in a batch does not stop the others', async () => {
    room = await openSignedInNewsroom();
    const results = await Promise.all([
      importPhoto('a.jpg', await photoLikeJpeg(300, 200, { seed: 1 })),
      importPhoto('b.jpg', Buffer.from('not a photo')),
      importPhoto('c.jpg', await photoLikeJpeg(300, 200, { seed: 2 })),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(room.newsroom.media.counts().all).toBe(2);
  });

  test('a failure after some files were written removes them: no row, no file, no temp file', async () => {
    room = await openSignedInNewsroom();
    // A file where the thumbnails folder should be: the original and the web rendition are written, then the thumbnail fails.
    rmSync(join(room.dataDir, 'media', 'thumbnails'), { recursive: true });
    writeFileSync(join(room.dataDir, 'media', 'thumbnails'), 'in the way');
    const before = snapshotDatabase(room.dataDir);
    const result = await importPhoto('a.jpg', await photoLikeJpeg(300, 200));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(snapshotDatabase(room.dataDir)).toEqual(before);
    expect(mediaFiles(room.dataDir)).toEqual(['thumbnails']);
  });
});

describe('good input', () => {
  test('PNG, WebP and AVIF are accepted as well as JPEG', async () => {
    room = await openSignedInNewsroom();
    const colour = { create: { width: 120, height: 90, channels: 3 as const, background: '#2a6' } };
    expect((await imported('a.png', await sharp(colour).png().toBuffer())).photo.mimeType).toBe('image/png');
    expect((await imported('a.webp', await sharp(colour).webp().toBuffer())).photo.mimeType).toBe('image/webp');
    expect((await imported('a.avif', await sharp(colour).avif().toBuffer())).photo.mimeType).toBe('image/heif');
  });

  test('a large photo: the original kept byte for byte, a 1600 px web rendition and a 400 px thumbnail', async () => {
    room = await openSignedInNewsroom();
    const bytes = await photoLikeJpeg(3000, 2000);
    const { photo, duplicate } = await imported('DSC_0001.JPG', bytes);
    expect(duplicate).toBe(false);
    expect(photo).toMatchObject({ width: 3000, height: 2000, byteSize: bytes.byteLength, fileName: 'DSC_0001.JPG', version: 1 });
    expect(readFileSync(join(room.dataDir, 'media', 'originals', `${photo.id}.jpeg`)).equals(bytes)).toBe(true);
    const web = await room.newsroom.media.rendition(photo.id, 'web');
    const thumbnail = await room.newsroom.media.rendition(photo.id, 'thumbnail');
    expect(await size(web.bytes)).toEqual([1600, 1067]);
    expect(await size(thumbnail.bytes)).toEqual([400, 267]);
    // The renditions carry no metadata of their own: publishing writes what the story says.
    expect((await sharp(web.bytes).metadata()).exif).toBeUndefined();
  });

  test('EXIF orientation 6 (camera held upright) is applied to the stored size and to both renditions', async () => {
    room = await openSignedInNewsroom();
    const { photo } = await imported('doc.jpg', await photoLikeJpeg(600, 400, { orientation: 6 }));
    expect([photo.width, photo.height]).toEqual([400, 600]);
    const web = await room.newsroom.media.rendition(photo.id, 'web');
    expect(await size(web.bytes)).toEqual([400, 600]);
    expect((await sharp(web.bytes).metadata()).orientation).toBeUndefined();
    expect(await size((await room.newsroom.media.rendition(photo.id, 'thumbnail')).bytes)).toEqual([267, 400]);
  });

  test('the same bytes twice, one after the other or at the same moment: one photo, one set of files', async () => {
    room = await openSignedInNewsroom();
    const bytes = await photoLikeJpeg(400, 300);
    const together = await Promise.all([imported('a.jpg', bytes), imported('b.jpg', bytes)]);
    expect(together.map((result) => result.duplicate).sort()).toEqual([false, true]);
    const files = mediaFiles(room.dataDir);
    const before = snapshotDatabase(room.dataDir);
    const again = await imported('c.jpg', bytes);
    expect(again).toEqual({ duplicate: true, photo: together[0]!.photo });
    expect(again.photo.fileName).toBe(together.find((result) => !result.duplicate)!.photo.fileName);
    expect(mediaFiles(room.dataDir)).toEqual(files);
    expect(files).toHaveLength(3);
    expect(snapshotDatabase(room.dataDir)).toEqual(before);
    expect(room.newsroom.media.counts()).toEqual({ all: 1, uncaptioned: 1 });
  });

  test('the importer is recorded, and a transparent PNG gets a white background in its JPEG renditions', async () => {
    room = await openSignedInNewsroom();
    const transparent = await sharp({ create: { width: 50, height: 50, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const { photo } = await imported('logo.png', transparent);
    expect(photo.importedBy).toMatchObject({ displayName: 'Người Thử' });
    const { data } = await sharp((await room.newsroom.media.rendition(photo.id)).bytes).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(240);
  });
});

describe('what an interrupted import leaves behind', () => {
  test('temp files are swept when the newsroom opens; finished files stay', async () => {
    room = await openSignedInNewsroom();
    const { photo } = await imported('a.jpg', await photoLikeJpeg(300, 200));
    const finished = mediaFiles(room.dataDir);
    for (const folder of ['originals', 'web', 'thumbnails']) {
      writeFileSync(join(room.dataDir, 'media', folder, `${'f'.repeat(64)}.jpg.0a1b2c3d4e5f.tmp`), 'half a photo');
    }
    expect(mediaFiles(room.dataDir)).toHaveLength(6);
    room = room.reopen();
    expect(mediaFiles(room.dataDir)).toEqual(finished);
    expect(room.newsroom.media.get(photo.id).id).toBe(photo.id);
  });
});
