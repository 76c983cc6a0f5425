import { IIM, IIM_LIMITS, UTF8_DECLARATION, buildIimDataSets, iptcDigest, truncateUtf8 } from './iptc-iim';
import type { IimDataSet } from './iptc-iim';
import { IPTC_DIGEST_RESOURCE_ID, IPTC_RESOURCE_ID, buildPhotoshopBlock } from './photoshop-irb';
import type { XmpCredits } from './xmp-packet';

/**
 * The APP13 payload for a published rendition: IIM declared UTF-8, each value cut to its IIM limit
 * at a character boundary (XMP keeps the whole value; readers recover it by MWG's rule), and the
 * IPTC digest so MWG readers know XMP was written together with this IIM.
 */
export function buildIptcPhotoshopBlock(credits: XmpCredits): Buffer {
  const iim = buildIimDataSets([
    dataSet(IIM.modelVersion, Buffer.from([0, 4])),
    dataSet(IIM.codedCharacterSet, UTF8_DECLARATION),
    dataSet(IIM.recordVersion, Buffer.from([0, 4])),
    ...textDataSet(IIM.byline, credits.creator, IIM_LIMITS.byline),
    ...textDataSet(IIM.credit, credits.credit, IIM_LIMITS.credit),
    ...textDataSet(IIM.copyright, credits.copyright, IIM_LIMITS.copyright),
    ...textDataSet(IIM.caption, credits.caption, IIM_LIMITS.caption),
  ]);
  return buildPhotoshopBlock([
    { id: IPTC_RESOURCE_ID, data: iim },
    { id: IPTC_DIGEST_RESOURCE_ID, data: iptcDigest(iim) },
  ]);
}

function dataSet([record, dataset]: readonly [number, number], value: Buffer): IimDataSet {
  return { record, dataset, value };
}

function textDataSet(tag: readonly [number, number], text: string, limit: number): IimDataSet[] {
  return text === '' ? [] : [dataSet(tag, truncateUtf8(text, limit))];
}
