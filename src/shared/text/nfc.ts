/**
 * Unicode normalization. Windows' built-in Vietnamese keyboard and macOS file names produce
 * decomposed (NFD) text; if two forms of one word reach the store, search, counts and comparisons
 * break. Everything that enters through IPC is normalized to NFC.
 */

export const nfc = (text: string): string => text.normalize('NFC');

/** NFC-normalizes every string inside a JSON-like value (e.g. a serialized editor state). */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => nfcDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = nfcDeep(item);
    return out as T;
  }
  return value;
}
