import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { readPhotoMetadata } from '../../src/main/core/media/metadata/read-photo-metadata';
import { UTF8_ESCAPE, alt, bag, exifBlock, iimBytes, jpegWith, photoshopBlock, seq, xmpPacket } from './photo-metadata-builders';
import type { DigestSpec, IimSpec } from './photo-metadata-builders';

/** Photo files made here, one per rule of the MWG guidelines (see mwg-reconcile.ts). */

const iptc = (dataSets: IimSpec, digest: DigestSpec) => photoshopBlock(iimBytes(dataSets), digest);
const read = async (spec: Parameters<typeof jpegWith>[0]) => readPhotoMetadata(await jpegWith(spec));

const IPTC_CAPTION: IimSpec = [
  [1, 90, UTF8_ESCAPE],
  [2, 120, 'IPTC caption'],
  [2, 80, 'IPTC By-line'],
  [2, 110, 'IPTC credit'],
  [2, 116, 'IPTC copyright'],
  [2, 25, 'iptc-one'],
  [2, 25, 'iptc-two'],
];
const XMP_CAPTION = xmpPacket(
  [
    `<dc:description>${alt('XMP caption')}</dc:description>`,
    `<dc:creator>${seq('XMP Creator')}</dc:creator>`,
    `<dc:rights>${alt('XMP rights')}</dc:rights>`,
    `<dc:subject>${bag('xmp-one', 'xmp-two', 'xmp-three')}</dc:subject>`,
    '<photoshop:Credit>XMP credit</photoshop:Credit>',
  ].join(''),
);

describe('MWG: EXIF comes first where it has the field', () => {
  test('a non-empty EXIF ImageDescription, Artist and Copyright beat IPTC and XMP in sync', async () => {
    const metadata = await read({
      exif: exifBlock({ imageDescription: 'EXIF caption', artist: 'EXIF Artist', copyright: 'EXIF copyright' }),
      iptc: iptc(IPTC_CAPTION, 'matching'),
      xmp: XMP_CAPTION,
    });
    expect(metadata).toMatchObject({ caption: 'EXIF caption', creator: 'EXIF Artist', copyright: 'EXIF copyright', credit: 'XMP credit' });
  });

  test('an EXIF value of only spaces does not count', async () => {
    const metadata = await read({ exif: exifBlock({ imageDescription: '    ', artist: '' }), xmp: XMP_CAPTION });
    expect(metadata).toMatchObject({ caption: 'XMP caption', creator: 'XMP Creator' });
  });

  test('a camera’s own placeholder description ("OLYMPUS DIGITAL CAMERA") does not count', async () => {
    const metadata = await read({ exif: exifBlock({ imageDescription: 'OLYMPUS DIGITAL CAMERA' }), xmp: XMP_CAPTION });
    expect(metadata.caption).toBe('XMP caption');
  });

  test('EXIF in UTF-8 is read as UTF-8', async () => {
    const metadata = await read({ exif: exifBlock({ imageDescription: 'Lũ về Đồng Tháp', artist: 'Nguyễn Văn A' }) });
    expect(metadata).toMatchObject({ caption: 'Lũ về Đồng Tháp', creator: 'Nguyễn Văn A' });
  });

  test('EXIF that is not valid UTF-8 is decoded as a legacy code page, and XMP (certainly Unicode) is preferred to it', async () => {
    const latin1 = Buffer.from('Café São Paulo', 'latin1');
    expect((await read({ exif: exifBlock({ imageDescription: latin1 }) })).caption).toBe('Café São Paulo');
    expect((await read({ exif: exifBlock({ imageDescription: latin1 }), xmp: XMP_CAPTION })).caption).toBe('XMP caption');
  });

  test('EXIF Copyright with photographer and editor notices keeps both', async () => {
    const metadata = await read({ exif: exifBlock({ copyright: 'Ảnh: TTXVN\0Biên tập: Báo Đồng Tháp' }) });
    expect(metadata.copyright).toBe('Ảnh: TTXVN — Biên tập: Báo Đồng Tháp');
  });
});

