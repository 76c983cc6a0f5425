import { describe, expect, test } from 'vitest';
import { readExifFields } from '../../src/main/core/media/metadata/exif-fields';
import { parseIimDataSets } from '../../src/main/core/media/metadata/iptc-iim';
import { readIptcFields } from '../../src/main/core/media/metadata/iptc-fields';
import { parseImageResources } from '../../src/main/core/media/metadata/photoshop-irb';
import { readPhotoMetadata } from '../../src/main/core/media/metadata/read-photo-metadata';
import { MAX_XMP_BYTES, readXmpFields } from '../../src/main/core/media/metadata/xmp-fields';
import { alt, exifBlock, iimBytes, jpegWith, photoshopBlock, resource, xmpPacket } from './photo-metadata-builders';

/** Broken and hostile metadata: nothing throws, and what can be read still is. */

const EMPTY = { caption: '', headline: '', creator: '', credit: '', copyright: '', keywords: [], takenAt: null, city: '', gps: null };
const goodIptc = () => photoshopBlock(iimBytes([[2, 120, 'IPTC caption'], [2, 110, 'IPTC credit']]), 'none');
const goodXmp = xmpPacket(`<dc:description>${alt('XMP caption')}</dc:description>`);

describe('bytes that are not a photo', () => {
  test.each([
    ['empty', Buffer.alloc(0)],
    ['text', Buffer.from('not a photo at all')],
    ['a JPEG start and nothing else', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00])],
  ])('%s gives empty metadata', async (_name, bytes) => {
    expect(await readPhotoMetadata(bytes)).toEqual(EMPTY);
  });
});

describe('broken IPTC', () => {
  test('an APP13 cut short inside a resource: no throw, the XMP still reads', async () => {
    const cut = goodIptc().subarray(0, 30);
    expect(await readPhotoMetadata(await jpegWith({ iptc: cut, xmp: goodXmp }))).toMatchObject({ caption: 'XMP caption', credit: '' });
  });

  test('a resource claiming more bytes than there are is dropped; the resources before it are kept', () => {
    const iim = resource(0x0404, iimBytes([[2, 120, 'kept']]));
    const liar = Buffer.from('8BIM\x04\x25\0\0\x7f\xff\xff\xff', 'latin1');
    const block = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), iim, liar, Buffer.alloc(8)]);
    expect(parseImageResources(block).map((r) => r.id)).toEqual([0x0404]);
    expect(readIptcFields(block).caption?.text).toBe('kept');
  });

  test('a resource name length running past the end, and a block of only the signature', () => {
    const badName = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), Buffer.from('8BIM\x04\x04\xff', 'latin1'), Buffer.alloc(6)]);
    expect(parseImageResources(badName)).toEqual([]);
    expect(readIptcFields(Buffer.from('Photoshop 3.0\0', 'latin1')).caption).toBeNull();
  });

  test('IIM datasets with lengths beyond the data, or an absurd extended length, stop the parse cleanly', () => {
    const good = iimBytes([[2, 120, 'first']]);
    const tooLong = Buffer.from([0x1c, 2, 110, 0x7f, 0xff, 0x41]);
    const extended = Buffer.from([0x1c, 2, 80, 0x80, 0x08, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIimDataSets(Buffer.concat([good, tooLong])).map((d) => d.dataset)).toEqual([120]);
    expect(parseIimDataSets(Buffer.concat([good, extended])).map((d) => d.dataset)).toEqual([120]);
    expect(parseIimDataSets(Buffer.from([0x1c, 2]))).toEqual([]);
  });

  test('a file whose IPTC resource is garbage still gives its EXIF', async () => {
    const garbage = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource(0x0404, Buffer.from([0x1c, 0x1c, 0x1c, 0xff, 0xff]))]);
    const metadata = await readPhotoMetadata(await jpegWith({ iptc: garbage, exif: exifBlock({ imageDescription: 'EXIF caption' }) }));
    expect(metadata.caption).toBe('EXIF caption');
  });
});

