import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One hostile string of the corpus and the class of attack it belongs to. */
export interface XssVector {
  className: string;
  vector: string;
}

/** The XSS corpus (tests/fixtures/xss/vectors.json): every vector calls `__xss()` if it ever runs. */
export function loadXssCorpus(): XssVector[] {
  const file = resolve(import.meta.dirname, '../fixtures/xss/vectors.json');
  const { classes } = JSON.parse(readFileSync(file, 'utf8')) as { classes: Record<string, string[]> };
  return Object.entries(classes).flatMap(([className, vectors]) => vectors.map((vector) => ({ className, vector })));
}
