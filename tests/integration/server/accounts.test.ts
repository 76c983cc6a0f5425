import { afterEach, describe, expect, test } from 'vitest';
import { silentLogger } from '../../../src/shared/node/logger';
import { legacyScryptHash, verifyPassword } from '../../../src/shared/node/password';
import { FREE_FAILURES } from '../../../src/shared/security/sign-in-throttle';
import type { ServerConfig } from '../../../src/server/config';
import { openNewsroomServer, type NewsroomServer } from '../../../src/server/newsroom-server';
import { manualClock, serverDatabases } from '../../helpers/server-databases';

const PASSWORD = 'mật khẩu tòa soạn';
const config: ServerConfig = { databaseUrl: undefined, dataDir: '', host: '127.0.0.1', port: 0, sessionDays: 30 };

const servers: NewsroomServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe.each(serverDatabases())('accounts and sessions on $name', (database) => {
  describe.skipIf(database.missing !== null)('over HTTP', () => {
    async function start() {
      const { db } = await database.open();
      const time = manualClock();
      const server = await openNewsroomServer({ config, logger: silentLogger, clock: time.clock, db });
      servers.push(server);
      const { url } = await server.listen();
      const send = async (method: string, path: string, options: { body?: unknown; raw?: string; token?: string } = {}) => {
        const headers: Record<string, string> = {};
        if (options.body !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
        if (options.token) headers.authorization = `Bearer ${options.token}`;
        const response = await fetch(`${url}${path}`, { method, headers, body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)) });
        const text = await response.text();
        return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
      };
      const signIn = (username: string, password = PASSWORD) => send('POST', '/api/session', { body: { username, password } });
      return { server, db, send, signIn, ...time };
    }

    test('health answers without signing in, and names the database', async () => {
      const { send } = await start();
      expect(await send('GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok', database: database.name } });
      expect(await send('GET', '/nowhere')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    });

    test('sign in (any letter case), whoami with the token, sign out ends the token', async () => {
      const { server, send, signIn } = await start();
      const admin = await server.accounts.createFirst({ username: 'TongBienTap', displayName: 'Tổng biên tập', initials: 'TBT', password: PASSWORD }, 'Báo Mới');
      expect(admin.roles).toEqual(['admin', 'editor_in_chief']);
      const signedIn = await signIn('tongbientap');
      expect(signedIn).toMatchObject({ status: 200, body: { account: { id: admin.id, username: 'TongBienTap', displayName: 'Tổng biên tập' } } });
      const token = signedIn.body.token as string;
      expect(JSON.stringify(signedIn.body)).not.toContain('argon2');
      expect(await send('GET', '/api/whoami', { token })).toMatchObject({ status: 200, body: { account: { id: admin.id } } });
      expect(await send('DELETE', '/api/session', { token })).toMatchObject({ status: 204 });
      expect(await send('GET', '/api/whoami', { token })).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
      expect(await send('GET', '/api/whoami')).toMatchObject({ status: 401 });
      expect(await send('GET', '/api/whoami', { token: 'made-up' })).toMatchObject({ status: 401 });
    });

    test('tokens are stored only as hashes, and expire', async () => {
      const { server, db, send, signIn, advance } = await start();
      await server.accounts.create({ username: 'an', displayName: 'An', initials: 'A', roles: ['reporter'], password: PASSWORD }, null);
      const { token } = (await signIn('an')).body as { token: string };
      const rows = await db.query<Record<string, unknown>>('SELECT * FROM sessions');
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(token);
      advance(29 * 24 * 60 * 60);
      expect((await send('GET', '/api/whoami', { token })).status).toBe(200);
      advance(24 * 60 * 60 + 1);
      expect((await send('GET', '/api/whoami', { token })).status).toBe(401);
    });

    test('a disabled account loses its session at once', async () => {
      const { server, db, send, signIn } = await start();
      const account = await server.accounts.create({ username: 'an', displayName: 'An', initials: 'A', roles: ['reporter'], password: PASSWORD }, null);
      const { token } = (await signIn('an')).body as { token: string };
      await db.query('UPDATE accounts SET disabled_at = now() WHERE id = $1', [account.id]);
      expect((await send('GET', '/api/whoami', { token })).status).toBe(401);
      expect(await signIn('an')).toMatchObject({ status: 401, body: { error: { message: 'Wrong user name or password' } } });
    });

    test('new passwords are argon2id; a legacy scrypt hash signs in and is replaced by argon2id', async () => {
      const { server, db, signIn } = await start();
      const account = await server.accounts.create({ username: 'cu', displayName: 'Cũ', initials: 'C', roles: ['editor'], password: PASSWORD }, null);
      const hashOf = async () => (await db.query<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE id = $1', [account.id]))[0]!.password_hash;
      expect(await hashOf()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const legacy = await legacyScryptHash(PASSWORD);
      await db.query('UPDATE accounts SET password_hash = $1 WHERE id = $2', [legacy, account.id]);
      expect((await signIn('cu', 'sai')).status).toBe(401);
      expect(await hashOf()).toBe(legacy);
      expect((await signIn('cu')).status).toBe(200);
      const upgraded = await hashOf();
      expect(upgraded).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(PASSWORD, upgraded)).toBe(true);
      expect((await server.accounts.get(account.id)).version).toBe(account.version);
    });

    test('wrong passwords are throttled per name, unknown names too, with the same message', async () => {
      const { server, signIn, advance } = await start();
      await server.accounts.create({ username: 'an', displayName: 'An', initials: 'A', roles: ['reporter'], password: PASSWORD }, null);
      for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) {
        expect(await signIn('an', 'sai')).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated', message: 'Wrong user name or password' } } });
        expect(await signIn('khong-co', 'sai')).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated', message: 'Wrong user name or password' } } });
      }
      const locked = await signIn('an');
      expect(locked).toMatchObject({ status: 429, body: { error: { code: 'rate_limited', retryAfterSeconds: 30 } } });
      expect(locked.headers.get('retry-after')).toBe('30');
      expect((await signIn('khong-co')).status).toBe(429);
      advance(31);
      expect((await signIn('an')).status).toBe(200);
    });

    test('the throttle forgets tried names a day after their last failure', async () => {
      const { db, signIn, advance } = await start();
      for (let index = 0; index < 6; index += 1) await signIn(`thu-${index}`, 'x');
      expect(await db.query('SELECT username_key FROM sign_in_throttle')).toHaveLength(6);
      advance(24 * 60 * 60 + 1);
      await signIn('khac', 'x');
      expect(await db.query('SELECT username_key FROM sign_in_throttle')).toEqual([{ username_key: 'khac' }]);
    });

    test('bad bodies are refused with typed errors and sign no one in', async () => {
      const { server, db, send } = await start();
      await server.accounts.create({ username: 'an', displayName: 'An', initials: 'A', roles: ['reporter'], password: PASSWORD }, null);
      expect(await send('POST', '/api/session', { raw: '{"username":' })).toMatchObject({ status: 400, body: { error: { code: 'validation' } } });
      expect(await send('POST', '/api/session', { body: { username: 'an' } })).toMatchObject({
        status: 400,
        body: { error: { code: 'validation', issues: [{ path: 'password' }] } },
      });
      expect(await send('POST', '/api/session', { body: { username: 'an', password: PASSWORD, admin: true } })).toMatchObject({ status: 400 });
      expect(await send('POST', '/api/session', { raw: `{"username":"an","password":"x","__proto__":{"roles":["admin"]}}` })).toMatchObject({ status: 400 });
      expect(await send('POST', '/api/session', { body: { username: 'an', password: 'x'.repeat(20_000) } })).toMatchObject({ status: 400 });
      expect(await send('GET', '/api/session')).toMatchObject({ status: 400, body: { error: { code: 'validation' } } });
      expect(await db.query('SELECT * FROM sessions')).toEqual([]);
    });

    test('the first account is made once; a second setup is refused', async () => {
      const { server } = await start();
      await server.accounts.createFirst({ username: 'a', displayName: 'A', initials: 'A', password: PASSWORD }, 'Báo');
      await expect(server.accounts.createFirst({ username: 'b', displayName: 'B', initials: 'B', password: PASSWORD }, 'Báo')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(server.accounts.create({ username: 'A', displayName: 'A2', initials: 'A', roles: ['reporter'], password: PASSWORD }, null)).rejects.toMatchObject({ code: 'validation' });
      expect(await server.accounts.count()).toBe(1);
    });
  });
});
