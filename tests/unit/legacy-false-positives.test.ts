import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectLegacyEncoding } from '../../src/shared/text/legacy-vietnamese';

/**
 * The false-positive guard of #15 item 5: ordinary Unicode Vietnamese and English are never taken
 * for TCVN3 or VNI. The sentences are generated (seeded, so every run checks the same ones) from
 * the word lists in tests/fixtures/words; one list holds Vietnamese words spelt with Latin-1
 * letters only (hoà, quá, cà phê), which carry none of the letters that give Unicode away.
 */
const WORDS = resolve(import.meta.dirname, '../fixtures/words');
const wordsOf = (file: string) => readFileSync(resolve(WORDS, file), 'utf8').split(/\s+/u).filter(Boolean);

/** Mulberry32: a small seeded generator, so the sentences are the same every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function sentences(words: readonly string[], count: number, seed: number): string[] {
  const next = seeded(seed);
  return Array.from({ length: count }, () => {
    const length = 2 + Math.floor(next() * 14);
    const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]!);
    const text = picked.join(' ') + (next() < 0.5 ? '.' : ',');
    return text[0]!.toUpperCase() + text.slice(1);
  });
}

describe('ordinary text is never converted', () => {
  const vietnamese = wordsOf('vietnamese.txt');
  const latin1Vietnamese = wordsOf('vietnamese-latin1.txt');
  const english = wordsOf('english.txt');

  test.each([
    ['Unicode Vietnamese', sentences(vietnamese, 500, 1)],
    ['Unicode Vietnamese spelt with Latin-1 letters only', sentences(latin1Vietnamese, 500, 2)],
    ['Vietnamese mixing both lists', sentences([...vietnamese, ...latin1Vietnamese], 500, 3)],
    ['English, with French and German loanwords', sentences(english, 500, 4)],
  ])('%s: 500 sentences, none detected as legacy', (_name, generated) => {
    expect(new Set(generated).size).toBeGreaterThan(450);
    expect(generated.filter((sentence) => detectLegacyEncoding(sentence) !== null)).toEqual([]);
  });
});
