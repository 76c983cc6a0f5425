/**
 * Photoshop image resource blocks (IRB), the container IPTC-IIM lives in inside a JPEG's APP13
 * "Photoshop 3.0" segment (and what sharp's `metadata().iptc` returns). Each resource is
 * "8BIM", a 2-byte id, a Pascal-string name padded to an even length, a 4-byte size and the data
 * padded to an even length.
 */

export const PHOTOSHOP_SIGNATURE = Buffer.from('Photoshop 3.0\0', 'latin1');
/** IPTC-IIM data. */
export const IPTC_RESOURCE_ID = 0x0404;
/** MD5 of the IPTC-IIM data as it was when XMP was last synchronized with it (MWG's "IPTC digest"). */
export const IPTC_DIGEST_RESOURCE_ID = 0x0425;

export interface ImageResource {
  id: number;
  data: Buffer;
}

// Photoshop writes 8BIM; a few old Mac and Photoshop-era tools used these other signatures.
const RESOURCE_SIGNATURES = new Set(['8BIM', 'PHUT', 'AgHg', 'DCSR', 'MeSa']);

/**
 * Reads resources until the data ends or stops making sense; a resource whose size runs past the
 * end is dropped, the ones before it are kept.
 */
export function parseImageResources(block: Buffer): ImageResource[] {
  let offset = block.subarray(0, PHOTOSHOP_SIGNATURE.length).equals(PHOTOSHOP_SIGNATURE) ? PHOTOSHOP_SIGNATURE.length : 0;
  const resources: ImageResource[] = [];
  while (offset + 12 <= block.length) {
    if (!RESOURCE_SIGNATURES.has(block.toString('latin1', offset, offset + 4))) break;
    const id = block.readUInt16BE(offset + 4);
    const nameLength = block[offset + 6]!;
    const sizeOffset = offset + 6 + padToEven(1 + nameLength);
    if (sizeOffset + 4 > block.length) break;
    const size = block.readUInt32BE(sizeOffset);
    const dataStart = sizeOffset + 4;
    if (size > block.length - dataStart) break;
    resources.push({ id, data: block.subarray(dataStart, dataStart + size) });
    offset = dataStart + padToEven(size);
  }
  return resources;
}

/** The payload of an APP13 segment: the "Photoshop 3.0" signature, then each resource unnamed. */
export function buildPhotoshopBlock(resources: readonly ImageResource[]): Buffer {
  const parts: Buffer[] = [PHOTOSHOP_SIGNATURE];
  for (const { id, data } of resources) {
    const header = Buffer.alloc(12);
    header.write('8BIM', 0, 'latin1');
    header.writeUInt16BE(id, 4);
    // bytes 6–7: an empty Pascal name (length 0) plus its padding byte
    header.writeUInt32BE(data.length, 8);
    parts.push(header, data);
    if (data.length % 2 === 1) parts.push(Buffer.alloc(1));
  }
  return Buffer.concat(parts);
}

function padToEven(length: number): number {
  return length + (length % 2);
}
