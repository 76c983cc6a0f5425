import { IIM, UTF8_DECLARATION, iptcDigest, matches, parseIimDataSets } from './iptc-iim';
import type { IimDataSet } from './iptc-iim';
import { decodeLegacy, decodeUtf8, guessLegacyCharset, isValidUtf8 } from '../../../../shared/text/undeclared-bytes';
import { boundedText, cleanText } from './metadata-text';
import { IPTC_DIGEST_RESOURCE_ID, IPTC_RESOURCE_ID, parseImageResources } from './photoshop-irb';

/** A decoded IIM value with the size it had in the file (to tell a value cut at its limit). */
export interface IimText {
  text: string;
  byteLength: number;
}

export type DigestState = 'matches' | 'differs' | 'absent';

export interface IptcFields {
  caption: IimText | null;
  headline: IimText | null;
  bylines: IimText[];
  credit: IimText | null;
  copyright: IimText | null;
  city: IimText | null;
  keywords: IimText[];
  /** 2:55 as stored, CCYYMMDD. */
  dateCreated: string;
  /** 2:60 as stored, HHMMSS±HHMM. */
  timeCreated: string;
  /** Whether the stored IPTC digest (8BIM 0x0425) is the MD5 of the IIM data. */
  digest: DigestState;
}

export const NO_IPTC: IptcFields = {
  caption: null,
  headline: null,
  bylines: [],
  credit: null,
  copyright: null,
  city: null,
  keywords: [],
  dateCreated: '',
  timeCreated: '',
  digest: 'absent',
};

/** Reads the APP13 Photoshop block (sharp's `metadata().iptc`). */
export function readIptcFields(photoshopBlock: Buffer | undefined): IptcFields {
  if (!photoshopBlock || photoshopBlock.length === 0) return NO_IPTC;
  const resources = parseImageResources(photoshopBlock);
  const iim = resources.find((resource) => resource.id === IPTC_RESOURCE_ID)?.data;
  if (!iim) return NO_IPTC;
  const storedDigest = resources.find((resource) => resource.id === IPTC_DIGEST_RESOURCE_ID)?.data;
  const dataSets = parseIimDataSets(iim);
  const decode = textDecoderFor(dataSets);
  const texts = (tag: readonly [number, number]) =>
    dataSets.filter((dataSet) => matches(dataSet, tag)).map((dataSet) => decode(dataSet.value)).filter((value) => value.text !== '');
  const first = (tag: readonly [number, number]) => texts(tag)[0] ?? null;
  return {
    caption: first(IIM.caption),
    headline: first(IIM.headline),
    bylines: texts(IIM.byline),
    credit: first(IIM.credit),
    copyright: first(IIM.copyright),
    city: first(IIM.city),
    keywords: texts(IIM.keywords),
    dateCreated: first(IIM.dateCreated)?.text ?? '',
    timeCreated: first(IIM.timeCreated)?.text ?? '',
    digest: digestState(iim, storedDigest),
  };
}

function digestState(iim: Buffer, storedDigest: Buffer | undefined): DigestState {
  if (!storedDigest || storedDigest.length !== 16) return 'absent';
  return iptcDigest(iim).equals(storedDigest) ? 'matches' : 'differs';
}

/**
 * One decision for the whole block, since one tool wrote it: UTF-8 when 1:90 declares it; else
 * UTF-8 when every text value is valid UTF-8 (many tools write UTF-8 without declaring it); else
 * one legacy encoding (TCVN3, VNI, Windows-1258 or -1252) guessed from all values together: a
 * credit "§.K.C" alone says little, beside its TCVN3 caption it is clearly TCVN3.
 */
function textDecoderFor(dataSets: readonly IimDataSet[]): (bytes: Buffer) => IimText {
  const declaration = dataSets.find((dataSet) => matches(dataSet, IIM.codedCharacterSet))?.value;
  const textValues = dataSets.filter((dataSet) => dataSet.record === 2 && dataSet.dataset !== 0).map((dataSet) => dataSet.value);
  const declaredUtf8 = declaration?.equals(UTF8_DECLARATION) ?? false;
  const utf8 = declaredUtf8 || textValues.every(isValidUtf8);
  const legacy = utf8 ? null : guessLegacyCharset(textValues);
  return (bytes) => ({
    text: boundedText(cleanText(legacy ? decodeLegacy(bytes, legacy) : decodeUtf8(bytes))),
    byteLength: bytes.length,
  });
}
