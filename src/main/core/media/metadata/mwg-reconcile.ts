import type { ExifFields, ExifText } from './exif-fields';
import { IIM_LIMITS } from './iptc-iim';
import type { IimText, IptcFields } from './iptc-fields';
import { iptcTakenAt, morePreciseIfSameDay, xmpTakenAt } from './photo-dates';
import { xmpGps } from './photo-gps';
import type { PhotoMetadata } from './photo-metadata';
import type { XmpFields } from './xmp-fields';

/**
 * Reconciling EXIF, IPTC-IIM and XMP as the Metadata Working Group's "Guidelines for Handling Image
 * Metadata" 2.0 (2010), §4.1 "Reading" and §5 (the per-property tables), tell a consumer to:
 *
 * 1. EXIF first, where EXIF has the field (description, artist, copyright, date taken, GPS), when its
 *    value is not empty or only spaces. EXIF "ASCII" has no declared charset; when its bytes are not
 *    valid UTF-8 we only guessed them, and a non-empty XMP value (always Unicode) is taken instead.
 * 2. IPTC and XMP are weighed by the IPTC digest (Photoshop resource 0x0425, the MD5 of the IIM data
 *    when XMP was last synchronized with it):
 *    - digest matches the IIM data → the two are in sync: XMP wins;
 *    - digest differs → a tool unaware of XMP changed IIM afterwards: IPTC wins;
 *    - no digest → XMP wins. The guidelines' reading flow checks the digest only when one exists;
 *      without one, nothing says IIM is newer, and XMP is the complete, Unicode form (ExifTool's MWG
 *      module reads it the same way).
 * 3. Whichever wins, an empty value falls back to the other source.
 * 4. An IIM value at its length limit that XMP continues (XMP starts with it) was cut by the limit:
 *    the full XMP value is the real one even when IPTC wins.
 */

type Winner = 'xmp' | 'iptc';

export function reconcileMetadata(exif: ExifFields, iptc: IptcFields, xmp: XmpFields): PhotoMetadata {
  const winner: Winner = iptc.digest === 'differs' ? 'iptc' : 'xmp';
  return {
    caption: withExif(exif.imageDescription, xmp.description, pickText(iptc.caption, xmp.description, IIM_LIMITS.caption, winner)),
    headline: pickText(iptc.headline, xmp.headline, IIM_LIMITS.headline, winner),
    creator: withExif(exif.artist, xmp.creators.join('; '), pickList(iptc.bylines, xmp.creators, IIM_LIMITS.byline, winner).join('; ')),
    credit: pickText(iptc.credit, xmp.credit, IIM_LIMITS.credit, winner),
    copyright: withExif(exif.copyright, xmp.rights, pickText(iptc.copyright, xmp.rights, IIM_LIMITS.copyright, winner)),
    keywords: unique(pickList(iptc.keywords, xmp.subject, IIM_LIMITS.keyword, winner)),
    takenAt: exif.takenAt ?? pickDate(iptc, xmp, winner),
    city: pickText(iptc.city, xmp.city, IIM_LIMITS.city, winner),
    gps: exif.gps ?? xmpGps(xmp.gpsLatitude, xmp.gpsLongitude),
  };
}

function withExif(exif: ExifText | null, xmpValue: string, iptcOrXmp: string): string {
  if (!exif) return iptcOrXmp;
  if (!exif.certain && xmpValue !== '') return xmpValue;
  return exif.text;
}

function pickText(iptc: IimText | null, xmp: string, limit: number, winner: Winner): string {
  if (!iptc) return xmp;
  if (winner === 'xmp') return xmp || iptc.text;
  return recoveredFromXmp(iptc, xmp, limit) ?? iptc.text;
}

function pickList(iptc: readonly IimText[], xmp: readonly string[], limit: number, winner: Winner): string[] {
  if (iptc.length === 0) return [...xmp];
  if (winner === 'xmp' && xmp.length > 0) return [...xmp];
  return iptc.map((item) => xmp.map((full) => recoveredFromXmp(item, full, limit)).find((full) => full !== null) ?? item.text);
}

/**
 * A UTF-8 value cut at a character boundary can end up to 3 bytes short of the limit, so any value
 * within 3 bytes of it counts as "at the limit".
 */
function recoveredFromXmp(iptc: IimText, xmp: string, limit: number): string | null {
  const atLimit = iptc.byteLength >= limit - 3;
  return atLimit && xmp.length > iptc.text.length && xmp.startsWith(iptc.text) ? xmp : null;
}

function pickDate(iptc: IptcFields, xmp: XmpFields, winner: Winner): string | null {
  const fromIptc = iptcTakenAt(iptc.dateCreated, iptc.timeCreated);
  const fromXmp = xmpTakenAt(xmp.dateCreated) ?? xmpTakenAt(xmp.dateTimeOriginal);
  return winner === 'xmp' ? morePreciseIfSameDay(fromXmp, fromIptc) : morePreciseIfSameDay(fromIptc, fromXmp);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}
