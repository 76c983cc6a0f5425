import { createHash } from 'node:crypto';
import sharp from 'sharp';

/**
 * Builds real photo files with exactly the EXIF, IPTC and XMP a test needs. The containers are
 * written here by hand (not with the code under test), so a reader bug cannot hide behind a
 * matching writer bug.
 */

// ---------- EXIF (TIFF, little-endian) ----------

type ExifValue = { type: 'ascii'; bytes: Buffer } | { type: 'rational'; values: number[][] };

export interface ExifSpec {
  imageDescription?: string | Buffer;
  artist?: string | Buffer;
  copyright?: string | Buffer;
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
  subSecTimeOriginal?: string;
  gps?: { latitude: number[]; latitudeRef: string; longitude: number[]; longitudeRef: string };
}

const ascii = (value: string | Buffer): ExifValue => ({
  type: 'ascii',
  bytes: Buffer.concat([typeof value === 'string' ? Buffer.from(value, 'utf8') : value, Buffer.from([0])]),
});
// degrees, minutes, seconds as rationals with a denominator of 100
const dms = (values: number[]): ExifValue => ({ type: 'rational', values: values.map((value) => [Math.round(value * 100), 100]) });

export function exifBlock(spec: ExifSpec): Buffer {
  const ifd0 = new Map<number, ExifValue>();
  const exifIfd = new Map<number, ExifValue>();
  const gpsIfd = new Map<number, ExifValue>();
  if (spec.imageDescription !== undefined) ifd0.set(0x010e, ascii(spec.imageDescription));
  if (spec.artist !== undefined) ifd0.set(0x013b, ascii(spec.artist));
  if (spec.copyright !== undefined) ifd0.set(0x8298, ascii(spec.copyright));
  if (spec.dateTimeOriginal !== undefined) exifIfd.set(0x9003, ascii(spec.dateTimeOriginal));
  if (spec.offsetTimeOriginal !== undefined) exifIfd.set(0x9011, ascii(spec.offsetTimeOriginal));
  if (spec.subSecTimeOriginal !== undefined) exifIfd.set(0x9291, ascii(spec.subSecTimeOriginal));
  if (spec.gps) {
    gpsIfd.set(1, ascii(spec.gps.latitudeRef));
    gpsIfd.set(2, dms(spec.gps.latitude));
    gpsIfd.set(3, ascii(spec.gps.longitudeRef));
    gpsIfd.set(4, dms(spec.gps.longitude));
  }
  // IFD0 carries pointers to the EXIF and GPS IFDs, written after it.
  const pointerEntries = (exifIfd.size > 0 ? 1 : 0) + (gpsIfd.size > 0 ? 1 : 0);
  const ifd0Size = ifdSize(ifd0, pointerEntries);
  const exifOffset = 8 + ifd0Size;
  const gpsOffset = exifOffset + (exifIfd.size > 0 ? ifdSize(exifIfd, 0) : 0);
  const pointers = new Map<number, number>();
  if (exifIfd.size > 0) pointers.set(0x8769, exifOffset);
  if (gpsIfd.size > 0) pointers.set(0x8825, gpsOffset);
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]);
  const parts = [Buffer.from('Exif\0\0', 'latin1'), header, writeIfd(ifd0, pointers, 8)];
  if (exifIfd.size > 0) parts.push(writeIfd(exifIfd, new Map(), exifOffset));
  if (gpsIfd.size > 0) parts.push(writeIfd(gpsIfd, new Map(), gpsOffset));
  return Buffer.concat(parts);
}

function valueBytes(value: ExifValue): Buffer {
  if (value.type === 'ascii') return value.bytes;
  const bytes = Buffer.alloc(value.values.length * 8);
  value.values.forEach(([numerator, denominator], index) => {
    bytes.writeUInt32LE(numerator!, index * 8);
    bytes.writeUInt32LE(denominator!, index * 8 + 4);
  });
  return bytes;
}

function ifdSize(entries: Map<number, ExifValue>, pointerEntries: number): number {
  const data = [...entries.values()].map(valueBytes).reduce((sum, bytes) => sum + (bytes.length > 4 ? bytes.length + (bytes.length % 2) : 0), 0);
  return 2 + (entries.size + pointerEntries) * 12 + 4 + data;
}

function writeIfd(entries: Map<number, ExifValue>, pointers: Map<number, number>, offset: number): Buffer {
  const tags = [...new Set([...entries.keys(), ...pointers.keys()])].sort((a, b) => a - b);
  const table = Buffer.alloc(2 + tags.length * 12 + 4);
  table.writeUInt16LE(tags.length, 0);
  const data: Buffer[] = [];
  let dataOffset = offset + table.length;
  tags.forEach((tag, index) => {
    const at = 2 + index * 12;
    table.writeUInt16LE(tag, at);
    const pointer = pointers.get(tag);
    if (pointer !== undefined) {
      table.writeUInt16LE(4, at + 2); // LONG
      table.writeUInt32LE(1, at + 4);
      table.writeUInt32LE(pointer, at + 8);
      return;
    }
    const value = entries.get(tag)!;
    const bytes = valueBytes(value);
    table.writeUInt16LE(value.type === 'ascii' ? 2 : 5, at + 2);
    table.writeUInt32LE(value.type === 'ascii' ? bytes.length : value.values.length, at + 4);
    if (bytes.length <= 4) {
      bytes.copy(table, at + 8);
    } else {
      table.writeUInt32LE(dataOffset, at + 8);
      const padded = bytes.length % 2 ? Buffer.concat([bytes, Buffer.alloc(1)]) : bytes;
      data.push(padded);
      dataOffset += padded.length;
    }
  });
  return Buffer.concat([table, ...data]);
}

