import { diffArrays, diffChars } from 'diff';
import * as Y from 'yjs';

/**
 * The layout of a story's Yjs document. One Y.Doc per story holds everything people write in it,
 * so one stream of opaque updates per story carries the whole story between laptops and the server:
 *
 * - `body`: Lexical's V1 binding root (an XmlText), written only through @lexical/yjs;
 * - `fields`: the written fields as Y.Text, merged character by character (two people typing in
 *   the headline offline both keep their words);
 * - `choices`: values picked rather than written (category, slug, authors), last writer wins: two
 *   categories cannot be merged into a meaningful one;
 * - `keywords`: a Y.Array, so keywords added on two laptops are both kept;
 * - `photoText`: each photo's caption, credit and alt text as Y.Text, keyed by the photo's Yjs
 *   element id (see collab-editor.ts for why these do not ride on the binding's node attributes).
 */
export const BODY_ROOT = 'body';
const FIELDS = 'fields';
const CHOICES = 'choices';
const KEYWORDS = 'keywords';
const PHOTO_TEXT = 'photoText';

export const TEXT_FIELDS = ['headline', 'sapo', 'bylineLabel', 'place'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const CHOICE_FIELDS = ['category', 'slug', 'authors'] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
export const PHOTO_TEXT_FIELDS = ['caption', 'credit', 'altText'] as const;
export type PhotoTextField = (typeof PHOTO_TEXT_FIELDS)[number];

export const bodyRoot = (doc: Y.Doc): Y.XmlText => doc.get(BODY_ROOT, Y.XmlText) as Y.XmlText;
const fieldsMap = (doc: Y.Doc): Y.Map<Y.Text> => doc.getMap<Y.Text>(FIELDS);
const choicesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(CHOICES);
const keywordsArray = (doc: Y.Doc): Y.Array<string> => doc.getArray<string>(KEYWORDS);
export const photoTextMap = (doc: Y.Doc): Y.Map<Y.Map<Y.Text>> => doc.getMap<Y.Map<Y.Text>>(PHOTO_TEXT);

/**
 * Changes a Y.Text to `next` with the smallest character edits (jsdiff), so text that did not
 * change keeps its identity and a concurrent edit elsewhere in it merges instead of being replaced.
 */
export function setYText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let index = 0;
  for (const part of diffChars(current, next)) {
    if (part.added) {
      text.insert(index, part.value);
      index += part.value.length;
    } else if (part.removed) {
      text.delete(index, part.value.length);
    } else {
      index += part.value.length;
    }
  }
}

function fieldText(doc: Y.Doc, field: TextField): Y.Text {
  const fields = fieldsMap(doc);
  let text = fields.get(field);
  if (!text) {
    text = new Y.Text();
    fields.set(field, text);
  }
  return text;
}

export function readTextField(doc: Y.Doc, field: TextField): string {
  return fieldsMap(doc).get(field)?.toString() ?? '';
}

/**
 * Writes a text field with minimal edits. The Y.Text for each field is made once, when the story's
 * document is first built from its stored article (storyDocFromContent); a field first written on two
 * laptops at once would otherwise be two Y.Texts, of which the map keeps one.
 */
export function writeTextField(doc: Y.Doc, field: TextField, value: string, origin?: unknown): void {
  doc.transact(() => setYText(fieldText(doc, field), value), origin);
}

export function readChoice(doc: Y.Doc, field: ChoiceField): unknown {
  return choicesMap(doc).get(field);
}

export function writeChoice(doc: Y.Doc, field: ChoiceField, value: unknown, origin?: unknown): void {
  if (JSON.stringify(choicesMap(doc).get(field)) === JSON.stringify(value)) return;
  doc.transact(() => choicesMap(doc).set(field, value), origin);
}

export function readKeywords(doc: Y.Doc): string[] {
  return keywordsArray(doc).toArray();
}

/** Keywords as a list edit (kept ones stay put), so keywords added elsewhere meanwhile survive. */
export function writeKeywords(doc: Y.Doc, next: readonly string[], origin?: unknown): void {
  const array = keywordsArray(doc);
  const current = array.toArray();
  if (JSON.stringify(current) === JSON.stringify(next)) return;
  doc.transact(() => {
    let index = 0;
    for (const part of diffArrays(current, [...next])) {
      if (part.added) {
        array.insert(index, part.value);
        index += part.value.length;
      } else if (part.removed) {
        array.delete(index, part.value.length);
      } else {
        index += part.value.length;
      }
    }
  }, origin);
}

/** Makes every field's shared type up front, so no laptop ever creates one concurrently. */
export function initializeFieldTypes(doc: Y.Doc): void {
  for (const field of TEXT_FIELDS) fieldText(doc, field);
}
