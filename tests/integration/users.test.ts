import { afterEach, describe, expect, test } from 'vitest';
import { createJsonLogger } from '../../src/shared/node/logger';
import { createRouter } from '../../src/main/core/router/router';
import { hashPassword, legacyScryptHash, verifyPassword } from '../../src/shared/node/password';
import { FREE_FAILURES } from '../../src/main/core/users/sign-in-throttle';
import { APP_SENDER, openTempNewsroom, TEST_ORIGIN, TEST_PASSWORD, withDatabase, type TempNewsroom } from '../helpers/temp-newsroom';

const rooms: TempNewsroom[] = [];
afterEach(() => {
  for (const room of rooms.splice(0)) room.cleanup();
});

/** A newsroom whose clock the test moves by hand. */
function openWithClock() {
  let now = new Date('2024-06-29T09:49:00.000Z').getTime();
  const room = openTempNewsroom({ clock: { now: () => new Date(now) } });
  rooms.push(room);
  return { room, advance: (seconds: number) => (now += seconds * 1000) };
}

const passwordHashIn = (room: TempNewsroom, username: string): string =>
  withDatabase(room, (db) => db.prepare<[string], string>('SELECT password_hash FROM users WHERE username = ?').pluck().get(username)!);

const throttleRows = (room: TempNewsroom): { username_key: string; failures: number }[] =>
  withDatabase(room, (db) => db.prepare<[], { username_key: string; failures: number }>('SELECT username_key, failures FROM sign_in_throttle ORDER BY username_key').all());

