import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { systemClock } from '../../src/shared/clock';
import { newId } from '../../src/shared/ids';
import { silentLogger } from '../../src/shared/node/logger';
import { createRouter, type Router } from '../../src/main/core/router/router';
import { CALL_NAMES, type CallName } from '../../src/shared/contract/calls';
import { contract, type AccessRule, type CallInput } from '../../src/shared/contract/contract';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { Article } from '../../src/shared/domain/article';
import { ROLES, type Role } from '../../src/shared/domain/roles';
import type { User } from '../../src/shared/domain/user';
import { WORKFLOW_ACTIONS } from '../../src/shared/workflow/transitions';
import { snapshotDatabase } from '../helpers/database-snapshot';
import { photoLikeJpeg } from '../helpers/photo-files';
import { APP_SENDER, openTempNewsroom, TEST_ORIGIN, TEST_PASSWORD, type TempNewsroom } from '../helpers/temp-newsroom';

/**
 * Direct calls that bypass the UI, through the real router on a real SQLite file: for every call
 * and every role its access rule refuses, the call is refused with `forbidden`, and signed out with
 * `unauthenticated`, and the database is exactly as it was. Then the rules that need a record's
 * state (delete and restore a story, restore a revision, edit a photo, an admin's own account),
 * which the core applies inside its transactions.
 */

const FIELDS = { headline: 'Bài thử quyền', sapo: '', category: 'Tin tức', body: bodyFromPlainText('Nội dung.') };
const SOME_ID = newId(systemClock);
const SOME_PHOTO = '0'.repeat(64);

/**
 * One input per call that passes validation, so the access check is what decides. Typed by the
 * call names: a new call without an entry here does not compile.
 */
const VALID_INPUT: { [K in CallName]: CallInput<K> } = {
  'session.current': {},
  'session.signIn': { username: 'nobody', password: 'x' },
  'session.signOut': {},
  'setup.createNewsroom': { username: 'ai-do', displayName: 'Ai Đó', initials: 'A.Đ', password: TEST_PASSWORD, newsroomName: 'Báo', categories: ['Tin tức'] },
  'users.list': {},
  'users.colleagues': {},
  'users.create': { username: 'nguoi-moi', displayName: 'Người Mới', initials: 'N.M', roles: ['reporter'], password: TEST_PASSWORD },
  'users.update': { id: SOME_ID, expectedVersion: 1, displayName: 'Tên khác' },
  'users.setPassword': { id: SOME_ID, password: TEST_PASSWORD },
  'articles.create': FIELDS,
  'articles.get': { id: SOME_ID },
  // A new story: the save that starts one is for the roles that write.
  'articles.save': { story: null, fields: FIELDS, checkpoint: 'autosave', journalKey: 'draft-1' },
  'articles.delete': { id: SOME_ID, expectedVersion: 1 },
  'articles.restore': { id: SOME_ID, expectedVersion: 1 },
  'workflow.transition': { articleId: SOME_ID, action: 'publish', expectedVersion: 1 },
  'notes.list': { articleId: SOME_ID },
  'notes.add': { articleId: SOME_ID, body: 'Ghi chú' },
  'audit.list': { articleId: SOME_ID },
  'publications.list': { articleId: SOME_ID },
  'publications.get': { id: SOME_ID },
  'outbox.list': {},
  'outbox.forArticle': { articleId: SOME_ID },
  'outbox.retry': { id: SOME_ID },
  'outbox.cancel': { id: SOME_ID },
  'outbox.health': {},
  'publishing.status': {},
  'destinations.list': {},
  'destinations.save': { name: 'Trang web', url: 'https://example.test/hook', enabled: true, secret: 'a'.repeat(32) },
  'destinations.remove': { id: SOME_ID },
  'destinations.check': { id: SOME_ID },
  'categories.list': {},
  'categories.replace': { names: ['Tin tức'] },
  'newsroom.rename': { name: 'Báo khác' },
  'settings.get': {},
  'settings.setLanguage': { language: 'vi' },
  'settings.setTheme': { theme: 'dark' },
  'revisions.list': { articleId: SOME_ID },
  'revisions.diff': { fromRevisionId: SOME_ID, toRevisionId: newId(systemClock) },
  'revisions.restore': { revisionId: SOME_ID, expectedVersion: 1 },
  'drafts.write': { key: 'draft-1', articleId: null, baseVersion: null, fields: FIELDS },
  'drafts.recoverable': {},
  'drafts.discard': { key: 'draft-1' },
  'media.importPhoto': { fileName: 'anh.jpg', data: new Uint8Array([0xff, 0xd8, 0xff]) },
  'media.rendition': { id: SOME_PHOTO },
  'media.get': { id: SOME_PHOTO },
  'media.list': {},
  'media.update': { id: SOME_PHOTO, expectedVersion: 1, patch: { caption: 'Chú thích' } },
  'media.counts': {},
  'desk.list': {},
  'desk.counts': {},
  'search.articles': { query: 'bài' },
  'savedSearches.list': {},
  'savedSearches.create': { name: 'Của tôi', query: '', filters: {} },
  'savedSearches.delete': { id: SOME_ID, expectedVersion: 1 },
  'backups.list': {},
  'backups.create': {},
  'backups.restore': { id: '2026-12-03T11-32-41-000Z-manual' },
};

let room: TempNewsroom;
const routers = new Map<Role, Router>();
const users = new Map<Role, User>();
let signedOut: Router;
let colleague: User;

const newRouter = () => createRouter({ newsroom: room.newsroom, trustedOrigins: [TEST_ORIGIN], logger: silentLogger });

