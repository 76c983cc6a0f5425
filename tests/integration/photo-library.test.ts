import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Clock } from '../../src/shared/clock';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { openDatabase } from '../../src/main/core/db/open-database';
import { silentLogger } from '../../src/shared/node/logger';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import type { LibraryPhoto, PhotoImportResult, PhotoPage } from '../../src/shared/domain/photo';
import { photoLikeJpeg } from '../helpers/photo-files';
import { callOk, makeTempDir, openSignedInNewsroom, openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
afterEach(() => room.cleanup());

/** A clock the test sets: each photo is imported at the time the test chose. */
function settableClock(start = '2024-06-29T02:00:00.000Z') {
  let current = new Date(start).getTime();
  const clock: Clock = {
    now: () => {
      current += 1;
      return new Date(current);
    },
  };
  return { clock, set: (instant: string) => (current = new Date(instant).getTime()) };
}

let seed = 0;
async function addPhoto(text: Partial<Pick<LibraryPhoto, 'caption' | 'credit' | 'creator' | 'keywords' | 'headline'>> = {}): Promise<LibraryPhoto> {
  seed += 1;
  const { photo } = await callOk<PhotoImportResult>(room, 'media.importPhoto', {
    fileName: `anh-${seed}.jpg`,
    data: new Uint8Array(await photoLikeJpeg(64, 48, { seed })),
  });
  if (Object.keys(text).length === 0) return photo;
  return callOk<LibraryPhoto>(room, 'media.update', { id: photo.id, expectedVersion: photo.version, patch: text });
}

const list = (input: Record<string, unknown>) => callOk<PhotoPage>(room, 'media.list', input);
const ids = async (input: Record<string, unknown>) => (await list(input)).items.map((photo) => photo.id);

describe('search in the library', () => {
  test('diacritic-insensitive, every word must match, the last word as a prefix', async () => {
    room = await openSignedInNewsroom();
    const rice = await addPhoto({ caption: 'Nông dân gặt lúa ở Đồng Tháp', credit: 'Đặng Khải', keywords: ['mùa vụ'] });
    const city = await addPhoto({ caption: 'Phố đi bộ Nguyễn Huệ', credit: 'Trần Lâm', keywords: ['Sài Gòn'] });
    await addPhoto();

    expect(await ids({ query: 'dong thap' })).toEqual([rice.id]);
    expect(await ids({ query: 'Đồng Tháp' })).toEqual([rice.id]);
    expect(await ids({ query: 'dong th' })).toEqual([rice.id]);
    // Words may match in different fields: caption, credit, keywords.
    expect(await ids({ query: 'lua dang mua vu' })).toEqual([rice.id]);
    expect(await ids({ query: 'sai gon' })).toEqual([city.id]);
    expect(await ids({ query: 'dong sai' })).toEqual([]);
    // A word no longer being typed (a space after it) is matched whole.
    expect(await ids({ query: 'dong th ' })).toEqual([]);
  });

  test('the photographer filter looks only at the creator and the credit', async () => {
    room = await openSignedInNewsroom();
    const byDang = await addPhoto({ caption: 'Cầu Cần Thơ', credit: 'Đặng Khải' });
    const byCreator = await addPhoto({ caption: 'Chợ nổi', creator: 'Đặng Khải', credit: 'TTXVN' });
    await addPhoto({ caption: 'Chân dung ông Đặng Khải', credit: 'Trần Lâm' });

    expect(new Set(await ids({ filters: { photographer: 'dang khai' } }))).toEqual(new Set([byDang.id, byCreator.id]));
    expect(await ids({ filters: { photographer: 'Đặng' }, query: 'cau' })).toEqual([byDang.id]);
    expect(await ids({ filters: { photographer: 'ttx' } })).toEqual([byCreator.id]);
  });

  test('dates: the day the photo was taken, else its import day, newsroom time, from and to inclusive', async () => {
    const time = settableClock();
    room = await openSignedInNewsroom({ clock: time.clock });
    time.set('2024-06-27T03:00:00.000Z');
    const june27 = await addPhoto();
    // 18:00 UTC is 01:00 the next morning in Vietnam.
    time.set('2024-06-28T18:00:00.000Z');
    const june29 = await addPhoto();
    time.set('2024-07-01T03:00:00.000Z');
    const july1 = await addPhoto();

    expect(await ids({ filters: { from: '2024-06-29' } })).toEqual([july1.id, june29.id]);
    expect(await ids({ filters: { to: '2024-06-28' } })).toEqual([june27.id]);
    expect(await ids({ filters: { from: '2024-06-29', to: '2024-06-29' } })).toEqual([june29.id]);
    expect(await ids({ filters: { from: '2024-06-30', to: '2024-06-30' } })).toEqual([]);
  });

  test('newest import first, in keyset pages that neither skip nor repeat', async () => {
    room = await openSignedInNewsroom();
    const added: string[] = [];
    for (let index = 0; index < 5; index += 1) added.push((await addPhoto()).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: PhotoPage = await list({ limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((photo) => photo.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...added].reverse());
    expect(await room.call('media.list', { cursor: 'not-a-cursor' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('"Ảnh chưa chú thích" and the counts', () => {
  test('the view lists photos without a caption; the counts follow every import and edit', async () => {
    room = await openSignedInNewsroom();
    expect(await callOk(room, 'media.counts', {})).toEqual({ all: 0, uncaptioned: 0 });
    const first = await addPhoto();
    const second = await addPhoto();
    await addPhoto({ caption: 'Đã có chú thích' });
    expect(await callOk(room, 'media.counts', {})).toEqual({ all: 3, uncaptioned: 2 });
    expect(await ids({ filters: { uncaptioned: true } })).toEqual([second.id, first.id]);

    const captioned = await callOk<LibraryPhoto>(room, 'media.update', { id: first.id, expectedVersion: 1, patch: { caption: 'Chú thích mới' } });
    expect(await callOk(room, 'media.counts', {})).toEqual({ all: 3, uncaptioned: 1 });
    expect(await ids({ filters: { uncaptioned: true } })).toEqual([second.id]);

    // Only the caption counts: credit and alt text alone do not take a photo out of the view.
    await callOk(room, 'media.update', { id: second.id, expectedVersion: 1, patch: { credit: 'T.L', altText: 'Ảnh' } });
    expect(await ids({ filters: { uncaptioned: true } })).toEqual([second.id]);
    await callOk(room, 'media.update', { id: first.id, expectedVersion: captioned.version, patch: { caption: '   ' } });
    expect(await callOk(room, 'media.counts', {})).toEqual({ all: 3, uncaptioned: 2 });
  });
});

describe('editing a photo in place', () => {
  test('an edit bumps the version, re-indexes the photo, and a stale edit is a conflict that changes nothing', async () => {
    room = await openSignedInNewsroom();
    const photo = await addPhoto({ caption: 'Lũ ở miền Trung', keywords: ['thiên tai'] });
    expect(photo.version).toBe(2);
    const edited = await callOk<LibraryPhoto>(room, 'media.update', {
      id: photo.id,
      expectedVersion: 2,
      patch: { caption: 'Hạn mặn ở Bến Tre', credit: 'Lê Hoà', altText: 'Ruộng khô nứt nẻ', keywords: ['hạn hán', 'Bến Tre'] },
    });
    expect(edited).toMatchObject({ version: 3, caption: 'Hạn mặn ở Bến Tre', credit: 'Lê Hoà', altText: 'Ruộng khô nứt nẻ', keywords: ['hạn hán', 'Bến Tre'] });
    expect(await callOk(room, 'media.get', { id: photo.id })).toEqual(edited);

    expect(await ids({ query: 'lu mien' })).toEqual([]);
    expect(await ids({ query: 'thien tai' })).toEqual([]);
    expect(await ids({ query: 'han man ben tre' })).toEqual([photo.id]);
    expect(await ids({ query: 'hoa' })).toEqual([photo.id]);

    const stale = await room.call('media.update', { id: photo.id, expectedVersion: 2, patch: { caption: 'Cũ' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', currentVersion: 3 } });
    expect(await callOk(room, 'media.get', { id: photo.id })).toEqual(edited);
  });

  test('an unknown photo is not_found', async () => {
    room = await openSignedInNewsroom();
    for (const [name, input] of [
      ['media.get', { id: 'c'.repeat(64) }],
      ['media.update', { id: 'c'.repeat(64), expectedVersion: 1, patch: { caption: 'x' } }],
      ['media.rendition', { id: 'c'.repeat(64), size: 'thumbnail' }],
    ] as const) {
      expect(await room.call(name, input)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });
});

describe('who may do what', () => {
  test('a reporter edits the photos they imported, not a colleague’s; the photo desk and editors edit any', async () => {
    room = openTempNewsroom();
    for (const [username, roles] of [
      ['an', ['reporter']],
      ['binh', ['reporter']],
      ['chi', ['photographer']],
      ['dung', ['editor']],
    ] as const) {
      await room.addUser({ username, roles: [...roles] });
    }
    await room.signIn('an');
    const photo = await addPhoto();
    expect(photo.importedBy).toMatchObject({ displayName: 'an' });
    const patch = (caption: string, expectedVersion: number) => room.call('media.update', { id: photo.id, expectedVersion, patch: { caption } });

    expect(await patch('Của An', 1)).toMatchObject({ ok: true, value: { version: 2 } });
    await room.signIn('binh');
    expect(await patch('Của Bình', 2)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await callOk<LibraryPhoto>(room, 'media.get', { id: photo.id })).toMatchObject({ caption: 'Của An', version: 2 });
    await room.signIn('chi');
    expect(await patch('Của Chi', 2)).toMatchObject({ ok: true, value: { version: 3 } });
    await room.signIn('dung');
    expect(await patch('Của Dũng', 3)).toMatchObject({ ok: true, value: { version: 4 } });
  });

  test('every library call needs a signed-in user', async () => {
    room = openTempNewsroom();
    for (const [name, input] of [
      ['media.list', {}],
      ['media.counts', {}],
      ['media.get', { id: 'c'.repeat(64) }],
      ['media.rendition', { id: 'c'.repeat(64) }],
      ['media.update', { id: 'c'.repeat(64), expectedVersion: 1, patch: { caption: 'x' } }],
    ] as const) {
      expect(await room.call(name, input)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
  });
});

describe('upgrading a newsroom that already has photos', () => {
  test('photos stored before the library get empty text, version 1, a search row and a place in the counts', async () => {
    const dataDir = makeTempDir();
    const previous = openDatabase(join(dataDir, DATABASE_FILE), MIGRATIONS.slice(0, 6), silentLogger);
    previous
      .prepare(
        `INSERT INTO media (id, mime_type, width, height, byte_size, file_name, created_at)
         VALUES (?, 'image/jpeg', 120, 80, 1000, 'cu.jpg', '2024-06-28T20:00:00.000Z')`,
      )
      .run('d'.repeat(64));
    previous.close();

    room = await openSignedInNewsroom({ dataDir });
    expect(await callOk(room, 'media.get', { id: 'd'.repeat(64) })).toMatchObject({
      caption: '',
      credit: '',
      keywords: [],
      version: 1,
      importedAt: '2024-06-28T20:00:00.000Z',
      updatedAt: '2024-06-28T20:00:00.000Z',
      importedBy: null,
    });
    expect(await callOk(room, 'media.counts', {})).toEqual({ all: 1, uncaptioned: 1 });
    // Imported 03:00 on 29 June, Vietnam time.
    expect(await ids({ filters: { from: '2024-06-29', to: '2024-06-29' } })).toEqual(['d'.repeat(64)]);
    await callOk(room, 'media.update', { id: 'd'.repeat(64), expectedVersion: 1, patch: { caption: 'Ảnh cũ ở Cà Mau' } });
    expect(await ids({ query: 'ca mau' })).toEqual(['d'.repeat(64)]);
  });
});