describe('MWG: IPTC and XMP are weighed by the IPTC digest', () => {
  test('digest matches the IIM data → in sync → XMP wins', async () => {
    const metadata = await read({ iptc: iptc(IPTC_CAPTION, 'matching'), xmp: XMP_CAPTION });
    expect(metadata).toMatchObject({
      caption: 'XMP caption',
      creator: 'XMP Creator',
      credit: 'XMP credit',
      copyright: 'XMP rights',
      keywords: ['xmp-one', 'xmp-two', 'xmp-three'],
    });
  });

  test('digest differs → IIM was changed by a tool unaware of XMP → IPTC wins', async () => {
    const metadata = await read({ iptc: iptc(IPTC_CAPTION, 'stale'), xmp: XMP_CAPTION });
    expect(metadata).toMatchObject({
      caption: 'IPTC caption',
      creator: 'IPTC By-line',
      credit: 'IPTC credit',
      copyright: 'IPTC copyright',
      keywords: ['iptc-one', 'iptc-two'],
    });
  });

  test('no digest → XMP wins (nothing says IIM is newer, and XMP is the complete Unicode form)', async () => {
    const metadata = await read({ iptc: iptc(IPTC_CAPTION, 'none'), xmp: XMP_CAPTION });
    expect(metadata).toMatchObject({ caption: 'XMP caption', credit: 'XMP credit', keywords: ['xmp-one', 'xmp-two', 'xmp-three'] });
  });

  test('the winner’s empty field falls back to the other source', async () => {
    const metadata = await read({
      iptc: iptc([[2, 105, 'IPTC headline'], [2, 90, 'Cần Thơ']], 'matching'),
      xmp: xmpPacket(`<dc:description>${alt('XMP caption')}</dc:description>`),
    });
    expect(metadata).toMatchObject({ caption: 'XMP caption', headline: 'IPTC headline', city: 'Cần Thơ' });
  });

  test('an IIM value cut at its limit is recovered whole from XMP even when IPTC wins', async () => {
    const full = `Người dân Đồng Tháp chạy lũ. ${'Nước dâng cao từng giờ. '.repeat(120)}Ảnh: C.K`;
    const fullCredit = 'Thông tấn xã Việt Nam (TTXVN) – Ảnh: Nguyễn Văn A';
    const cut = (text: string, limit: number) => new TextDecoder().decode(Buffer.from(text).subarray(0, limit)).replace(/\uFFFD$/, '');
    const metadata = await read({
      iptc: iptc([[1, 90, UTF8_ESCAPE], [2, 120, cut(full, 2000)], [2, 110, cut(fullCredit, 32)]], 'stale'),
      xmp: xmpPacket(`<dc:description>${alt(full)}</dc:description><photoshop:Credit>${fullCredit}</photoshop:Credit>`),
    });
    expect(metadata.caption).toBe(full);
    expect(metadata.credit).toBe(fullCredit);
  });

  test('an IIM value below its limit is not “recovered” when IPTC wins, even if XMP continues it', async () => {
    const metadata = await read({
      iptc: iptc([[2, 120, 'Short caption']], 'stale'),
      xmp: xmpPacket(`<dc:description>${alt('Short caption, later rewritten in XMP')}</dc:description>`),
    });
    expect(metadata.caption).toBe('Short caption');
  });
});

