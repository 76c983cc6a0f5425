import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CALL_NAMES, type CallName } from '../../src/shared/contract/calls';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { MAX_INPUT_BYTES } from '../../src/main/core/router/router';
import { snapshotDatabase } from '../helpers/database-snapshot';
import { openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

const ID = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const PHOTO_ID = 'a'.repeat(64);
const body = bodyFromPlainText('Đoạn văn.');
const fields = { headline: 'Tiêu đề', sapo: 'Sapo', category: 'Tin tức', body };

/** Inputs no call accepts: every call takes a strict object. */
const MALFORMED_FOR_ALL: unknown[] = [undefined, null, 0, 'articles', true, [], [{}], { unexpected: 'key' }];

/** Per call: wrong types, out-of-range values, missing fields, extra keys, oversized text. */
const newUser = { username: 'phongvien', displayName: 'Phóng viên', initials: 'P.V', roles: ['reporter'], password: 'mat-khau-dai' };

const MALFORMED: Record<CallName, unknown[]> = {
  'session.current': [{ user: 'admin' }],
  'session.signIn': [{}, { username: 'a' }, { password: 'x' }, { username: 42, password: 'x' }, { username: 'a', password: '' }, { username: 'a', password: 'x'.repeat(201) }, { username: 'a', password: 'b', remember: true }],
  'session.signOut': [{ everywhere: true }],
  'setup.createNewsroom': [
    {},
    { ...newUser, newsroomName: 'Báo' },
    { username: 'admin', displayName: 'A', initials: 'A', password: 'mat-khau-dai' },
    { username: 'admin', displayName: 'A', initials: 'A', password: 'short', newsroomName: 'Báo' },
    { username: 'a b', displayName: 'A', initials: 'A', password: 'mat-khau-dai', newsroomName: 'Báo' },
    { username: 'admin', displayName: '   ', initials: 'A', password: 'mat-khau-dai', newsroomName: 'Báo' },
    { username: 'admin', displayName: 'A', initials: 'A', password: 'mat-khau-dai', newsroomName: 'Báo', categories: [] },
    { username: 'admin', displayName: 'A', initials: 'A', password: 'mat-khau-dai', newsroomName: 'Báo', categories: ['Kinh tế', 'kinh tế '] },
    { username: 'admin', displayName: 'A', initials: 'A', password: 'mat-khau-dai', newsroomName: 'Báo', categories: ['  '] },
    { username: 'admin', displayName: 'A', initials: 'A', password: 'mat-khau-dai', newsroomName: 'Báo', categories: ['x'.repeat(101)] },
  ],
  'setup.createSample': [{ stories: 5 }, []],
  'users.list': [{ all: true }],
  'users.colleagues': [{ all: true }],
  'users.create': [
    {},
    { ...newUser, roles: [] },
    { ...newUser, roles: ['superuser'] },
    { ...newUser, username: 'ab' },
    { ...newUser, username: 'x'.repeat(51) },
    { ...newUser, username: '<script>' },
    { ...newUser, password: '1234567' },
    { ...newUser, password: 'x'.repeat(201) },
    { ...newUser, id: ID },
  ],
  'users.update': [{}, { id: ID }, { id: ID, expectedVersion: 1, roles: [] }, { id: ID, expectedVersion: 1, disabled: 'yes' }, { id: ID, expectedVersion: 1, password: 'newpassword' }],
  'users.setPassword': [{ id: ID }, { id: ID, password: 'short' }, { password: 'long enough password' }],
  'workflow.transition': [
    {},
    { articleId: ID, action: 'publish' },
    { articleId: ID, action: 'fly', expectedVersion: 1 },
    { articleId: ID, action: 'submit', expectedVersion: 0 },
    { articleId: ID, action: 'return', expectedVersion: 1, note: '' },
    { articleId: ID, action: 'schedule', expectedVersion: 1, publishAt: 'ngày mai' },
    { articleId: ID, action: 'submit', expectedVersion: 1, status: 'published' },
  ],
  'outbox.list': [{ limit: 10 }],
  'outbox.forArticle': [{}, { articleId: 'x' }],
  'outbox.retry': [{}, { id: 'job' }, { id: ID, now: true }],
  'outbox.cancel': [{}, { id: 42 }],
  'outbox.health': [{ destination: 'website' }],
  'publishing.status': [{ verbose: true }],
  'destinations.list': [{ secrets: true }],
  'destinations.save': [
    {},
    { name: 'Wire', url: 'not a url', enabled: true },
    { name: '', url: 'https://example.vn/in', enabled: true },
    { name: 'Wire', url: 'https://example.vn/in', enabled: 'yes' },
    { name: 'Wire', url: 'https://example.vn/in', enabled: true, secret: 'short' },
    { name: 'Wire', url: 'http://example.vn/in', enabled: true },
    { name: 'Wire', url: 'https://example.vn/in', enabled: true, kind: 'ftp' },
  ],
  'destinations.remove': [{}, { id: 'wire' }],
  'destinations.check': [{}, { id: 7 }],
  'notes.list': [{}, { articleId: 'x' }],
  'notes.add': [{ articleId: ID }, { articleId: ID, body: '' }, { articleId: ID, body: '   ' }, { articleId: ID, body: 'x'.repeat(5_001) }],
  'audit.list': [{}, { articleId: ID, since: 0 }],
  'publications.list': [{}, { articleId: 7 }],
  'publications.get': [{}, { id: 'first' }],
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
  'articles.delete': [{ id: ID }, { expectedVersion: 1 }, { id: ID, expectedVersion: 1.2 }, { id: ID, expectedVersion: 1, force: true }],
  'categories.list': [{ all: true }],
  'categories.replace': [{}, { names: [] }, { names: ['Y tế', 'y tế'] }, { names: [''] }, { names: 'Tin tức' }, { names: ['Tin tức'], order: 1 }],
  'newsroom.rename': [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(201) }, { name: 42 }],
  'settings.get': [{ key: 'language' }],
  'settings.setLanguage': [{}, { language: 'fr' }, { language: 'VI' }, { language: null }],
  'settings.setTheme': [{}, { theme: 'auto' }, { theme: 'Dark' }, { theme: null }, { theme: 'dark', language: 'vi' }],
  'revisions.list': [{}, { articleId: 'x' }, { articleId: ID, extra: 1 }],
  'articles.save': [
    { story: null, fields: null, checkpoint: null, journalKey: null },
    { story: null, fields, checkpoint: 'publish', journalKey: null },
    { story: { id: ID }, fields, checkpoint: null, journalKey: null },
    { story: { id: ID, expectedVersion: 0 }, fields, checkpoint: 'manual', journalKey: null },
    { story: { id: ID, expectedVersion: 1 }, fields: { ...fields, status: 'published' }, checkpoint: 'manual', journalKey: null },
    { story: { id: ID, expectedVersion: 1 }, fields, checkpoint: 'autosave', journalKey: '../etc' },
    { story: { id: ID, expectedVersion: 1 }, fields, checkpoint: 'autosave' },
    { story: { id: ID, expectedVersion: 1 }, fields, checkpoint: 'autosave', journalKey: null, userId: 'me' },
  ],
  'revisions.diff': [{ fromRevisionId: ID }, { fromRevisionId: 'a', toRevisionId: 'b' }],
  'revisions.restore': [{ revisionId: ID }, { revisionId: ID, expectedVersion: 0 }, { revisionId: 'x', expectedVersion: 1 }],
  'drafts.write': [
    { key: 'k', articleId: null, baseVersion: null },
    { key: '../etc', articleId: null, baseVersion: null, fields },
    { key: 'k', articleId: null, baseVersion: 0, fields },
    { key: 'k', articleId: null, baseVersion: null, fields: { ...fields, slug: 'Không hợp lệ' } },
    { key: 'k', articleId: null, baseVersion: null, fields: { ...fields, authors: [{ name: 'A', roles: ['editor'] }] } },
  ],
  'drafts.recoverable': [{ all: true }],
  'drafts.discard': [{}, { key: '' }, { key: 'a/b' }],
  'media.importPhoto': [
    { fileName: 'a.jpg' },
    { fileName: '', data: new Uint8Array([255, 216]) },
    { fileName: 'a.jpg', data: new Uint8Array(0) },
    { fileName: 'a.jpg', data: 'AAAA' },
    { fileName: 'a.jpg', data: { 0: 255, 1: 216 } },
    { fileName: 'a.jpg', data: [255, 216] },
  ],
  'media.rendition': [{}, { id: 'abc' }, { id: 'G'.repeat(64) }, { id: PHOTO_ID, size: 'original' }, { id: PHOTO_ID, size: 400 }],
  'media.get': [{}, { id: 'abc' }, { id: PHOTO_ID.toUpperCase() }, { id: PHOTO_ID, extra: true }],
  'media.list': [
    { limit: 0 },
    { limit: 201 },
    { limit: 1.5 },
    { query: 42 },
    { query: 'x'.repeat(201) },
    { cursor: 7 },
    { cursor: 'x'.repeat(301) },
    { cursor: 'not-a-cursor' },
    { filters: { uncaptioned: 'yes' } },
    { filters: { from: '2024-13-01' } },
    { filters: { to: '29/06/2024' } },
    { filters: { photographer: 'x'.repeat(101) } },
    { filters: { tag: 'a' } },
  ],
  'media.update': [
    { id: PHOTO_ID, expectedVersion: 1 },
    { id: PHOTO_ID, expectedVersion: 1, patch: {} },
    { id: PHOTO_ID, expectedVersion: 0, patch: { caption: 'C' } },
    { id: 'abc', expectedVersion: 1, patch: { caption: 'C' } },
    { id: PHOTO_ID, expectedVersion: 1, patch: { caption: 'x'.repeat(2001) } },
    { id: PHOTO_ID, expectedVersion: 1, patch: { credit: 7 } },
    { id: PHOTO_ID, expectedVersion: 1, patch: { keywords: 'một' } },
    { id: PHOTO_ID, expectedVersion: 1, patch: { keywords: [''] } },
    { id: PHOTO_ID, expectedVersion: 1, patch: { keywords: Array.from({ length: 51 }, (_, index) => `k${index}`) } },
    { id: PHOTO_ID, expectedVersion: 1, patch: { width: 10 } },
  ],
  'media.counts': [{ all: true }],
  'articles.restore': [{ id: ID }, { id: 'nope', expectedVersion: 1 }, { id: ID, expectedVersion: 0 }],
  'desk.list': [
    // What the dropped `articles.list` was tested with, now on the list the app uses.
    { limit: 0 },
    { limit: 1.5 },
    { limit: '10' },
    { cursor: 'x'.repeat(301) },
    { view: 'mine' },
    { limit: -1 },
    { sort: null },
    { sort: 'headline' },
    { limit: 201 },
    { cursor: 7 },
    { filters: { statuses: [] } },
    { filters: { statuses: ['lost'] } },
    { filters: { createdFrom: 'yesterday' } },
    { filters: { author: '' } },
  ],
  'desk.counts': [{ status: 'draft' }],
  'search.articles': [{}, { query: 42 }, { query: 'x'.repeat(201) }, { query: 'a', limit: 0 }, { query: 'a', filters: { category: '' } }],
  'savedSearches.list': [{ all: true }],
  'savedSearches.create': [{ name: 'x', query: 'y' }, { name: '  ', query: 'y', filters: {} }, { name: 'x', query: 'y', filters: { hasPhotos: 'yes' } }],
  'savedSearches.delete': [{ id: ID }, { id: 'nope', expectedVersion: 1 }],
  'backups.list': [{ kind: 'daily' }],
  'backups.create': [{ kind: 'manual' }, []],
  'backups.restore': [{}, { id: '../newsdesk' }, { id: '2026-12-03T11-32-41-000Z-hourly.sqlite' }, { id: '/etc/passwd' }],
};

let room: TempNewsroom;
let existingId: string;

beforeAll(async () => {
  room = await openSignedInNewsroom();
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
      // Point well-formed ids at a real article, so a malformed call would have something to damage.
      const withRealId =
        input && typeof input === 'object' && !Array.isArray(input)
          ? Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value === ID ? existingId : value]))
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
  expect(await room.call('desk.list', { limit: 10n })).toMatchObject({ ok: false, error: { code: 'validation' } });
});

test('validation errors name the offending field', async () => {
  const fields = { headline: 42, sapo: '', category: '', body: bodyFromPlainText('Đoạn.') };
  const result = await room.call('articles.save', { story: { id: existingId, expectedVersion: 1 }, fields, checkpoint: null, journalKey: null });
  expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'fields.headline' }] } });
});
