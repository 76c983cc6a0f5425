import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { embedPhotoMetadata } from '../../src/main/core/media/metadata/embed-photo-metadata';
import { parseIimDataSets } from '../../src/main/core/media/metadata/iptc-iim';
import { parseImageResources } from '../../src/main/core/media/metadata/photoshop-irb';
import { readPhotoMetadata } from '../../src/main/core/media/metadata/read-photo-metadata';
import { SHARED_FIXTURES } from '../helpers/seed-article';
import { countSegments, plainJpeg, segment } from './photo-metadata-builders';

const credits = {
  caption: 'Người dân xã Tân Hòa (Đồng Tháp) gia cố bờ bao trước lũ <đỉnh> & "triều cường". Ảnh: C.K',
  credit: 'Báo Đồng Tháp',
  creator: 'Nguyễn Văn A',
  copyright: '© 2024 Báo Đồng Tháp',
};

/** A web rendition as the import pipeline makes it: sharp output, metadata stripped. */
async function rendition(): Promise<Buffer> {
  const gradient = Buffer.alloc(48 * 32 * 3);
  for (let i = 0; i < gradient.length; i++) gradient[i] = (i * 7) % 256;
  return sharp(gradient, { raw: { width: 48, height: 32, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

async function pixels(jpeg: Buffer): Promise<Buffer> {
  return sharp(jpeg).raw().toBuffer();
}

/** The IIM datasets and stored digest of a file, read through sharp as any reader would. */
async function iimOf(jpeg: Buffer) {
  const resources = parseImageResources((await sharp(jpeg).metadata()).iptc!);
  const iim = resources.find((r) => r.id === 0x0404)!.data;
  const digest = resources.find((r) => r.id === 0x0425)!.data;
  const value = (record: number, dataset: number) => parseIimDataSets(iim).find((d) => d.record === record && d.dataset === dataset)?.value;
  return { iim, digest, value };
}

/** "marker:first four payload bytes" of each header segment, e.g. "e1:Exif". */
function headMarkers(jpeg: Buffer): string[] {
  const markers: string[] = [];
  for (let offset = 2; jpeg[offset + 1] !== 0xda; offset += 2 + jpeg.readUInt16BE(offset + 2)) {
    markers.push(`${jpeg[offset + 1]!.toString(16)}:${jpeg.toString('latin1', offset + 4, offset + 8)}`);
  }
  return markers;
}

describe('embedding credits in a published rendition', () => {
  test('what was embedded reads back, Vietnamese and XML special characters intact', async () => {
    const out = await embedPhotoMetadata(await rendition(), credits);
    expect(await readPhotoMetadata(out)).toMatchObject(credits);
    const xmp = (await sharp(out).metadata()).xmp!.toString('utf8');
    expect(xmp).toContain('&lt;đỉnh&gt; &amp; &quot;triều cường&quot;');
  });

  test('IIM is declared UTF-8, each value within its limit, and the digest is the MD5 of the IIM data', async () => {
    const longCaption = `${'Lũ đầu nguồn về sớm, nước sông Tiền dâng cao. '.repeat(60)}Ảnh: C.K`;
    const longCredit = 'Thông tấn xã Việt Nam – Ban Biên tập Ảnh';
    const out = await embedPhotoMetadata(await rendition(), { ...credits, caption: longCaption, credit: longCredit });
    const { iim, digest, value } = await iimOf(out);
    expect(value(1, 90)).toEqual(Buffer.from([0x1b, 0x25, 0x47]));
    expect(digest).toEqual(createHash('md5').update(iim).digest());
    const caption = value(2, 120)!;
    const credit = value(2, 110)!;
    expect(caption.length).toBeLessThanOrEqual(2000);
    expect(credit.length).toBeLessThanOrEqual(32);
    // cut at a character boundary: valid UTF-8, a prefix of the full value
    expect(longCaption.startsWith(new TextDecoder('utf-8', { fatal: true }).decode(caption))).toBe(true);
    expect(longCredit.startsWith(new TextDecoder('utf-8', { fatal: true }).decode(credit))).toBe(true);
    // the full values survive through XMP
    expect(await readPhotoMetadata(out)).toMatchObject({ caption: longCaption, credit: longCredit });
  });

  test('the image is untouched: same pixels, same scan data, still decodes', async () => {
    const input = await rendition();
    const out = await embedPhotoMetadata(input, credits);
    expect((await pixels(out)).equals(await pixels(input))).toBe(true);
    const scan = (jpeg: Buffer) => jpeg.subarray(jpeg.indexOf(Buffer.from([0xff, 0xda])));
    expect(scan(out).equals(scan(input))).toBe(true);
    expect(await sharp(out).metadata()).toMatchObject({ format: 'jpeg', width: 48, height: 32 });
  });

  test('embedding again replaces the metadata instead of adding segments', async () => {
    const once = await embedPhotoMetadata(await rendition(), credits);
    const twice = await embedPhotoMetadata(once, { ...credits, caption: 'Chú thích mới', credit: 'TTXVN' });
    expect(countSegments(twice, 0xe1, 'http://ns.adobe.com/xap/1.0/')).toBe(1);
    expect(countSegments(twice, 0xed, 'Photoshop 3.0')).toBe(1);
    expect(await readPhotoMetadata(twice)).toMatchObject({ caption: 'Chú thích mới', credit: 'TTXVN', creator: credits.creator });
  });

  test('a file that already has IPTC and XMP (PhotoMechanic.jpg) gets ours instead, pixels unchanged', async () => {
    const input = readFileSync(resolve(SHARED_FIXTURES, 'photos', 'PhotoMechanic.jpg'));
    const out = await embedPhotoMetadata(input, credits);
    expect(countSegments(out, 0xe1, 'http://ns.adobe.com/xap/1.0/')).toBe(1);
    expect(countSegments(out, 0xed, 'Photoshop 3.0')).toBe(1);
    expect(await readPhotoMetadata(out)).toMatchObject({ ...credits, keywords: [] });
    expect((await pixels(out)).equals(await pixels(input))).toBe(true);
  });

  test('JFIF and EXIF stay first; XMP and IPTC follow them', async () => {
    // sharp writes no JFIF segment; other encoders do
    const jfif = segment(0xe0, Buffer.from([...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]));
    const plain = await rendition();
    const withJfif = await embedPhotoMetadata(Buffer.concat([plain.subarray(0, 2), jfif, plain.subarray(2)]), credits);
    expect(headMarkers(withJfif).slice(0, 3)).toEqual(['e0:JFIF', 'e1:http', 'ed:Phot']);
    const withExif = await sharp(await plainJpeg()).withExif({ IFD0: { Make: 'Newsdesk' } }).jpeg().toBuffer();
    const out = await embedPhotoMetadata(withExif, credits);
    expect(headMarkers(out).slice(0, 3)).toEqual(['e1:Exif', 'e1:http', 'ed:Phot']);
    expect((await sharp(out).metadata()).exif).toBeDefined();
  });

  test('empty credits write no empty properties, and a caption too long for one XMP segment is shortened to fit', async () => {
    const bare = await embedPhotoMetadata(await rendition(), { caption: '', credit: '', creator: '', copyright: '' });
    expect(await readPhotoMetadata(bare)).toMatchObject({ caption: '', credit: '', creator: '', copyright: '' });
    const huge = 'ữ'.repeat(40_000);
    const out = await embedPhotoMetadata(await rendition(), { ...credits, caption: huge });
    const caption = (await readPhotoMetadata(out)).caption;
    expect(caption.length).toBeGreaterThan(10_000);
    expect(huge.startsWith(caption)).toBe(true);
  });

  test('bytes that are not a JPEG are refused (a caller error, not bad metadata)', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer();
    await expect(embedPhotoMetadata(png, credits)).rejects.toThrow(/not a jpeg/i);
  });
});
