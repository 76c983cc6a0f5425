import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract } from '../../src/shared/contract/contract';
import { CALL_NAMES, type CallName } from '../../src/shared/contract/calls';
import { bodyFromPlainText, type ArticleBody } from '../../src/shared/domain/article-body';
import { MAX_INPUT_BYTES } from '../../src/main/core/router/router';
import { MAX_INPUT_DEPTH } from '../../src/shared/contract/plain-input';
import { snapshotDatabase } from '../helpers/database-snapshot';
import { callOk, openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

/**
 * Property-based IPC fuzzing (issue #13, item 4): for every call in the contract, generated
 * payloads that no call may accept — wrong types, huge strings, deep nesting, prototype-pollution
 * keys, lone surrogates — sent through the real router to a real SQLite newsroom signed in with
 * every role. Each must come back as a typed `validation` error, the core must keep answering,
 * and the database must be exactly as it was.
 */

/** The calls, from the contract itself: a new call is fuzzed without anyone editing this file. */
const CALLS = Object.keys(contract) as CallName[];
const RUNS_PER_CALL = 200;
/** Thousands of payloads per test, some of them 8 MiB: far longer than a unit test. */
const FUZZ_TIMEOUT_MS = 120_000;
const RUNS_PER_BODY_PROPERTY = 300;

let room: TempNewsroom;
let existing: { id: string; version: number };
let before: ReturnType<typeof snapshotDatabase>;
let tried = 0;

/** The field names a call's schema knows, so payloads reach the field checks, not only the strict-key one. */
function knownKeys(schema: z.ZodType): string[] {
  const node = schema as unknown as {
    shape?: Record<string, unknown>;
    _zod: { def: { in?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[] } };
  };
  if (node.shape) return Object.keys(node.shape);
  const { def } = node._zod;
  if (def.in) return knownKeys(def.in);
  if (def.innerType) return knownKeys(def.innerType);
  if (def.options) return [...new Set(def.options.flatMap(knownKeys))];
  return [];
}

/** An own, enumerable key, as JSON.parse or a structured clone would make it (`obj[k] = v` would set the prototype). */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Nested arrays and objects deeper than the router allows, built without recursion. */
function nested(depth: number, useArrays: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = useArrays ? [value] : { type: 'paragraph', children: [value] };
  return value;
}

const HUGE = 'x'.repeat(MAX_INPUT_BYTES + 1);
const PHOTO_ID = 'a'.repeat(64);

const loneSurrogate = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDE00'), fc.string({ maxLength: 8 }))
  .map(([head, half, tail]) => `${head}${half}${tail}`);

const poisonKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** Values of every kind for the fields a call knows: most wrong, some well-formed, some pointing at real rows. */
const fieldValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
    fc.string({ unit: 'binary', maxLength: 3_000 }),
    fc.string({ minLength: 5_001, maxLength: 20_000 }),
    fc.constantFrom(existing.id, PHOTO_ID, 1, 0, -1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '', ' '),
    fc.constant(bodyFromPlainText('Đoạn văn.')),
  );

/** Some of a call's known fields, each with a generated value. */
const knownFields = (keys: string[]): fc.Arbitrary<Record<string, unknown>> =>
  keys.length === 0
    ? fc.constant({})
    : fc.dictionary(fc.constantFrom(...keys), fieldValue(), { maxKeys: keys.length }).map((fields) => ({ ...fields }));

/** Puts `poison` somewhere in `fields`: at the top, or one level down inside a known field. */
const placed = (keys: string[], poison: fc.Arbitrary<[string, unknown]>): fc.Arbitrary<unknown> =>
  fc.tuple(knownFields(keys), poison, fc.boolean(), fc.constantFrom('', ...keys)).map(([fields, [key, value], deep, host]) => {
    if (deep && host !== '') return { ...fields, [host]: withOwnKey({}, key, value) };
    return withOwnKey(fields, key, value);
  });

/** Every payload here is one no call accepts. */
function malformedPayload(name: CallName): fc.Arbitrary<unknown> {
  const keys = knownKeys(contract[name].input);
  const knownKey = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('unexpected');
  return fc.oneof(
    // Not an object at all.
    fc.oneof(
      fc.constantFrom(undefined, null, true, false, 0, -0, Number.NaN, HUGE, '{}', '__proto__'),
      fc.integer(),
      fc.double(),
      fc.bigInt(),
      fc.string({ unit: 'binary' }),
      fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
      fc.uint8Array({ maxLength: 16 }),
      fc.date(),
    ),
    // A prototype-pollution key, at the top or inside a field.
    placed(keys, fc.tuple(poisonKey, fieldValue())),
    // A key the call does not have.
    placed(keys, fc.tuple(fc.string({ minLength: 1, maxLength: 30 }).filter((key) => !keys.includes(key)), fieldValue())),
    // Text that is not well-formed UTF-16, as a value or as a key.
    placed(keys, fc.tuple(knownKey, loneSurrogate)),
    placed(keys, fc.tuple(loneSurrogate, fc.string())),
    // Nesting past the limit, up to thousands of levels.
    placed(keys, fc.tuple(knownKey, fc.tuple(fc.integer({ min: MAX_INPUT_DEPTH, max: 5_000 }), fc.boolean()).map(([depth, arrays]) => nested(depth, arrays)))),
    // A string larger than any input may be.
    placed(keys, fc.tuple(knownKey, fc.constant(HUGE))),
  );
}