describe('hostile XMP', () => {
  test('a DOCTYPE with nested entities (billion laughs) is dropped whole, nothing expanded', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE x:xmpmeta [',
      ' <!ENTITY a "hahahahahahahahahaha">',
      ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`),
      ']>',
    ].join('\n');
    const packet = xmpPacket(`<dc:description>${alt('&j;')}</dc:description><photoshop:Credit>credit</photoshop:Credit>`);
    const fields = readXmpFields(Buffer.from(laughs + packet.replace(/^<\?xpacket[^>]*>/, '')));
    expect(fields.description).toBe('');
    expect(fields.credit).toBe('');
  });

  test('an external entity (XXE) is never fetched or read', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${xmpPacket(`<dc:description>${alt('&xxe;')}</dc:description>`).replace(/^<\?xpacket[^>]*>/, '')}`;
    const metadata = await readPhotoMetadata(await jpegWith({ xmp: xxe, iptc: goodIptc() }));
    expect(metadata.caption).toBe('IPTC caption');
    expect(JSON.stringify(metadata)).not.toContain('root:');
  });

  test('an undefined entity without a DOCTYPE stops the parse; what came before it is kept', () => {
    const packet = xmpPacket(`<photoshop:Credit>before</photoshop:Credit><dc:description>${alt('&nope;')}</dc:description>`);
    expect(readXmpFields(Buffer.from(packet))).toMatchObject({ credit: 'before', description: '' });
  });

  test('1 MB of junk in the XMP segment: no throw, the IPTC still reads', async () => {
    const junk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 31 + 7) % 251;
    expect(readXmpFields(junk)).toMatchObject({ description: '', subject: [] });
    const junkXml = Buffer.from(`<x:xmpmeta xmlns:x="adobe:ns:meta/">${'<a><b>'.repeat(100_000)}`);
    expect(readXmpFields(junkXml).description).toBe('');
    // a JPEG segment holds at most 64 KiB, so the file carries its first part
    const metadata = await readPhotoMetadata(await jpegWith({ xmp: junk.subarray(0, 60_000), iptc: goodIptc() }));
    expect(metadata.caption).toBe('IPTC caption');
  });

  test('packets beyond the size bound are ignored; values are bounded', () => {
    expect(readXmpFields(Buffer.alloc(MAX_XMP_BYTES + 1, 0x20)).description).toBe('');
    const long = readXmpFields(Buffer.from(xmpPacket(`<dc:description>${alt('x'.repeat(200_000))}</dc:description>`)));
    expect(long.description.length).toBeLessThanOrEqual(64 * 1024);
  });

  test('properties are matched by namespace, not by prefix', () => {
    const packet = xmpPacket('<d:description xmlns:d="http://purl.org/dc/elements/1.1/"><rdf:Alt><rdf:li xml:lang="x-default">any prefix</rdf:li></rdf:Alt></d:description><dcx:description xmlns:dcx="urn:not-dc">wrong namespace</dcx:description>');
    expect(readXmpFields(Buffer.from(packet)).description).toBe('any prefix');
  });
});

describe('zero-length and broken blocks', () => {
  test('empty EXIF, IPTC and XMP segments give empty metadata', async () => {
    const metadata = await readPhotoMetadata(await jpegWith({ exif: Buffer.from('Exif\0\0', 'latin1'), iptc: Buffer.from('Photoshop 3.0\0', 'latin1'), xmp: '' }));
    expect(metadata).toEqual(EMPTY);
  });

  test('the parsers take empty or missing blocks', () => {
    expect(readExifFields(Buffer.alloc(0)).imageDescription).toBeNull();
    expect(readExifFields(undefined).takenAt).toBeNull();
    expect(readIptcFields(Buffer.alloc(0)).keywords).toEqual([]);
    expect(readXmpFields(Buffer.alloc(0)).creators).toEqual([]);
  });

  test('EXIF with offsets pointing outside the block gives what it can', () => {
    const exif = exifBlock({ imageDescription: 'a description long enough to live outside the entry', artist: 'Ann' });
    // point IFD0's first entry (ImageDescription) far beyond the end
    exif.writeUInt32LE(0x7fffffff, 6 + 8 + 2 + 8);
    expect(() => readExifFields(exif)).not.toThrow();
    const truncated = exifBlock({ dateTimeOriginal: '2024:06:29 16:49:05', gps: { latitude: [10, 0, 0], latitudeRef: 'N', longitude: [106, 0, 0], longitudeRef: 'E' } }).subarray(0, 40);
    expect(() => readExifFields(truncated)).not.toThrow();
  });
});
