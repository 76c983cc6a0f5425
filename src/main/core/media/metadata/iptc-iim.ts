import { createHash } from 'node:crypto';

/**
 * IPTC-IIM (Information Interchange Model 4.2) datasets: 0x1C, record number, dataset number, a
 * 2-byte length (or, with its top bit set, the count of the length bytes that follow), the value.
 */

export interface IimDataSet {
  record: number;
  dataset: number;
  value: Buffer;
}

/** The datasets Newsdesk reads or writes, as [record, dataset]. */
export const IIM = {
  modelVersion: [1, 0],
  codedCharacterSet: [1, 90],
  recordVersion: [2, 0],
  keywords: [2, 25],
  dateCreated: [2, 55],
  timeCreated: [2, 60],
  byline: [2, 80],
  city: [2, 90],
  headline: [2, 105],
  credit: [2, 110],
  copyright: [2, 116],
  caption: [2, 120],
} as const satisfies Record<string, readonly [number, number]>;

/** IIM 4.2's maximum lengths in bytes (the full values stay in XMP). */
export const IIM_LIMITS = {
  caption: 2000,
  headline: 256,
  byline: 32,
  credit: 32,
  copyright: 128,
  city: 32,
  keyword: 64,
} as const;

/** 1:90 CodedCharacterSet value declaring UTF-8 (ISO 2022 escape "ESC % G"). */
export const UTF8_DECLARATION = Buffer.from([0x1b, 0x25, 0x47]);

const TAG_MARKER = 0x1c;
// Extended lengths of more than 4 bytes would describe values larger than any APP13 can hold.
const MAX_LENGTH_BYTES = 4;

/** Reads datasets until the data ends or stops making sense; what came before is kept. */
export function parseIimDataSets(block: Buffer): IimDataSet[] {
  const dataSets: IimDataSet[] = [];
  let offset = 0;
  while (offset + 5 <= block.length && block[offset] === TAG_MARKER) {
    const record = block[offset + 1]!;
    const dataset = block[offset + 2]!;
    const lengthField = block.readUInt16BE(offset + 3);
    let valueStart = offset + 5;
    let length = lengthField;
    if (lengthField & 0x8000) {
      const lengthBytes = lengthField & 0x7fff;
      if (lengthBytes === 0 || lengthBytes > MAX_LENGTH_BYTES || valueStart + lengthBytes > block.length) break;
      length = block.readUIntBE(valueStart, lengthBytes);
      valueStart += lengthBytes;
    }
    if (length > block.length - valueStart) break;
    dataSets.push({ record, dataset, value: block.subarray(valueStart, valueStart + length) });
    offset = valueStart + length;
  }
  return dataSets;
}

export function buildIimDataSets(dataSets: readonly IimDataSet[]): Buffer {
  const parts: Buffer[] = [];
  for (const { record, dataset, value } of dataSets) {
    const header = Buffer.from([TAG_MARKER, record, dataset, 0, 0]);
    // Everything Newsdesk writes is capped far below 32 KiB, so the short length form always fits.
    header.writeUInt16BE(value.length, 3);
    parts.push(header, value);
  }
  return Buffer.concat(parts);
}

/** The MWG "IPTC digest": MD5 over the IIM data exactly as stored in resource 0x0404. */
export function iptcDigest(iimBlock: Buffer): Buffer {
  return createHash('md5').update(iimBlock).digest();
}

/**
 * Cuts UTF-8 text to at most `limit` bytes without splitting a character (a cut through a
 * multi-byte sequence would leave a reader with a broken last letter).
 */
export function truncateUtf8(text: string, limit: number): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= limit) return bytes;
  let end = limit;
  // step back off UTF-8 continuation bytes (10xxxxxx) to the start of the cut character
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

export function matches(dataSet: IimDataSet, [record, dataset]: readonly [number, number]): boolean {
  return dataSet.record === record && dataSet.dataset === dataset;
}