describe('IPTC text is decoded correctly whether or not UTF-8 is declared', () => {
  const caption = 'Thủ tướng thăm Đà Nẵng, người dân đón chào';

  test('declared UTF-8 (1:90 = ESC % G)', async () => {
    expect((await read({ iptc: iptc([[1, 90, UTF8_ESCAPE], [2, 120, caption]], 'none') })).caption).toBe(caption);
  });

  test('undeclared UTF-8 Vietnamese (valid UTF-8 is taken as UTF-8)', async () => {
    expect((await read({ iptc: iptc([[2, 120, caption], [2, 80, 'Trần Thị Bích']], 'none') })).caption).toBe(caption);
  });

  test('undeclared Latin-1 (Windows-1252)', async () => {
    const metadata = await read({ iptc: iptc([[2, 120, Buffer.from('Café à São Paulo — Müller', 'latin1')], [2, 80, Buffer.from('José Núñez', 'latin1')]], 'none') });
    // "—" is not in Latin-1; Buffer's latin1 encoding writes its low byte (0x14), a control character that is dropped
    expect(metadata).toMatchObject({ caption: 'Café à São Paulo  Müller', creator: 'José Núñez' });
  });

  test('undeclared Windows-1258 from old Vietnamese tools (combining tones compose to NFC)', async () => {
    // "Đà Nẵng" in Windows-1258: Đ=D0 à=E0 N ă=E3 +tilde=DE n g
    const daNang = Buffer.from([0xd0, 0xe0, 0x20, 0x4e, 0xe3, 0xde, 0x6e, 0x67]);
    // "Hội An": H ô=F4 +dot below=F2 i A n
    const hoiAn = Buffer.from([0x48, 0xf4, 0xf2, 0x69, 0x20, 0x41, 0x6e]);
    const metadata = await read({ iptc: iptc([[2, 120, daNang], [2, 90, hoiAn]], 'none') });
    expect(metadata).toMatchObject({ caption: 'Đà Nẵng', city: 'Hội An' });
    expect(metadata.caption).toBe(metadata.caption.normalize('NFC'));
  });

  test('values come out NFC and trimmed, whichever form the file had', async () => {
    const metadata = await read({
      iptc: iptc([[2, 120, `  ${caption.normalize('NFD')}  `]], 'none'),
      xmp: xmpPacket('', `photoshop:City="  ${'Huế'.normalize('NFD')} "`),
    });
    expect(metadata).toMatchObject({ caption, city: 'Huế' });
  });
});

