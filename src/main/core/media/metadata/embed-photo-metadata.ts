import { cleanText } from './metadata-text';
import { buildIptcPhotoshopBlock } from './iptc-block';
import { APP0, APP1, APP13, EXIF_SIGNATURE, EXTENDED_XMP_SIGNATURE, MAX_SEGMENT_PAYLOAD, XMP_SIGNATURE, makeSegment, splitJpegHead, startsWith } from './jpeg-segments';
import type { JpegSegment } from './jpeg-segments';
import { PHOTOSHOP_SIGNATURE } from './photoshop-irb';
import type { PublishedPhotoCredits } from './photo-metadata';
import { buildXmpPacket } from './xmp-packet';
import type { XmpCredits } from './xmp-packet';

/**
 * Returns the JPEG with the credits written as XMP (full values, UTF-8) and as IPTC-IIM in an APP13
 * Photoshop block (declared UTF-8, cut to IIM's limits, with the IPTC digest). Only header segments
 * change: existing XMP and Photoshop APP13 segments are dropped, the new ones go right after
 * JFIF/EXIF, and every other byte — the image data above all — is copied as it was.
 * Throws only when `jpeg` is not a JPEG (a caller error, not bad metadata).
 */
export async function embedPhotoMetadata(jpeg: Buffer, credits: PublishedPhotoCredits): Promise<Buffer> {
  const { segments, rest } = splitJpegHead(jpeg);
  const clean = cleanCredits(credits);
  const kept = segments.filter((segment) => !isXmp(segment) && !isPhotoshop(segment));
  const at = leadingJfifAndExif(kept);
  const inserted = [makeSegment(APP1, xmpPayload(clean)), makeSegment(APP13, buildIptcPhotoshopBlock(clean))];
  return Buffer.concat([jpeg.subarray(0, 2), ...kept.slice(0, at).map((s) => s.bytes), ...inserted, ...kept.slice(at).map((s) => s.bytes), rest]);
}

function cleanCredits(credits: PublishedPhotoCredits): XmpCredits {
  return { caption: cleanText(credits.caption), credit: cleanText(credits.credit), creator: cleanText(credits.creator), copyright: cleanText(credits.copyright) };
}

/**
 * XMP in JPEG must fit one APP1 segment (extended XMP exists but few readers follow it). Only a
 * caption tens of kilobytes long could overflow; it is shortened until the packet fits.
 */
function xmpPayload(credits: XmpCredits): Buffer {
  const room = MAX_SEGMENT_PAYLOAD - XMP_SIGNATURE.length;
  let caption = credits.caption;
  for (;;) {
    const packet = Buffer.from(buildXmpPacket({ ...credits, caption }), 'utf8');
    if (packet.length <= room) return Buffer.concat([XMP_SIGNATURE, packet]);
    caption = [...caption].slice(0, -Math.max(1, Math.ceil((packet.length - room) / 4))).join('');
  }
}

function isXmp(segment: JpegSegment): boolean {
  return segment.marker === APP1 && (startsWith(segment.payload, XMP_SIGNATURE) || startsWith(segment.payload, EXTENDED_XMP_SIGNATURE));
}

function isPhotoshop(segment: JpegSegment): boolean {
  return segment.marker === APP13 && startsWith(segment.payload, PHOTOSHOP_SIGNATURE);
}

/** JFIF (APP0) and EXIF (APP1) must stay first: readers look for them right after SOI. */
function leadingJfifAndExif(segments: readonly JpegSegment[]): number {
  let index = 0;
  while (index < segments.length) {
    const segment = segments[index]!;
    const leading = segment.marker === APP0 || (segment.marker === APP1 && startsWith(segment.payload, EXIF_SIGNATURE));
    if (!leading) break;
    index++;
  }
  return index;
}
