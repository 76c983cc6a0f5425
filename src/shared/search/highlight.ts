import { foldEachChar, foldWithOffsets } from '../text/fold';
import type { QueryTerm } from './search-query';

/** A piece of text to show; `match` pieces are drawn highlighted (as elements, never as HTML). */
export interface TextSegment {
  text: string;
  match: boolean;
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}\p{Co}]/u.test(char);

/** Ranges [start, end) in `text` where a term matches at the start of a word, compared folded. */
export function matchRanges(text: string, terms: readonly QueryTerm[]): Array<[number, number]> {
  const { folded, sourceStart, sourceEnd } = foldWithOffsets(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (term.folded === '') continue;
    for (let at = folded.indexOf(term.folded); at !== -1; at = folded.indexOf(term.folded, at + 1)) {
      let end = at + term.folded.length;
      if (isWordChar(folded[at - 1]) || (!term.prefix && isWordChar(folded[end]))) continue;
      // A prefix lights up its whole word: "Lon" shows "Long" as the match.
      while (isWordChar(folded[end])) end += 1;
      ranges.push([sourceStart[at]!, sourceEnd[end - 1]!]);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The whole text cut into matched and unmatched segments. */
export function highlight(text: string, terms: readonly QueryTerm[]): TextSegment[] {
  return segmentsOf(text, matchRanges(text, terms), 0, text.length);
}

function segmentsOf(text: string, ranges: Array<[number, number]>, from: number, to: number): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(Math.max(start, at), Math.min(end, to)), match: true });
    at = Math.min(end, to);
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false });
  return segments;
}

export const SNIPPET_LENGTH = 180;

/**
 * A window of about `length` characters around the first match, inside the first paragraph that
 * matches, cut at spaces so no syllable is split, with an ellipsis where text was left out. Null
 * when nothing matches. Paragraphs are screened first, folded as matchRanges folds them (character by
 * character) but without offsets: only the one that matches pays for the offset-keeping fold.
 */
export function snippet(text: string, terms: readonly QueryTerm[], length = SNIPPET_LENGTH): TextSegment[] | null {
  for (const paragraph of text.split('\n')) {
    const folded = foldEachChar(paragraph);
    if (!terms.some((term) => term.folded !== '' && folded.includes(term.folded))) continue;
    const ranges = matchRanges(paragraph, terms);
    if (ranges.length > 0) return window(paragraph, ranges, length);
  }
  return null;
}

function window(text: string, ranges: Array<[number, number]>, length: number): TextSegment[] {
  const first = ranges[0]!;
  let from = Math.max(0, first[0] - Math.floor(length / 3));
  let to = Math.min(text.length, from + length);
  const space = text.indexOf(' ', from);
  if (from > 0 && space !== -1 && space < first[0]) from = space + 1;
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), first[1]);
  const segments = segmentsOf(text, ranges, from, to);
  if (from > 0) segments.unshift({ text: '…', match: false });
  if (to < text.length) segments.push({ text: '…', match: false });
  return segments;
}
