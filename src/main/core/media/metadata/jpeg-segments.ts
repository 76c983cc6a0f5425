/**
 * The marker segments at the head of a JPEG (everything before the scan). Editing metadata means
 * replacing whole segments here; the entropy-coded image data after SOS is carried over byte for
 * byte, so the pixels cannot change.
 */

export interface JpegSegment {
  marker: number;
  /** The whole segment: 0xFF, the marker, the 2-byte length and the payload. */
  bytes: Buffer;
  payload: Buffer;
}

export interface JpegHead {
  segments: JpegSegment[];
  /** From the first marker that is not a length-prefixed header segment (SOS) to the end. */
  rest: Buffer;
}

export const SOI = 0xd8;
export const APP0 = 0xe0;
export const APP1 = 0xe1;
export const APP13 = 0xed;
const SOS = 0xda;
const EOI = 0xd9;
/** A segment's length field counts itself: at most 65535 − 2 bytes of payload. */
export const MAX_SEGMENT_PAYLOAD = 0xffff - 2;

export const XMP_SIGNATURE = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1');
export const EXTENDED_XMP_SIGNATURE = Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1');
export const EXIF_SIGNATURE = Buffer.from('Exif\0\0', 'latin1');

export function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === SOI;
}

/** Splits a JPEG's head into segments; throws on a JPEG whose header structure is broken. */
export function splitJpegHead(jpeg: Buffer): JpegHead {
  if (!isJpeg(jpeg)) throw new TypeError('Not a JPEG: it does not start with SOI.');
  const segments: JpegSegment[] = [];
  let offset = 2;
  for (;;) {
    if (offset + 4 > jpeg.length || jpeg[offset] !== 0xff) throw new TypeError(`Broken JPEG header at byte ${offset}.`);
    const marker = jpeg[offset + 1]!;
    if (marker === SOS || marker === EOI) return { segments, rest: jpeg.subarray(offset) };
    const length = jpeg.readUInt16BE(offset + 2);
    const end = offset + 2 + length;
    if (length < 2 || end > jpeg.length) throw new TypeError(`Broken JPEG segment at byte ${offset}.`);
    segments.push({ marker, bytes: jpeg.subarray(offset, end), payload: jpeg.subarray(offset + 4, end) });
    offset = end;
  }
}

export function makeSegment(marker: number, payload: Buffer): Buffer {
  if (payload.length > MAX_SEGMENT_PAYLOAD) throw new RangeError(`A JPEG segment holds at most ${MAX_SEGMENT_PAYLOAD} bytes.`);
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

export function startsWith(payload: Buffer, signature: Buffer): boolean {
  return payload.length >= signature.length && payload.subarray(0, signature.length).equals(signature);
}