// ---------- IPTC-IIM in Photoshop resources ----------

export type IimSpec = [record: number, dataset: number, value: string | Buffer][];
export type DigestSpec = 'matching' | 'stale' | 'none';

export const UTF8_ESCAPE = Buffer.from([0x1b, 0x25, 0x47]);

export function iimBytes(dataSets: IimSpec): Buffer {
  return Buffer.concat(
    dataSets.map(([record, dataset, value]) => {
      const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
      const header = Buffer.from([0x1c, record, dataset, bytes.length >> 8, bytes.length & 0xff]);
      return Buffer.concat([header, bytes]);
    }),
  );
}

export function resource(id: number, data: Buffer): Buffer {
  const header = Buffer.alloc(12);
  header.write('8BIM', 0, 'latin1');
  header.writeUInt16BE(id, 4);
  header.writeUInt32BE(data.length, 8);
  return Buffer.concat([header, data, Buffer.alloc(data.length % 2)]);
}

export function photoshopBlock(iim: Buffer, digest: DigestSpec): Buffer {
  const md5 = createHash('md5').update(iim).digest();
  // a stale digest is what XMP was synchronized with before an old tool edited IIM
  if (digest === 'stale') md5[0] = md5[0]! ^ 0xff;
  const resources = [resource(0x0404, iim), ...(digest === 'none' ? [] : [resource(0x0425, md5)])];
  return Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), ...resources]);
}

// ---------- XMP ----------

/** An XMP packet around the given rdf:Description body, with the usual namespaces bound. */
export function xmpPacket(description: string, attributes = ''): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/"',
    ` ${attributes}>`,
    description,
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

export const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${value}</rdf:li></rdf:Alt>`;
export const seq = (...values: string[]) => `<rdf:Seq>${values.map((value) => `<rdf:li>${value}</rdf:li>`).join('')}</rdf:Seq>`;
export const bag = (...values: string[]) => `<rdf:Bag>${values.map((value) => `<rdf:li>${value}</rdf:li>`).join('')}</rdf:Bag>`;

// ---------- JPEG files ----------

export function segment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

export async function plainJpeg(width = 32, height = 24): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).jpeg().toBuffer();
}

export interface JpegSpec {
  exif?: Buffer;
  iptc?: Buffer;
  xmp?: string | Buffer;
}

/** A real, decodable JPEG with the given blocks placed where writers put them (after SOI). */
export async function jpegWith(spec: JpegSpec): Promise<Buffer> {
  const base = await plainJpeg();
  const segments: Buffer[] = [];
  if (spec.exif) segments.push(segment(0xe1, spec.exif));
  if (spec.xmp !== undefined) {
    const packet = typeof spec.xmp === 'string' ? Buffer.from(spec.xmp, 'utf8') : spec.xmp;
    segments.push(segment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), packet])));
  }
  if (spec.iptc) segments.push(segment(0xed, spec.iptc));
  return Buffer.concat([base.subarray(0, 2), ...segments, base.subarray(2)]);
}

/** Counts the header segments of a JPEG that start with the given marker and signature. */
export function countSegments(jpeg: Buffer, marker: number, signature: string): number {
  let count = 0;
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff && jpeg[offset + 1] !== 0xda) {
    const length = jpeg.readUInt16BE(offset + 2);
    if (jpeg[offset + 1] === marker && jpeg.toString('latin1', offset + 4, offset + 4 + signature.length) === signature) count++;
    offset += 2 + length;
  }
  return count;
}

// ---------- legacy Vietnamese bytes ----------

/**
 * Text as an old Windows tool wrote it in Windows-1258: letters with their shape (â, ă, ơ, ư, đ) as
 * one byte, the tone as a combining byte after the vowel. The byte table is Windows-1258 itself,
 * inverted from the platform's decoder.
 */
export function windows1258Bytes(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map(Array.from({ length: 256 }, (_, byte) => [decoder.decode(Uint8Array.of(byte)), byte] as const));
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const tonesApart = text
    .normalize('NFD')
    .replace(/(\p{L})(\p{M}*)/gu, (_, letter: string, marks: string) => (letter + marks.replace(tones, '')).normalize('NFC') + (marks.match(tones) ?? []).join(''));
  return Buffer.from(
    [...tonesApart].map((char) => {
      const byte = byteOf.get(char);
      if (byte === undefined) throw new Error(`"${char}" is not in Windows-1258`);
      return byte;
    }),
  );
}
