import { MAX_KEYWORDS } from '../../../shared/domain/photo';
import { nfc } from '../../../shared/text/nfc';
import type { PhotoMetadata } from './metadata/photo-metadata';

/** The same bounds `media.update` accepts, so text taken from a file can always be saved back. */
const LIMITS = { caption: 2000, headline: 300, creator: 200, credit: 200, copyright: 300, city: 200, keyword: 100 };

const clean = (text: string, max: number) => nfc(text).trim().slice(0, max);

const validGps = (gps: PhotoMetadata['gps']): PhotoMetadata['gps'] =>
  gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude) && Math.abs(gps.latitude) <= 90 && Math.abs(gps.longitude) <= 180
    ? gps
    : null;

/**
 * A file's own metadata made fit for the library: NFC, trimmed, within the edit limits, keywords
 * without blanks or repeats. Files carry whatever their software wrote; the library keeps its rules.
 */
export function importedText(metadata: PhotoMetadata): PhotoMetadata {
  const keywords = [...new Set(metadata.keywords.map((keyword) => clean(keyword, LIMITS.keyword)).filter(Boolean))];
  const takenAt = metadata.takenAt && !Number.isNaN(Date.parse(metadata.takenAt.slice(0, 10))) ? metadata.takenAt : null;
  return {
    caption: clean(metadata.caption, LIMITS.caption),
    headline: clean(metadata.headline, LIMITS.headline),
    creator: clean(metadata.creator, LIMITS.creator),
    credit: clean(metadata.credit, LIMITS.credit),
    copyright: clean(metadata.copyright, LIMITS.copyright),
    keywords: keywords.slice(0, MAX_KEYWORDS),
    takenAt,
    city: clean(metadata.city, LIMITS.city),
    gps: validGps(metadata.gps),
  };
}
