import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CALL_NAMES, type CallName } from '../../src/shared/contract/calls';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { MAX_INPUT_BYTES } from '../../src/main/core/router/router';
import { snapshotDatabase } from '../helpers/database-snapshot';
import { openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

const ID = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const body = bodyFromPlainText('Đoạn văn.');
const fields = { headline: 'Tiêu đề', sapo: 'Sapo', category: 'Tin tức', body };

/** Inputs no call accepts: every call takes a strict object. */
const MALFORMED_FOR_ALL: unknown[] = [undefined, null, 0, 'articles', true, [], [{}], { unexpected: 'key' }];

/** Per call: wrong types, out-of-range values, missing fields, extra keys, oversized text. */
const MALFORMED: Record<CallName, unknown[]> = {
  'articles.create': [
    {},
    { ...fields, headline: 42 },
    { ...fields, headline: 'x'.repeat(501) },
    { ...fields, sapo: null },
    { ...fields, body: '<p>html is not a body</p>' },
    { ...fields, body: { root: { type: 'paragraph', children: [] } } },
    { ...fields, body: { root: { type: 'root', children: [{ text: 'no type' }] } } },
    { ...fields, status: 'published' },
    { ...fields, id: ID },
    { ...fields, headline: 'x'.repeat(MAX_INPUT_BYTES + 1) },
  ],
  'articles.get': [{}, { id: 'not-a-uuid' }, { id: 42 }, { id: '0190a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a2b' }, { id: ID, extra: 1 }],
  'articles.list': [{ limit: 0 }, { limit: 201 }, { limit: 1.5 }, { limit: '10' }, { cursor: 7 }, { cursor: 'x'.repeat(201) }],
  'articles.update': [
    { id: ID, expectedVersion: 1 },
    { id: ID, expectedVersion: 1, patch: {} },
    { id: ID, expectedVersion: 0, patch: { headline: 'x' } },
    { id: ID, expectedVersion: -1, patch: { headline: 'x' } },
    { id: ID, expectedVersion: '1', patch: { headline: 'x' } },
    { id: ID, patch: { headline: 'x' } },
    { id: ID, expectedVersion: 1, patch: { status: 'published' } },
    { id: ID, expectedVersion: 1, patch: { headline: ['x'] } },
    { id: 'nope', expectedVersion: 1, patch: { headline: 'x' } },
  ],
  'articles.delete': [{ id: ID }, { expectedVersion: 1 }, { id: ID, expectedVersion: 1.2 }, { id: ID, expectedVersion: 1, force: true }],
  'categories.list': [{ all: true }],
  'settings.get': [{ key: 'language' }],
  'settings.setLanguage': [{}, { language: 'fr' }, { language: 'VI' }, { language: null }],
  'articles.restore': [{ id: ID }, { id: 'nope', expectedVersion: 1 }, { id: ID, expectedVersion: 0 }],
  'desk.list': [
    { sort: 'headline' },
    { limit: 201 },
    { cursor: 7 },
    { filters: { statuses: [] } },
    { filters: { statuses: ['lost'] } },
    { filters: { createdFrom: 'yesterday' } },
    { filters: { author: 'Đ.K.C' } },
  ],
  'desk.counts': [{ status: 'draft' }],
  'search.articles': [{}, { query: 42 }, { query: 'x'.repeat(201) }, { query: 'a', limit: 0 }, { query: 'a', filters: { category: '' } }],
  'savedSearches.list': [{ all: true }],
  'savedSearches.create': [{ name: 'x', query: 'y' }, { name: '  ', query: 'y', filters: {} }, { name: 'x', query: 'y', filters: { hasPhotos: true } }],
  'savedSearches.delete': [{ id: ID }, { id: 'nope', expectedVersion: 1 }],
};

let room: TempNewsroom;
let existingId: string;

beforeAll(async () => {
  room = openTempNewsroom();
  // One real article, so that a malformed update or delete would have something to damage.
  const result = await room.call('articles.create', fields);
  if (!result.ok) throw new Error(result.error.message);
  existingId = (result.value as { id: string }).id;
});
afterAll(() => room.cleanup());

describe.each(CALL_NAMES)('%s', (name) => {
  const cases = [...MALFORMED_FOR_ALL, ...MALFORMED[name]];
  test.each(cases.map((input) => [JSON.stringify(input)?.slice(0, 80) ?? 'undefined', input]))(
    'rejects %s with a validation error and writes nothing',
    async (_label, input) => {
      const withRealId =
        input && typeof input === 'object' && 'id' in input && (input as { id: unknown }).id === ID
          ? { ...input, id: existingId }
          : input;
      const before = snapshotDatabase(room.dataDir);
      const settingsBefore = room.newsroom.settings.get('language');

      const result = await room.call(name, withRealId);

      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(snapshotDatabase(room.dataDir)).toEqual(before);
      expect(room.newsroom.settings.get('language')).toBe(settingsBefore);
    },
  );
});

test('every call has malformed cases in this test', () => {
  expect(Object.keys(MALFORMED).sort()).toEqual([...CALL_NAMES].sort());
});

test('an unknown call name is a validation error', async () => {
  for (const name of ['articles.drop', '', 42, null, 'constructor', '__proto__']) {
    expect(await room.call(name as string, {})).toMatchObject({ ok: false, error: { code: 'validation' } });
  }
});

test('non-JSON input (BigInt) is a validation error, not a crash', async () => {
  expect(await room.call('articles.list', { limit: 10n })).toMatchObject({ ok: false, error: { code: 'validation' } });
});

test('validation errors name the offending field', async () => {
  const result = await room.call('articles.update', { id: existingId, expectedVersion: 1, patch: { headline: 42 } });
  expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'patch.headline' }] } });
});
