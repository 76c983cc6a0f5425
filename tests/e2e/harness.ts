import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Conf from 'conf';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { systemClock, type Clock } from '../../src/shared/clock';
import { createJsonLogger, type Logger } from '../../src/shared/node/logger';
import { openNewsroom, type Newsroom } from '../../src/main/core/newsroom';
import { createRouter } from '../../src/main/core/router/router';
import type { CallResult } from '../../src/shared/errors';
import { createSettingsStore } from '../../src/main/core/settings/settings-store';
import { createBridge } from '../../src/shared/contract/bridge';
import { MENU_COMMANDS, type MenuCommand } from '../../src/shared/ui/app-menu';
import type { SpellingChoice } from '../../src/shared/ui/context-menu';
import { CALL_NAMES } from '../../src/shared/contract/calls';
import { ROLES, type Role } from '../../src/shared/domain/roles';
import type { User } from '../../src/shared/domain/user';
import { TEST_PASSWORD } from '../helpers/temp-newsroom';
import { serveDirectory } from './static-server';

export { TEST_PASSWORD };

/** A user to create before the app loads. Password: TEST_PASSWORD unless given. */
export interface SeedUser {
  username: string;
  roles: Role[];
  displayName?: string;
  initials?: string;
  password?: string;
}

/** Who `launchApp()` creates and signs in when the test names no users: every role at once. */
export const DEFAULT_USER: SeedUser = {
  username: 'dkc',
  displayName: 'Đặng Kim Chi',
  initials: 'Đ.K.C',
  roles: [...ROLES],
};