describe('keywords, dates and places', () => {
  test('keywords: repeated IPTC 2:25 or the XMP dc:subject bag, without duplicates', async () => {
    const keywords: IimSpec = [[2, 25, 'lũ lụt'], [2, 25, 'Đồng Tháp'], [2, 25, 'lũ lụt']];
    expect((await read({ iptc: iptc(keywords, 'none') })).keywords).toEqual(['lũ lụt', 'Đồng Tháp']);
    const xmp = xmpPacket(`<dc:subject>${bag('mùa nước nổi', 'An Giang')}</dc:subject>`);
    expect((await read({ iptc: iptc(keywords, 'matching'), xmp })).keywords).toEqual(['mùa nước nổi', 'An Giang']);
  });

  test('EXIF DateTimeOriginal with OffsetTimeOriginal and SubSecTimeOriginal', async () => {
    const exif = exifBlock({ dateTimeOriginal: '2024:06:29 16:49:05', offsetTimeOriginal: '+07:00', subSecTimeOriginal: '25' });
    expect((await read({ exif })).takenAt).toBe('2024-06-29T16:49:05.25+07:00');
  });

  test('EXIF DateTimeOriginal without an offset stays local wall-clock time, and beats IPTC and XMP', async () => {
    const metadata = await read({
      exif: exifBlock({ dateTimeOriginal: '2024:06:29 16:49:05' }),
      iptc: iptc([[2, 55, '20240101'], [2, 60, '101010+0700']], 'none'),
      xmp: xmpPacket('<photoshop:DateCreated>2024-02-02T02:02:02+07:00</photoshop:DateCreated>'),
    });
    expect(metadata.takenAt).toBe('2024-06-29T16:49:05');
  });

  test('IPTC 2:55 + 2:60 with its offset, when XMP has no date', async () => {
    expect((await read({ iptc: iptc([[2, 55, '20240629'], [2, 60, '164905+0700']], 'none') })).takenAt).toBe('2024-06-29T16:49:05+07:00');
    expect((await read({ iptc: iptc([[2, 55, '20240629']], 'none') })).takenAt).toBe('2024-06-29');
  });

  test('XMP photoshop:DateCreated wins over IPTC when in sync; a date-only XMP value takes IPTC’s time for that day', async () => {
    const dated = iptc([[2, 55, '20240629'], [2, 60, '164905+0700']], 'matching');
    const other = xmpPacket('<photoshop:DateCreated>2024-07-01T08:00:00+07:00</photoshop:DateCreated>');
    expect((await read({ iptc: dated, xmp: other })).takenAt).toBe('2024-07-01T08:00:00+07:00');
    const sameDay = xmpPacket('<photoshop:DateCreated>2024-06-29</photoshop:DateCreated>');
    expect((await read({ iptc: dated, xmp: sameDay })).takenAt).toBe('2024-06-29T16:49:05+07:00');
  });

  test('nonsense dates are no dates', async () => {
    expect((await read({ exif: exifBlock({ dateTimeOriginal: '0000:00:00 00:00:00' }) })).takenAt).toBeNull();
    expect((await read({ iptc: iptc([[2, 55, '20241341']], 'none') })).takenAt).toBeNull();
  });

  test('EXIF GPS: south and west are negative', async () => {
    const exif = exifBlock({ gps: { latitude: [33, 52, 4.1], latitudeRef: 'S', longitude: [151, 12, 26.5], longitudeRef: 'E' } });
    const sydney = (await read({ exif })).gps!;
    expect(sydney.latitude).toBeCloseTo(-(33 + 52 / 60 + 4.1 / 3600), 6);
    expect(sydney.longitude).toBeCloseTo(151 + 12 / 60 + 26.5 / 3600, 6);
    const west = exifBlock({ gps: { latitude: [10, 46, 30], latitudeRef: 'N', longitude: [74, 0, 21], longitudeRef: 'W' } });
    expect((await read({ exif: west })).gps).toEqual({ latitude: 10 + 46 / 60 + 30 / 3600, longitude: -(74 + 21 / 3600) });
  });

  test('XMP exif:GPSLatitude/GPSLongitude in the "DDD,MM.mmk" and "DDD,MM,SSk" forms', async () => {
    const xmp = xmpPacket('<exif:GPSLatitude>10,30.5N</exif:GPSLatitude><exif:GPSLongitude>106,40,12W</exif:GPSLongitude>');
    const gps = (await read({ xmp })).gps!;
    expect(gps.latitude).toBeCloseTo(10 + 30.5 / 60, 9);
    expect(gps.longitude).toBeCloseTo(-(106 + 40 / 60 + 12 / 3600), 9);
  });

  test('headline and city from IPTC or XMP, written as elements or as attributes', async () => {
    const metadata = await read({ xmp: xmpPacket('<photoshop:Headline>Lũ về miền Tây</photoshop:Headline>', 'photoshop:City="Cần Thơ"') });
    expect(metadata).toMatchObject({ headline: 'Lũ về miền Tây', city: 'Cần Thơ' });
  });
});

describe('other formats: sharp finds the blocks, the same parsers read them', () => {
  const packet = xmpPacket(`<dc:description>${alt('Chợ nổi Cái Răng')}</dc:description><dc:subject>${bag('Cần Thơ')}</dc:subject>`);
  const image = () => sharp({ create: { width: 16, height: 16, channels: 3, background: '#808080' } });

  // libvips writes EXIF strings as ASCII (it transliterates), so the EXIF here stays ASCII.
  test('PNG with XMP (iTXt) and EXIF (eXIf)', async () => {
    const png = await image().withExif({ IFD0: { Artist: 'Le Van B' } }).withXmp(packet).png().toBuffer();
    expect(await readPhotoMetadata(png)).toMatchObject({ caption: 'Chợ nổi Cái Răng', keywords: ['Cần Thơ'], creator: 'Le Van B' });
  });

  test('WebP with XMP and EXIF chunks', async () => {
    const webp = await image().withExif({ IFD0: { Artist: 'Le Van B' } }).withXmp(packet).webp().toBuffer();
    expect(await readPhotoMetadata(webp)).toMatchObject({ caption: 'Chợ nổi Cái Răng', keywords: ['Cần Thơ'], creator: 'Le Van B' });
  });
});
