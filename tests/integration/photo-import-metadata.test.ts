import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { afterEach, expect, test } from 'vitest';
import type { PhotoImportResult } from '../../src/shared/domain/photo';
import type { User } from '../../src/shared/domain/user';
import { embedPhotoMetadata } from '../../src/main/core/media/metadata/embed-photo-metadata';
import { SHARED_FIXTURES } from '../helpers/seed-article';
import { openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom & { user: User };
afterEach(() => room.cleanup());

const importThroughRouter = async (fileName: string, bytes: Buffer): Promise<PhotoImportResult> => {
  const result = await room.call('media.importPhoto', { fileName, data: new Uint8Array(bytes) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as PhotoImportResult;
};

// Expected values: what `exiftool -use MWG` reads from each sample (see photo-metadata-fixtures.test.ts).
test.each([
  ['IPTC.jpg', { caption: 'A witty caption', creator: 'Phil Harvey', credit: 'My Credit', keywords: ['ExifTool', 'Test', 'IPTC'], city: 'Kingston' }],
  ['XMP.jpg', { caption: 'A witty caption', creator: 'Phil Harvey', credit: 'My Credit', keywords: ['ExifTool', 'Test', 'XMP'], city: 'Kingston' }],
  ['PhotoMechanic.jpg', { caption: 'Caption', creator: 'Photographer', credit: 'Credit', keywords: ['Keywords', 'one', 'three', 'two'] }],
  ['GPS.jpg', { caption: 'Communications', creator: 'Ian Britton', credit: 'Ian Britton', gps: { latitude: expect.closeTo(54.98967, 4), longitude: expect.closeTo(-1.91417, 4) } }],
])('importing %s prefills the library photo from its metadata', async (name, expected) => {
  room = await openSignedInNewsroom();
  const { photo } = await importThroughRouter(name, readFileSync(resolve(SHARED_FIXTURES, 'photos', name)));
  expect(photo).toMatchObject(expected);
  // Prefilled text is searchable like typed text, without diacritics or case.
  const found = await room.call('media.list', { query: expected.caption.toLowerCase() });
  expect(found).toMatchObject({ ok: true, value: { items: [{ id: photo.id }] } });
});

test('a Vietnamese caption written by a newsroom tool arrives whole, and the photo leaves "Ảnh chưa chú thích"', async () => {
  room = await openSignedInNewsroom();
  const plain = await sharp({ create: { width: 800, height: 533, channels: 3, background: '#5b7' } }).jpeg().toBuffer();
  const captioned = await embedPhotoMetadata(plain, {
    caption: 'Lãnh đạo, cán bộ Cụm thi đua số 9 tham dự hội nghị tại Đồng Tháp.',
    credit: 'Đ.K.C',
    creator: 'Đặng Kim Cương',
    copyright: '© Báo Bạc Liêu',
  });
  const { photo } = await importThroughRouter('hoi-nghi.jpg', captioned);
  expect(photo).toMatchObject({ caption: 'Lãnh đạo, cán bộ Cụm thi đua số 9 tham dự hội nghị tại Đồng Tháp.', credit: 'Đ.K.C', creator: 'Đặng Kim Cương', copyright: '© Báo Bạc Liêu' });
  await importThroughRouter('trong.jpg', plain);
  expect(await room.call('media.counts', {})).toEqual({ ok: true, value: { all: 2, uncaptioned: 1 } });
  expect(await room.call('media.list', { query: 'dong thap', filters: { photographer: 'dang kim' } })).toMatchObject({
    ok: true,
    value: { items: [{ id: photo.id }] },
  });
});
