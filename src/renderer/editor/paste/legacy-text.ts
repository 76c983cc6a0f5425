import { detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from '../../../shared/text/legacy-vietnamese';

/** Plain pasted text in a legacy encoding, converted; null when it is ordinary Unicode. */
export function convertLegacyText(text: string, hint: LegacyEncoding | null): { text: string; encoding: LegacyEncoding } | null {
  const encoding = hint ?? detectLegacyEncoding(text);
  return encoding ? { text: legacyToUnicode(text, encoding), encoding } : null;
}