beforeAll(async () => {
  room = openTempNewsroom();
  for (const role of ROLES) {
    const user = await room.addUser({ username: `chi-${role}`, roles: [role] });
    const router = newRouter();
    const signIn = await router.dispatch('session.signIn', { username: user.username, password: TEST_PASSWORD }, APP_SENDER);
    expect(signIn.ok).toBe(true);
    users.set(role, user);
    routers.set(role, router);
  }
  colleague = await room.addUser({ username: 'dong-nghiep', roles: [...ROLES] });
  signedOut = newRouter();
});

afterAll(() => room.cleanup());

/** Whether the rule lets a user holding only `role` make the call with this input. */
function allows(rule: AccessRule<never>, role: Role, input: unknown): boolean {
  if (rule === 'public' || rule === 'signed-in') return true;
  if (typeof rule === 'function') return (rule as (user: User, input: unknown) => boolean)(users.get(role)!, input);
  return rule.includes(role);
}

/** Dispatches and expects the typed refusal, with not one row of the database changed. */
async function expectRefused(router: Router, name: CallName, input: unknown, code: 'forbidden' | 'unauthenticated') {
  const before = snapshotDatabase(room.dataDir);
  const result = await router.dispatch(name, input, APP_SENDER);
  expect(result.ok, `${name} was allowed`).toBe(false);
  if (!result.ok) expect(result.error.code, `${name}: ${result.error.message}`).toBe(code);
  expect(snapshotDatabase(room.dataDir)).toEqual(before);
}

/** Every (call, input) the coarse rules are asked about: each workflow action separately. */
const CASES: [CallName, unknown][] = CALL_NAMES.flatMap((name): [CallName, unknown][] =>
  name === 'workflow.transition'
    ? WORKFLOW_ACTIONS.map((action) => [name, { ...VALID_INPUT[name], action }])
    : [[name, VALID_INPUT[name]]],
);

describe('the access table, called directly', () => {
  test('every input of the table passes validation, so access is what is tested', () => {
    for (const [name, input] of CASES) expect(contract[name].input.safeParse(input).success, name).toBe(true);
  });

  test('the table refuses somebody for some calls (the loop below has work to do)', () => {
    const refusals = CASES.flatMap(([name, input]) => ROLES.filter((role) => !allows(contract[name].access, role, input)));
    expect(refusals.length).toBeGreaterThan(40);
  });

  test.each(CASES)('%s: every role the table refuses gets forbidden, nothing written', async (name, input) => {
    for (const role of ROLES) {
      if (!allows(contract[name].access, role, input)) await expectRefused(routers.get(role)!, name, input, 'forbidden');
    }
  });

  test.each(CASES.filter(([name]) => contract[name].access !== 'public'))(
    '%s: signed out gets unauthenticated, nothing written',
    async (name, input) => {
      await expectRefused(signedOut, name, input, 'unauthenticated');
    },
  );
});

describe('rules on a record’s state, applied by the core', () => {
  let draft: Article;
  let trashed: Article;
  let photoId: string;
  let revisionId: string;

  beforeAll(async () => {
    draft = room.newsroom.articles.create(FIELDS, colleague.id);
    revisionId = room.newsroom.revisions.record(draft.id, 'manual', colleague.id).id;
    trashed = room.newsroom.articles.create({ ...FIELDS, headline: 'Bài trong thùng rác' }, colleague.id);
    const { version } = room.newsroom.articles.softDelete(trashed.id, trashed.version);
    trashed = { ...trashed, version };
    const imported = await room.newsroom.media.importPhoto(await photoLikeJpeg(64, 48), 'cua-dong-nghiep.jpg', colleague.id);
    photoId = imported.photo.id;
  });

  test.each(ROLES)('%s may not delete, or bring back, a colleague’s story', async (role) => {
    const router = routers.get(role)!;
    await expectRefused(router, 'articles.delete', { id: draft.id, expectedVersion: draft.version }, 'forbidden');
    await expectRefused(router, 'articles.restore', { id: trashed.id, expectedVersion: trashed.version }, 'forbidden');
  });

  test.each(ROLES)('%s may not put back a revision of a colleague’s draft', async (role) => {
    await expectRefused(routers.get(role)!, 'revisions.restore', { revisionId, expectedVersion: draft.version }, 'forbidden');
  });

  test('a reporter may not edit the caption of a photo a colleague imported', async () => {
    await expectRefused(routers.get('reporter')!, 'media.update', { id: photoId, expectedVersion: 1, patch: { caption: 'Sửa' } }, 'forbidden');
  });

  test('an admin may not disable their own account or drop their own admin role', async () => {
    const admin = room.newsroom.users.get(users.get('admin')!.id);
    const router = routers.get('admin')!;
    await expectRefused(router, 'users.update', { id: admin.id, expectedVersion: admin.version, disabled: true }, 'forbidden');
    await expectRefused(router, 'users.update', { id: admin.id, expectedVersion: admin.version, roles: ['editor'] }, 'forbidden');
  });

  test('the author may delete their own draft and bring it back (the rules are not just refusals)', async () => {
    const author = routers.get('reporter')!;
    const own = room.newsroom.workflow.create(FIELDS, users.get('reporter')!);
    const deleted = await author.dispatch('articles.delete', { id: own.id, expectedVersion: own.version }, APP_SENDER);
    expect(deleted).toMatchObject({ ok: true, value: { id: own.id } });
    const version = deleted.ok ? (deleted.value as { version: number }).version : 0;
    expect(await author.dispatch('articles.restore', { id: own.id, expectedVersion: version }, APP_SENDER)).toMatchObject({ ok: true });
  });
});
