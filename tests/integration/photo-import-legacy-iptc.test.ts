import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { toTCVN3 } from 'vietnamese-conversion';
import { afterEach, describe, expect, test } from 'vitest';
import type { PhotoImportResult } from '../../src/shared/domain/photo';
import type { User } from '../../src/shared/domain/user';
import { vietnameseScore } from '../../src/shared/text/undeclared-bytes';
import { openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';
import { iimBytes, jpegWith, photoshopBlock, windows1258Bytes, type IimSpec } from './photo-metadata-builders';

/**
 * #15 item 5: captions, credits and the rest written in TCVN3 (ABC) or VNI-Windows by old cameras
 * and scanning software, in IPTC-IIM without a declared character set, arrive in the library as
 * Unicode. The file itself is stored untouched under media/originals, so the legacy bytes are kept
 * there, in the original's own IPTC block.
 */
let room: TempNewsroom & { user: User };
afterEach(() => room.cleanup());

const UNICODE = {
  caption:
    'Lãnh đạo, cán bộ phụ trách Cụm thi đua số 9 tham quan các mô hình, sản phẩm vào chung khảo cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Bạc Liêu lần thứ X (năm 2023 - 2024).',
  credit: 'Đ.K.C',
  creator: 'Đặng Kim Cương',
  city: 'Bạc Liêu',
  keywords: ['hội nghị', 'Đồng Tháp'],
};

/** The same fields in VNI-Windows, written out by hand (the conversion package's VNI encoder loses ỹ and ỷ). */
const VNI = {
  caption:
    'Laõnh ñaïo, caùn boä phuï traùch Cuïm thi ñua soá 9 tham quan caùc moâ hình, saûn phaåm vaøo chung khaûo cuoäc thi Saùng taïo thanh thieáu nieân nhi ñoàng tænh Baïc Lieâu laàn thöù X (naêm 2023 - 2024).',
  credit: 'Ñ.K.C',
  creator: 'Ñaëng Kim Cöông',
  city: 'Baïc Lieâu',
  keywords: ['hoäi nghò', 'Ñoàng Thaùp'],
};

const TCVN3 = {
  caption: toTCVN3(UNICODE.caption, 'unicode'),
  credit: toTCVN3(UNICODE.credit, 'unicode'),
  creator: toTCVN3(UNICODE.creator, 'unicode'),
  city: toTCVN3(UNICODE.city, 'unicode'),
  keywords: UNICODE.keywords.map((keyword) => toTCVN3(keyword, 'unicode')),
};

type Fields = typeof UNICODE;

/** A real JPEG whose IPTC holds the fields as `encode` writes them, with no 1:90 character set. */
function legacyJpeg(fields: Fields, encode: (text: string) => Buffer): Promise<Buffer> {
  const dataSets: IimSpec = [
    [2, 120, encode(fields.caption)],
    [2, 110, encode(fields.credit)],
    [2, 80, encode(fields.creator)],
    [2, 90, encode(fields.city)],
    ...fields.keywords.map((keyword): IimSpec[number] => [2, 25, encode(keyword)]),
  ];
  return jpegWith({ iptc: photoshopBlock(iimBytes(dataSets), 'none') });
}

const singleByte = (text: string) => Buffer.from(text, 'latin1');

async function importPhoto(bytes: Buffer): Promise<PhotoImportResult['photo']> {
  const result = await room.call('media.importPhoto', { fileName: 'may-quet-cu.jpg', data: new Uint8Array(bytes) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as PhotoImportResult).photo;
}

describe('legacy Vietnamese in IPTC is converted on import', () => {
  test.each([
    ['TCVN3', TCVN3],
    ['VNI-Windows', VNI],
  ])('%s caption, credit, byline, city and keywords arrive as Unicode; the original keeps the legacy bytes', async (_name, legacy) => {
    room = await openSignedInNewsroom();
    const file = await legacyJpeg(legacy, singleByte);
    const photo = await importPhoto(file);
    expect(photo).toMatchObject(UNICODE);

    const originals = join(room.dataDir, 'media', 'originals');
    const original = readFileSync(join(originals, readdirSync(originals).find((name) => name.startsWith(photo.id))!));
    expect(original.equals(file)).toBe(true);
    const { iptc } = await sharp(original).metadata();
    expect(iptc?.includes(singleByte(legacy.caption))).toBe(true);
    expect(iptc?.includes(singleByte(legacy.creator))).toBe(true);

    // converted text is searchable like typed text
    const found = await room.call('media.list', { query: 'bac lieu', filters: { photographer: 'dang kim' } });
    expect(found).toMatchObject({ ok: true, value: { items: [{ id: photo.id }] } });
  });

  test('TCVN3 whose bytes also read as Windows-1258 tones ("ChiÒu": i + 0xD2, the combining hook) is still TCVN3', async () => {
    room = await openSignedInNewsroom();
    const sapo = 'Chiều 28/6, tại Bạc Liêu, Cụm thi đua số 9 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm và thảo luận nhiệm vụ 6 tháng cuối năm 2024.';
    const caption = singleByte(toTCVN3(sapo, 'unicode'));
    expect(vietnameseScore(caption)).toBeGreaterThan(0);
    const photo = await importPhoto(await legacyJpeg({ ...TCVN3, caption: caption.toString('latin1') }, singleByte));
    expect(photo).toMatchObject({ ...UNICODE, caption: sapo });
  });

  test('Windows-1258 with many tones stays Windows-1258, though read as Windows-1252 it looks like TCVN3', async () => {
    room = await openSignedInNewsroom();
    const photo = await importPhoto(await legacyJpeg(UNICODE, windows1258Bytes));
    expect(photo).toMatchObject(UNICODE);
  });

  test('Western Windows-1252 text is left as it is', async () => {
    room = await openSignedInNewsroom();
    const western = { caption: 'Café crème à la française, São Paulo et Zürich, naïve façade', credit: 'José Núñez', creator: 'Jürgen Müller', city: 'Besançon', keywords: ['Fête', 'Öl'] };
    const photo = await importPhoto(await legacyJpeg(western, singleByte));
    expect(photo).toMatchObject(western);
  });
});
