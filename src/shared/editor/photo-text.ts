import { PHOTO_NODE_TYPE } from './serialized-nodes';

/** The parts of a photo a photographer may change in someone else's story. */
const PHOTO_TEXT_FIELDS = ['caption', 'credit', 'altText'] as const;

/**
 * Keys Lexical derives rather than the writer choosing them: text direction is computed from the
 * text, and textFormat/textStyle are the caret's format for the next character. An editor that
 * merely loads and re-exports a body may add or change them, so they never count as an edit.
 */
const DERIVED_KEYS = new Set(['direction', 'textFormat', 'textStyle']);

/**
 * A node tree as canonical JSON: keys sorted (so validation reordering keys does not count as a
 * change), derived keys and empty values left out, and optionally every photo's caption, credit
 * and alt text blanked.
 */
export function canonicalNodeJson(node: unknown, blankPhotoText = false): string {
  if (Array.isArray(node)) return `[${node.map((item) => canonicalNodeJson(item, blankPhotoText)).join(',')}]`;
  if (node === null || typeof node !== 'object') return JSON.stringify(node) ?? 'null';
  const record = node as Record<string, unknown>;
  const fields = Object.keys(record)
    .filter((key) => record[key] !== null && record[key] !== undefined && !DERIVED_KEYS.has(key))
    .sort()
    .map((key) => {
      const isPhotoText =
        blankPhotoText && record['type'] === PHOTO_NODE_TYPE && (PHOTO_TEXT_FIELDS as readonly string[]).includes(key);
      return `${JSON.stringify(key)}:${isPhotoText ? '""' : canonicalNodeJson(record[key], blankPhotoText)}`;
    });
  return `{${fields.join(',')}}`;
}

/** The body as canonical JSON with the photo texts blanked: what must stay the same. */
const withoutPhotoText = (node: unknown): string => canonicalNodeJson(node, true);

/**
 * Whether two bodies differ only in photos' captions, credits and alt texts: the edits a
 * photographer may make to a story that is not theirs. Photos themselves (which, where) and all
 * other text must be the same.
 */
export function onlyPhotoTextDiffers(before: unknown, after: unknown): boolean {
  return withoutPhotoText(before) === withoutPhotoText(after);
}

/**
 * Whether a save changes nothing but photos' captions, credits and alt texts. The editor sends
 * every field on each save, so the other fields count as unchanged when they equal the stored ones.
 */
export function onlyPhotoTextChanges(current: Record<string, unknown>, patch: Record<string, unknown>): boolean {
  if (patch['body'] === undefined || !onlyPhotoTextDiffers(current['body'], patch['body'])) return false;
  return Object.entries(patch).every(
    ([field, value]) => field === 'body' || value === undefined || withoutPhotoText(value) === withoutPhotoText(current[field]),
  );
}
