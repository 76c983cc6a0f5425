import { validationError } from '../errors';

/**
 * Checks every input is plain data before its schema sees it. The schemas are strict about the
 * fields they know, but the article body is an open Lexical tree (`looseObject`), so anything the
 * schemas do not name would reach the store, the renderers and the published page unchecked:
 *
 * - keys `__proto__`, `constructor`, `prototype`: copying such an object key by key (as `nfcDeep`
 *   does) would change the copy's prototype; no call has a field with these names;
 * - strings that are not well-formed UTF-16 (a lone surrogate): they cannot be written as UTF-8
 *   (SQLite, files, HTTP) without turning into U+FFFD, so what is saved would not be what was sent;
 * - nesting deeper than MAX_INPUT_DEPTH: every later walk over the body is recursive; a real body
 *   (lists in lists) stays far below it;
 * - anything but plain objects, arrays, strings, finite numbers, booleans, null and (for photos)
 *   byte arrays: class instances, functions, symbols, BigInt, NaN and ±Infinity.
 */

export const MAX_INPUT_DEPTH = 64;

/** With the `u` flag a surrogate pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Surrogate}/u;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function refuse(path: string[], message: string): never {
  const where = path.length ? path.join('.') : '';
  throw validationError('The input must be plain JSON data', [{ path: where, message }]);
}

const isPlainObject = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

function checkValue(value: unknown, path: string[], depth: number): void {
  switch (typeof value) {
    case 'undefined':
    case 'boolean':
      return;
    case 'string':
      if (LONE_SURROGATE.test(value)) refuse(path, 'Text must be well-formed Unicode (no lone surrogates)');
      return;
    case 'number':
      if (!Number.isFinite(value)) refuse(path, 'Numbers must be finite');
      return;
    case 'object':
      break;
    default:
      refuse(path, `A ${typeof value} is not data`);
  }
  if (value === null || value instanceof Uint8Array) return;
  if (depth >= MAX_INPUT_DEPTH) refuse(path, `Nested deeper than ${MAX_INPUT_DEPTH} levels`);
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => checkValue(item, [...path, String(index)], depth + 1));
    return;
  }
  if (!isPlainObject(value)) refuse(path, 'Only plain objects are data');
  // Own keys, not `for…in`/`Object.keys`, so a JSON-parsed own `__proto__` key is seen.
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') refuse(path, 'Symbol keys are not data');
    if (FORBIDDEN_KEYS.has(key)) refuse([...path, key], `The key ${key} is not allowed`);
    if (LONE_SURROGATE.test(key)) refuse(path, 'Keys must be well-formed Unicode');
    checkValue((value as Record<string, unknown>)[key], [...path, key], depth + 1);
  }
}

/** Throws a `validation` AppError naming the first offending path; returns nothing on plain data. */
export function checkPlainInput(input: unknown): void {
  // Every call takes an object; a byte array or Date has no own keys and would pass `{}`.
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && !isPlainObject(input)) {
    refuse([], 'The input must be a plain object');
  }
  checkValue(input, [], 0);
}
