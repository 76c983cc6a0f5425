import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Conf from 'conf';
import type { Clock } from '../../src/shared/clock';
import type { NewUser } from '../../src/main/core/users/user-store';
import type { ArticleFields } from '../../src/shared/domain/article';
import { ROLES, type Role } from '../../src/shared/domain/roles';
import type { User } from '../../src/shared/domain/user';
import { silentLogger, type Logger } from '../../src/shared/node/logger';
import { DATABASE_FILE, openNewsroom, type Newsroom } from '../../src/main/core/newsroom';
import { createRouter, type Router } from '../../src/main/core/router/router';
import type { Sender } from '../../src/main/core/router/trusted-sender';
import { createSettingsStore, type SettingsStore } from '../../src/main/core/settings/settings-store';
import { steppingClock } from './clocks';

export const TEST_ORIGIN = 'http://127.0.0.1:5999';
export const APP_SENDER: Sender = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };

export const makeTempDir = (prefix = 'newsdesk-test-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Settings the way tests keep them: `conf`, the library electron-store is built on. */
export const confSettings = (dir: string): SettingsStore =>
  createSettingsStore(new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'newsdesk' }));

/** The password every test user gets. */
export const TEST_PASSWORD = 'mật khẩu thử nghiệm';

export interface TempNewsroom {
  dataDir: string;
  newsroom: Newsroom;
  router: Router;
  /** Calls the router as the app's own page would. */
  call(name: string, input: unknown): ReturnType<Router['dispatch']>;
  /** Creates a user directly in the core (password: TEST_PASSWORD unless given). */
  addUser(user: Partial<NewUser> & { username: string; roles: Role[] }): Promise<User>;
  /** Signs this router's session in through the `session.signIn` call. */
  signIn(username: string, password?: string): Promise<User>;
  /** Closes and reopens the core on the same data directory (an app restart). */
  reopen(): TempNewsroom;
  cleanup(): void;
}

export interface TempNewsroomOptions {
  dataDir?: string;
  clock?: Clock;
  /** Whether the machine is online, for the publishing loop (always, if not given). */
  isOnline?: () => boolean;
  /** For the core and the router; silent if not given. */
  logger?: Logger;
}

export function openTempNewsroom(options: TempNewsroomOptions = {}): TempNewsroom {
  const dataDir = options.dataDir ?? makeTempDir();
  const clock = options.clock ?? steppingClock();
  const logger = options.logger ?? silentLogger;
  const newsroom = openNewsroom({
    dataDir,
    clock,
    logger,
    settings: confSettings(dataDir),
    ...(options.isOnline ? { isOnline: options.isOnline } : {}),
  });
  const router = createRouter({ newsroom, trustedOrigins: [TEST_ORIGIN], logger });
  const call: TempNewsroom['call'] = (name, input) => router.dispatch(name, input, APP_SENDER);
  return {
    dataDir,
    newsroom,
    router,
    call,
    addUser: (user) =>
      newsroom.users.create(
        { displayName: user.username, initials: user.username.toUpperCase(), password: TEST_PASSWORD, ...user },
        null,
      ),
    async signIn(username, password = TEST_PASSWORD) {
      const result = await call('session.signIn', { username, password });
      if (!result.ok) throw new Error(`sign-in as ${username} failed: ${result.error.message}`);
      return (result.value as { user: User }).user;
    },
    reopen() {
      newsroom.close();
      return openTempNewsroom({ ...options, dataDir, clock, logger });
    },
    cleanup() {
      newsroom.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A temp newsroom with one user holding every role, signed in: for tests about other things. */
export async function openSignedInNewsroom(
  options: { dataDir?: string; clock?: Clock; roles?: Role[]; logger?: Logger } = {},
): Promise<TempNewsroom & { user: User }> {
  const room = openTempNewsroom(options);
  await room.addUser({ username: 'tester', displayName: 'Người Thử', initials: 'N.T', roles: options.roles ?? [...ROLES] });
  const user = await room.signIn('tester');
  return { ...room, user };
}

/** A call that must succeed: its value, or the error's message thrown. */
export async function callOk<T>(room: TempNewsroom, name: string, input: unknown): Promise<T> {
  const result = await room.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/**
 * The editor's save (`articles.save`, the one call that changes a story's text) of `patch` over
 * the story's fields as stored now, from version `expectedVersion`, with no checkpoint and no
 * journal: what an editor sends after typing `patch`.
 */
export function saveStory(room: TempNewsroom, articleId: string, expectedVersion: number, patch: Partial<ArticleFields>): ReturnType<Router['dispatch']> {
  const { headline, sapo, body, category, bylineLabel, authors, place, keywords, slug } = room.newsroom.articles.get(articleId);
  const fields: ArticleFields = { headline, sapo, body, category, bylineLabel, authors, place, keywords, slug, ...patch };
  return room.call('articles.save', { story: { id: articleId, expectedVersion }, fields, checkpoint: null, journalKey: null });
}

/** An app restart: a new core and a new session on the same data, signed in again. */
export async function reopenSignedIn(room: TempNewsroom, username = 'tester'): Promise<TempNewsroom> {
  const reopened = room.reopen();
  await reopened.signIn(username);
  return reopened;
}

/**
 * Signed-in temp newsrooms for one test file, all removed by `cleanup` (call it in afterEach):
 * `open()` makes one, `restart(room)` reopens it on the same data, signed in again, and `keep(room)`
 * adds one opened some other way.
 */
export function signedInRooms() {
  const rooms: TempNewsroom[] = [];
  const track = <R extends TempNewsroom>(room: R): R => {
    rooms.push(room);
    return room;
  };
  return {
    open: async (options: Parameters<typeof openSignedInNewsroom>[0] = {}) => track(await openSignedInNewsroom(options)),
    restart: async (room: TempNewsroom) => track(await reopenSignedIn(room)),
    keep: track,
    cleanup: () => rooms.splice(0).forEach((room) => room.cleanup()),
  };
}

/** A second connection on the newsroom's file, as another process would see it; closed after `use`. */
export function withDatabase<T>(room: { dataDir: string }, use: (db: Database.Database) => T): T {
  const db = new Database(join(room.dataDir, DATABASE_FILE));
  try {
    return use(db);
  } finally {
    db.close();
  }
}