describe('passwords', () => {
  test('are stored as salted argon2id hashes that do not contain the password', async () => {
    const { room } = openWithClock();
    await room.addUser({ username: 'an', roles: ['reporter'], password: 'mật khẩu bí mật' });
    const stored = room.newsroom.users.list();
    expect(JSON.stringify(stored)).not.toContain('mật khẩu');
    const hash = await hashPassword('mật khẩu bí mật');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(passwordHashIn(room, 'an')).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain('mật khẩu');
    expect(await hashPassword('mật khẩu bí mật')).not.toBe(hash);
    expect(await verifyPassword('mật khẩu bí mật', hash)).toBe(true);
    expect(await verifyPassword('mật khẩu bí mật ', hash)).toBe(false);
  });

  test('a legacy scrypt hash still signs in, and is replaced by an argon2id hash at that sign-in', async () => {
    const { room } = openWithClock();
    const user = await room.addUser({ username: 'cu', roles: ['reporter'] });
    const legacy = await legacyScryptHash(TEST_PASSWORD);
    withDatabase(room, (db) => db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(legacy, user.id));
    expect(await room.call('session.signIn', { username: 'cu', password: 'sai' })).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(passwordHashIn(room, 'cu')).toBe(legacy);
    expect(await room.call('session.signIn', { username: 'cu', password: TEST_PASSWORD })).toMatchObject({ ok: true });
    const upgraded = passwordHashIn(room, 'cu');
    expect(upgraded).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(TEST_PASSWORD, upgraded)).toBe(true);
    // The upgrade is not an edit of the user: an admin's pending edit does not conflict.
    expect(room.newsroom.users.get(user.id).version).toBe(user.version);
    expect(await room.call('session.signIn', { username: 'cu', password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  test('a damaged or unknown hash form matches no password', async () => {
    expect(await verifyPassword('x', '$argon2id$v=19$m=19456,t=2,p=1$broken')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$x$y$z$$')).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  test('match in either Unicode form, as typed on any keyboard', async () => {
    const hash = await hashPassword('Đồng Tháp 2024');
    expect(await verifyPassword('Đồng Tháp 2024'.normalize('NFD'), hash)).toBe(true);
  });
});

describe('signing in', () => {
  test('with the right password, in any letter case of the user name', async () => {
    const { room } = openWithClock();
    await room.addUser({ username: 'PhongVien', roles: ['reporter'] });
    expect(await room.call('session.signIn', { username: 'phongvien', password: TEST_PASSWORD })).toMatchObject({
      ok: true,
      value: { user: { username: 'PhongVien', roles: ['reporter'] } },
    });
  });

  test('is throttled after repeated failures, even for the right password, until the lock expires', async () => {
    const { room, advance } = openWithClock();
    await room.addUser({ username: 'an', roles: ['reporter'] });
    for (let attempt = 1; attempt < FREE_FAILURES; attempt += 1) {
      expect(await room.call('session.signIn', { username: 'an', password: 'sai' })).toMatchObject({ error: { code: 'unauthenticated' } });
    }
    expect(await room.call('session.signIn', { username: 'an', password: 'sai' })).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await room.call('session.signIn', { username: 'an', password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', retryAfterSeconds: 30 },
    });
    advance(31);
    expect(await room.call('session.signIn', { username: 'an', password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  test('each further failure doubles the lock, and a restart does not reset it', async () => {
    const { room, advance } = openWithClock();
    await room.addUser({ username: 'an', roles: ['reporter'] });
    for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) await room.call('session.signIn', { username: 'an', password: 'sai' });
    advance(31);
    await room.call('session.signIn', { username: 'an', password: 'sai' });
    const restarted = openTempNewsroom({ dataDir: room.dataDir, clock: room.newsroom.clock });
    rooms.push(restarted);
    expect(await restarted.call('session.signIn', { username: 'an', password: TEST_PASSWORD })).toMatchObject({
      error: { code: 'rate_limited', retryAfterSeconds: 60 },
    });
  });

  test('unknown user names are throttled too, with the same message as a wrong password', async () => {
    const { room } = openWithClock();
    const results = [];
    for (let attempt = 0; attempt <= FREE_FAILURES; attempt += 1) {
      results.push(await room.call('session.signIn', { username: 'khong-co', password: 'x' }));
    }
    expect(results.slice(0, FREE_FAILURES).map((result) => !result.ok && result.error.message)).toEqual(
      Array(FREE_FAILURES).fill('Wrong user name or password'),
    );
    expect(results.at(-1)).toMatchObject({ error: { code: 'rate_limited' } });
  });

  test('forgets the names that were tried a day after their last failure, so the table stays small (#13)', async () => {
    const { room, advance } = openWithClock();
    await room.addUser({ username: 'an', roles: ['reporter'] });
    for (let index = 0; index < 6; index += 1) {
      await room.call('session.signIn', { username: `thu-${index}`, password: 'x' });
    }
    for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) await room.call('session.signIn', { username: 'an', password: 'sai' });
    expect(throttleRows(room)).toHaveLength(7);

    // Within the day, the name keeps its count: one more failure locks it longer.
    advance(23 * 60 * 60);
    await room.call('session.signIn', { username: 'an', password: 'sai' });
    expect(throttleRows(room).find((row) => row.username_key === 'an')?.failures).toBe(FREE_FAILURES + 1);
    // A day after their last failure, the 6 tried names are gone at the next failure anywhere.
    advance(60 * 60 + 1);
    await room.call('session.signIn', { username: 'khac', password: 'x' });
    expect(throttleRows(room).map((row) => row.username_key)).toEqual(['an', 'khac']);
    // And a name forgotten by time starts from zero, even before its row is deleted.
    advance(24 * 60 * 60 + 1);
    await room.call('session.signIn', { username: 'an', password: 'sai' });
    expect(throttleRows(room)).toEqual([{ username_key: 'an', failures: 1 }]);
    expect(await room.call('session.signIn', { username: 'an', password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect(throttleRows(room)).toEqual([]);
  });

  test('never writes the password to the log', async () => {
    const lines: string[] = [];
    const { room } = openWithClock();
    const router = createRouter({ newsroom: room.newsroom, trustedOrigins: [TEST_ORIGIN], logger: createJsonLogger((line) => lines.push(line)) });
    await room.addUser({ username: 'an', roles: ['reporter'] });
    await router.dispatch('session.signIn', { username: 'an', password: 'mật-khẩu-lộ' }, APP_SENDER);
    await router.dispatch('session.signIn', { username: 'an', password: TEST_PASSWORD }, APP_SENDER);
    expect(lines.join('')).not.toContain('mật-khẩu-lộ');
    expect(lines.join('')).not.toContain(TEST_PASSWORD);
  });
});

describe('sessions and administration', () => {
  test('calls that need a user are refused while signed out', async () => {
    const { room } = openWithClock();
    expect(await room.call('desk.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await room.call('settings.get', {})).toMatchObject({ ok: true });
  });

  test('signing out ends the session', async () => {
    const { room } = openWithClock();
    await room.addUser({ username: 'an', roles: ['reporter'] });
    await room.signIn('an');
    expect(await room.call('session.signOut', {})).toMatchObject({ ok: true, value: { user: null } });
    expect(await room.call('desk.list', {})).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  test('a disabled user is signed out on their next call and cannot sign in again', async () => {
    const { room } = openWithClock();
    const admin = await room.addUser({ username: 'quantri', roles: ['admin'] });
    const reporter = await room.addUser({ username: 'an', roles: ['reporter'] });
    await room.signIn('an');
    room.newsroom.users.update(reporter.id, reporter.version, { disabled: true }, admin.id);
    expect(await room.call('desk.list', {})).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await room.call('session.signIn', { username: 'an', password: TEST_PASSWORD })).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  test('a role taken away by an admin is gone on the very next call', async () => {
    const { room } = openWithClock();
    const admin = await room.addUser({ username: 'quantri', roles: ['admin'] });
    const writer = await room.addUser({ username: 'an', roles: ['reporter'] });
    await room.signIn('an');
    room.newsroom.users.update(writer.id, writer.version, { roles: ['photographer'] }, admin.id);
    const result = await room.call('workflow.transition', { articleId: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b', action: 'claim', expectedVersion: 1 });
    expect(result).toMatchObject({ error: { code: 'forbidden' } });
  });

  test('only admins manage users; admins cannot lock themselves out', async () => {
    const { room } = openWithClock();
    const admin = await room.addUser({ username: 'quantri', roles: ['admin'] });
    await room.addUser({ username: 'tongbientap', roles: ['editor_in_chief'] });
    const newUser = { username: 'moi', displayName: 'Mới', initials: 'M', roles: ['reporter'], password: 'mật khẩu mới' };

    await room.signIn('tongbientap');
    expect(await room.call('users.create', newUser)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await room.call('users.list', {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(await room.call('users.colleagues', {})).toMatchObject({ ok: true });

    await room.signIn('quantri');
    expect(await room.call('users.create', newUser)).toMatchObject({ ok: true, value: { username: 'moi', roles: ['reporter'] } });
    expect(await room.call('users.create', { ...newUser, username: 'MOI' })).toMatchObject({ error: { code: 'validation' } });
    expect(await room.call('users.update', { id: admin.id, expectedVersion: admin.version, disabled: true })).toMatchObject({ error: { code: 'forbidden' } });
    expect(await room.call('users.update', { id: admin.id, expectedVersion: admin.version, roles: ['reporter'] })).toMatchObject({ error: { code: 'forbidden' } });
  });

  test('first-run setup works once, creates an admin editor-in-chief and signs them in', async () => {
    const { room } = openWithClock();
    expect(await room.call('session.current', {})).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
    const setup = { newsroomName: 'Báo Bạc Liêu', username: 'dkc', displayName: 'Đặng Kim Chi', initials: 'Đ.K.C', password: 'mật khẩu đủ dài', categories: ['Tin tức', 'Kinh tế'] };
    expect(await room.call('setup.createNewsroom', setup)).toMatchObject({
      ok: true,
      value: { newsroomName: 'Báo Bạc Liêu', needsSetup: false, user: { username: 'dkc', roles: ['admin', 'editor_in_chief'] } },
    });
    expect(await room.call('setup.createNewsroom', { ...setup, username: 'khac' })).toMatchObject({ error: { code: 'forbidden' } });
    expect(room.newsroom.users.count()).toBe(1);
  });
});
