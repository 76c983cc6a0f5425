import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';
import type { User } from '../../src/shared/domain/user';
import { SHARED_FIXTURES } from '../helpers/seed-article';
import { snapshotDatabase } from '../helpers/database-snapshot';
import { MAX_PHOTO_BYTES } from '../../src/shared/domain/photo';

let room: TempNewsroom & { user: User };
afterEach(() => room.cleanup());

const photoBytes = (name: string) => readFileSync(resolve(SHARED_FIXTURES, 'photos', name));
const importPhoto = (name: string, bytes: Buffer) =>
  room.call('media.importPhoto', { fileName: name, data: new Uint8Array(bytes) });

describe('photos through the contract', () => {
  test('a JPEG is decoded, stored by its sha256 with a web rendition, and the rendition comes back', async () => {
    room = await openSignedInNewsroom();
    const bytes = photoBytes('GPS.jpg');
    const result = await importPhoto('GPS.jpg', bytes);
    expect(result).toMatchObject({ ok: true, value: { duplicate: false, photo: { width: 120, height: 80, mimeType: 'image/jpeg' } } });
    const { id } = (result as { value: { photo: { id: string } } }).value.photo;
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(room.dataDir, 'media', 'originals', `${id}.jpeg`)).equals(bytes)).toBe(true);

    const rendition = (await room.call('media.rendition', { id })) as { value: { mimeType: string; data: Uint8Array } };
    const metadata = await sharp(rendition.value.data).metadata();
    expect(rendition.value.mimeType).toBe('image/jpeg');
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({ format: 'jpeg', width: 120, height: 80 });
  });

  test('the same file twice is stored once', async () => {
    room = await openSignedInNewsroom();
    const first = await importPhoto('a.jpg', photoBytes('IPTC.jpg'));
    const second = await importPhoto('b.jpg', photoBytes('IPTC.jpg'));
    expect(second).toMatchObject({ ok: true, value: { duplicate: true, photo: (first as { value: { photo: unknown } }).value.photo } });
    expect(readdirSync(join(room.dataDir, 'media', 'originals'))).toHaveLength(1);
    const { id } = (first as { value: { photo: { id: string } } }).value.photo;
    expect((await room.newsroom.media.rendition(id)).bytes.byteLength).toBeGreaterThan(0);
  });

  test('a large photo gets a rendition no longer than 1600 px', async () => {
    room = await openSignedInNewsroom();
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#3a7' } }).png().toBuffer();
    const result = (await importPhoto('big.png', big)) as { value: { photo: { id: string; width: number } } };
    expect(result.value.photo.width).toBe(4000);
    const metadata = await sharp((await room.newsroom.media.rendition(result.value.photo.id)).bytes).metadata();
    expect([metadata.width, metadata.height]).toEqual([1600, 1200]);
  });

  test('bytes that are not a photo get a clear error and nothing is stored', async () => {
    room = await openSignedInNewsroom();
    const before = snapshotDatabase(room.dataDir);
    for (const bytes of [Buffer.from('%PDF-1.4 not a photo'), photoBytes('XMP.jpg').subarray(0, 200)]) {
      const result = await importPhoto('x.jpg', bytes);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(snapshotDatabase(room.dataDir)).toEqual(before);
    expect(readdirSync(join(room.dataDir, 'media', 'originals'))).toEqual([]);
  });

  test('an unknown photo id is not_found', async () => {
    room = await openSignedInNewsroom();
    expect(await room.call('media.rendition', { id: 'b'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('the router measures binary input by its bytes', () => {
  test('a photo far above the general 8 MiB input cap is accepted by media.importPhoto', async () => {
    room = await openSignedInNewsroom();
    // Random pixels do not compress: a PNG of about 12 MB.
    const noise = Buffer.alloc(2000 * 2000 * 3);
    for (let index = 0; index < noise.length; index += 1) noise[index] = (index * 2654435761) >>> 24;
    const png = await sharp(noise, { raw: { width: 2000, height: 2000, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    expect(png.byteLength).toBeGreaterThan(8 * 1024 * 1024);
    expect(await importPhoto('big.png', png)).toMatchObject({ ok: true, value: { photo: { width: 2000, height: 2000 } } });
  });

  test('a photo over its own cap is refused before decoding', async () => {
    room = await openSignedInNewsroom();
    // Zero-filled memory is mapped lazily: the test never touches these pages.
    const result = await room.call('media.importPhoto', { fileName: 'huge.jpg', data: new Uint8Array(MAX_PHOTO_BYTES + 128 * 1024) });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('the limit is') } });
  });

  test('a Uint8Array counts its byteLength, not its JSON-as-object size', async () => {
    room = await openSignedInNewsroom();
    // 3 MiB of bytes would be ~12 MB as a JSON object of indices: under the cap it must reach validation.
    const result = await room.call('articles.get', { id: new Uint8Array(3 * 1024 * 1024) });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: 'Invalid input for articles.get' } });
    const huge = await room.call('articles.get', { id: new Uint8Array(9 * 1024 * 1024) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('the limit is') } });
  });
});