/**
 * The end-to-end harness: the built renderer in Debian's Chromium, talking to the real core through
 * the same router Electron uses. Only the transport differs: Playwright's binding instead of
 * ipcMain, with the calling frame's URL as the sender, so the router's sender check, validation
 * and access rules all run as in the app.
 */

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
/** Where a Chromium may be: NEWSDESK_CHROMIUM first, then the usual Linux and macOS places. */
const CHROMIUM_CANDIDATES = [
  process.env['NEWSDESK_CHROMIUM'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter((path): path is string => Boolean(path));
const BINDING = '__newsdeskInvoke';
const MENU_TRIGGER = '__newsdeskMenuCommand';
const SPELLING_TRIGGER = '__newsdeskSpellingChoice';

// Flags that work on this kind of machine: no sandbox as root, no GPU, no background traffic to
// Google's hosts (the network is closed and Chromium would retry them forever).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /** A data directory to open (kept after close). Default: a new temporary one, removed on close. */
  dataDir?: string;
  clock?: Clock;
  logger?: Logger;
  /**
   * Users to create first. Default: [DEFAULT_USER], signed in automatically. With `[]` nobody
   * exists and the app opens on first-run setup.
   */
  users?: SeedUser[];
  /** Sign in as this user through the sign-in screen after loading (default: DEFAULT_USER when `users` is not given). */
  signInAs?: string;
  /** The newsroom's name when users are seeded. */
  newsroomName?: string;
  /** The browser's time zone (IANA), e.g. to show that scheduling ignores the laptop's zone. */
  timezoneId?: string;
  /** The browser's locale (vi-VN unless given), e.g. to show that dates are typed dd/mm/yyyy on an en-US laptop. */
  locale?: string;
  /**
   * Stands between the page and the router, e.g. to hold one answer back and show what the page
   * does with answers that arrive out of order. Default: every call goes straight to the router.
   */
  interceptCall?: (name: unknown, input: unknown, dispatch: () => Promise<CallResult<unknown>>) => Promise<CallResult<unknown>>;
}

export interface HarnessPublishing {
  /** The website destination's folder (`<dataDir>/website`). */
  siteFolder: string;
  /** Runs one publishing tick now: due schedules, then every due delivery (the app does this every 5 s). */
  publishNow(): Promise<void>;
}

export interface LaunchedApp {
  page: Page;
  context: BrowserContext;
  dataDir: string;
  /** The real core the page talks to, for arranging data and checking results directly. */
  core: Newsroom;
  /** The seeded users by user name. */
  users: Record<string, User>;
  /** The app's publishing loop, driven by the test: the website folder and a tick on demand. */
  publishing: HarnessPublishing;
  /** The origin the app is served from (the only origin the router trusts). */
  origin: string;
  /** Chooses an entry of the native menu (src/shared/ui/app-menu.ts), as main sends it. */
  menuCommand(command: MenuCommand): Promise<void>;
  /** Chooses a spelling suggestion in the context menu (src/shared/ui/context-menu.ts), as main sends it. */
  spellingChoice(choice: SpellingChoice): Promise<void>;
  /** Loads the app again in the same page, as a restart of the window would. */
  reload(): Promise<void>;
  /** Closes browser, page and core with no final save (as a crash would); again, it does nothing. */
  close(): Promise<void>;
}

/**
 * The preload's bridge, rebuilt in the page from the same function and the same call names. The
 * native menu's and the context menu's channels are functions the test calls through `menuCommand`
 * and `spellingChoice`, as main's `webContents.send` would.
 */
const bridgeScript = (): string => `(() => {
  const invoke = window[${JSON.stringify(BINDING)}];
  const createBridge = ${createBridge.toString()};
  const channel = (trigger) => {
    const delivers = new Set();
    Object.defineProperty(window, trigger, { value: (message) => delivers.forEach((deliver) => deliver(message)) });
    return (deliver) => {
      delivers.add(deliver);
      return () => delivers.delete(deliver);
    };
  };
  Object.defineProperty(window, 'newsdesk', {
    value: createBridge(${JSON.stringify(CALL_NAMES)}, (name, input) => invoke(name, input), {
      commands: ${JSON.stringify(MENU_COMMANDS)},
      subscribe: channel(${JSON.stringify(MENU_TRIGGER)}),
      subscribeToSpelling: channel(${JSON.stringify(SPELLING_TRIGGER)}),
    }),
    enumerable: true,
  });
})();`;

async function launchBrowser(): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!executablePath) {
    throw new Error(
      `No Chromium found (looked in ${CHROMIUM_CANDIDATES.join(', ')}): install one (Debian: apt-get install chromium) or set NEWSDESK_CHROMIUM`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}: run "npm run build" first`);
  }
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'newsdesk-e2e-'));
  const logger = options.logger ?? createJsonLogger(() => {});
  const settings = createSettingsStore(
    new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', projectName: 'newsdesk' }),
  );
  const siteFolder = join(dataDir, 'website');
  const core = openNewsroom({ dataDir, siteFolder, clock: options.clock ?? systemClock, logger, settings });
  const seeds = options.users ?? [DEFAULT_USER];
  const users = await seedUsers(core, seeds, options.newsroomName ?? 'Báo Bạc Liêu');
  const server = await serveDirectory(RENDERER_DIR);
  const router = createRouter({ newsroom: core, trustedOrigins: [server.origin], logger });

  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: options.locale ?? 'vi-VN', ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}) });
  const intercept = options.interceptCall ?? ((_name, _input, dispatch) => dispatch());
  await context.exposeBinding(BINDING, ({ frame }, name: unknown, input: unknown) =>
    intercept(name, input, () => router.dispatch(name, input, { url: frame.url(), isMainFrame: frame.parentFrame() === null })),
  );
  await context.addInitScript({ content: bridgeScript() });
  const page = await context.newPage();
  const appUrl = `${server.origin}/index.html`;
  await page.goto(appUrl);
  const signInAsUser = options.signInAs ?? (options.users === undefined ? DEFAULT_USER.username : undefined);
  if (signInAsUser) await signInAs(page, signInAsUser, seeds.find((seed) => seed.username === signInAsUser)?.password);
  let closing: Promise<void> | undefined;

  return {
    page,
    context,
    dataDir,
    core,
    users,
    publishing: { siteFolder, publishNow: () => core.publishing.tick() },
    origin: server.origin,
    menuCommand: (command) =>
      page.evaluate(([trigger, name]) => (window as unknown as Record<string, (command: string) => void>)[trigger]!(name), [MENU_TRIGGER, command] as const),
    spellingChoice: (choice) =>
      page.evaluate(([trigger, sent]) => (window as unknown as Record<string, (message: unknown) => void>)[trigger]!(sent), [SPELLING_TRIGGER, choice] as const),
    reload: async () => {
      await page.goto(appUrl);
    },
    close() {
      // Once only: a test may close the app itself (a crash) before the set-up closes it again.
      closing ??= (async () => {
        await browser.close();
        await server.close();
        core.close();
        if (temporary) rmSync(dataDir, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}

async function seedUsers(core: Newsroom, seeds: SeedUser[], newsroomName: string): Promise<Record<string, User>> {
  const created: Record<string, User> = {};
  // Only into an empty newsroom: a reopened data directory keeps the users it has.
  if (seeds.length === 0 || core.users.count() > 0) {
    for (const user of core.users.list()) created[user.username] = user;
    return created;
  }
  core.info.setName(newsroomName);
  for (const seed of seeds) {
    created[seed.username] = await core.users.create(
      {
        username: seed.username,
        displayName: seed.displayName ?? seed.username,
        initials: seed.initials ?? seed.username.toUpperCase(),
        roles: seed.roles,
        password: seed.password ?? TEST_PASSWORD,
      },
      null,
    );
  }
  return created;
}

const SIGN_OUT = /^(Đăng xuất|Sign out)$/;
const DESK = /^(Điều hướng|Navigation)$/;
/** The sign-in screen's form (other screens have fields with the same labels, e.g. user admin). */
const signInForm = (page: Page) => page.getByRole('form', { name: /^(Đăng nhập|Sign in)$/ });

/** Signs out through the sidebar's button, if someone is signed in, and waits for the sign-in screen. */
export async function signOut(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: SIGN_OUT });
  if ((await button.count()) === 0) return;
  await button.click();
  await signInForm(page).waitFor();
}

/**
 * Signs in through the real sign-in screen (signing out first if needed) and waits for the desk.
 * Works in either UI language.
 */
export async function signInAs(page: Page, username: string, password: string = TEST_PASSWORD): Promise<void> {
  await page.getByRole('navigation', { name: DESK }).or(signInForm(page)).first().waitFor();
  await signOut(page);
  const form = signInForm(page);
  await form.getByLabel(/^(Tên đăng nhập|User name)$/).fill(username);
  await form.getByLabel(/^(Mật khẩu|Password)$/).fill(password);
  await form.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await page.getByRole('navigation', { name: DESK }).waitFor();
}

/** The app with a new, empty article open and the caret in its body (Nội dung). */
export async function launchOnNewArticle(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const app = await launchApp(options);
  await app.page.getByRole('button', { name: /^(Bài mới|New article)$/ }).click();
  await app.page.getByLabel(/^(Nội dung|Body)$/).click();
  return app;
}