/** A well-formed body with one hostile thing buried in its first paragraph. */
const poisonedBody: fc.Arbitrary<ArticleBody> = fc
  .oneof(
    fc.tuple(poisonKey, fc.constant({ polluted: true })).map(([key, value]) => (node: Record<string, unknown>) => withOwnKey(node, key, value)),
    loneSurrogate.map((text) => (node: Record<string, unknown>) => {
      (node.children as Record<string, unknown>[])[0]!.text = text;
      return node;
    }),
    fc.integer({ min: MAX_INPUT_DEPTH, max: 3_000 }).map((depth) => (node: Record<string, unknown>) => {
      node.children = [nested(depth, false)];
      return node;
    }),
  )
  .map((poison) => {
    const body = bodyFromPlainText('Đoạn văn có chữ.');
    poison(body.root.children[0] as unknown as Record<string, unknown>);
    return body;
  });

const articleFields = (body: ArticleBody) => ({ headline: 'Tiêu đề', sapo: 'Sapo', category: 'Tin tức', body });

async function expectRefused(name: string, payload: unknown): Promise<void> {
  tried += 1;
  const result = await room.call(name, payload);
  expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
}

beforeAll(async () => {
  room = await openSignedInNewsroom();
  // One real article, so that a malformed update, delete or transition would have something to damage.
  existing = await callOk(room, 'articles.create', articleFields(bodyFromPlainText('Bài có thật.')));
  before = snapshotDatabase(room.dataDir);
});

afterAll(() => {
  process.stdout.write(`IPC fuzz: ${tried} malformed payloads over ${CALLS.length} calls, every one refused with a validation error\n`);
  room.cleanup();
});

test('the fuzzed list is the router’s list of calls', () => {
  expect([...CALLS].sort()).toEqual([...CALL_NAMES].sort());
});

describe.each(CALLS)('%s', (name) => {
  test('refuses every generated malformed payload, keeps answering and writes nothing', async () => {
    const settingsBefore = room.newsroom.settings.get('language');
    await fc.assert(fc.asyncProperty(malformedPayload(name), (payload) => expectRefused(name, payload)), {
      numRuns: RUNS_PER_CALL,
    });
    expect(snapshotDatabase(room.dataDir)).toEqual(before);
    expect(room.newsroom.settings.get('language')).toBe(settingsBefore);
    // The core is up and the session still signed in: a real call still works.
    await expect(callOk(room, 'articles.get', { id: existing.id })).resolves.toMatchObject({ id: existing.id });
  }, FUZZ_TIMEOUT_MS);
});

describe('a well-formed story with a hostile body', () => {
  test('articles.create refuses a prototype key, a lone surrogate or deep nesting in the body', async () => {
    await fc.assert(
      fc.asyncProperty(poisonedBody, (body) => expectRefused('articles.create', articleFields(body))),
      { numRuns: RUNS_PER_BODY_PROPERTY },
    );
    expect(snapshotDatabase(room.dataDir)).toEqual(before);
  }, FUZZ_TIMEOUT_MS);

  test('articles.save refuses the same in a save of a real story', async () => {
    await fc.assert(
      fc.asyncProperty(poisonedBody, (body) =>
        expectRefused('articles.save', {
          story: { id: existing.id, expectedVersion: existing.version },
          fields: articleFields(body),
          checkpoint: 'manual',
          journalKey: null,
        }),
      ),
      { numRuns: RUNS_PER_BODY_PROPERTY },
    );
    expect(snapshotDatabase(room.dataDir)).toEqual(before);
  }, FUZZ_TIMEOUT_MS);

  test('a body nested within the limit is still accepted', async () => {
    const body = bodyFromPlainText('Danh sách lồng nhau.');
    (body.root.children[0] as unknown as Record<string, unknown>).children = [nested(20, false)];
    await expect(callOk(room, 'articles.create', articleFields(body))).resolves.toMatchObject({ version: 1 });
    before = snapshotDatabase(room.dataDir);
  });
});
