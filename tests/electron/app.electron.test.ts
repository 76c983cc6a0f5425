import { afterEach, describe, expect, test } from 'vitest';
import { findElectron, launchBuiltApp, makeHome, type RunningApp } from './electron-app';

/**
 * The real app in real Electron: main, the preload and the ipcMain adapter, which the browser
 * harness (tests/e2e) replaces. Skips, saying why, where Electron's binary cannot be had.
 */
const electron = findElectron();
if ('skipReason' in electron) console.warn(`tests/electron skipped: ${electron.skipReason}`);

const PASSWORD = 'mat-khau-thu-nghiem-2024';
const HEADLINE = 'Bạc Liêu: mùa muối';

let running: RunningApp | undefined;
let home: ReturnType<typeof makeHome> | undefined;
afterEach(async () => {
  await running?.electron.close();
  running = undefined;
  home?.remove();
  home = undefined;
});

async function start(): Promise<RunningApp> {
  if (!('executablePath' in electron)) throw new Error('unreachable: the suite is skipped');
  home ??= makeHome();
  running = await launchBuiltApp(electron.executablePath, home.home);
  return running;
}

async function restart(): Promise<RunningApp> {
  await running?.electron.close();
  return start();
}

/** First run through the setup screen: the newsroom and its first account, then signed in. */
async function setUpNewsroom({ window }: RunningApp): Promise<void> {
  await window.getByLabel('Tên tòa soạn').fill('Báo Bạc Liêu');
  await window.getByLabel('Họ và tên').fill('Đặng Kim Cương');
  await window.getByLabel('Tên viết tắt').fill('Đ.K.C');
  await window.getByLabel('Tên đăng nhập').fill('dkc');
  await window.getByLabel('Mật khẩu').fill(PASSWORD);
  await window.getByRole('button', { name: 'Tạo tòa soạn' }).click();
  await window.getByRole('button', { name: 'Bài mới' }).waitFor();
}

async function signIn({ window }: RunningApp): Promise<void> {
  await window.getByLabel('Tên đăng nhập').fill('dkc');
  await window.getByLabel('Mật khẩu').fill(PASSWORD);
  await window.getByRole('button', { name: 'Đăng nhập' }).click();
  await window.getByRole('button', { name: 'Bài mới' }).waitFor();
}

describe.skipIf('skipReason' in electron)('the built app in Electron', () => {
  test('the window opens with its security flags; the spellchecker knows Vietnamese and English', async () => {
    const app = await start();
    const fromMain = await app.electron.evaluate(({ BrowserWindow, session }) => ({
      url: BrowserWindow.getAllWindows()[0]!.webContents.getURL(),
      spellcheckerLanguages: session.defaultSession.getSpellCheckerLanguages(),
    }));
    expect(fromMain).toEqual({ url: 'newsdesk://app/index.html', spellcheckerLanguages: ['vi', 'en-US'] });
    // Electron 45 no longer reports a window's webPreferences, so the page shows what they did:
    // no Node (nodeIntegration off, sandboxed), a bridge (contextBridge only works with
    // contextIsolation on), no <webview> element (webviewTag off).
    const fromPage = await app.window.evaluate(() => ({
      node: typeof (globalThis as { require?: unknown }).require !== 'undefined' || typeof (globalThis as { process?: unknown }).process !== 'undefined',
      bridge: typeof (globalThis as { newsdesk?: unknown }).newsdesk === 'object',
      webview: customElements.get('webview') !== undefined,
    }));
    expect(fromPage).toEqual({ node: false, bridge: true, webview: false });
  });

  test('the native menu is in Vietnamese, and Lưu in it saves the story being written', async () => {
    const app = await start();
    const menus = await app.electron.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    expect(menus).toEqual(expect.arrayContaining(['Tệp', 'Sửa', 'Xem', 'Cửa sổ']));
    await setUpNewsroom(app);
    await app.window.getByRole('button', { name: 'Bài mới' }).click();
    await app.window.getByLabel('Tiêu đề', { exact: true }).fill('Lưu từ thanh trình đơn');
    await app.electron.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()!.items.find((item) => item.label === 'Tệp')!;
      file.submenu!.items.find((item) => item.label === 'Lưu')!.click();
    });
    await app.window.getByText(/^Đã lưu/).first().waitFor();
  });

  test('the preload adds window.newsdesk to the page and nothing else', async () => {
    const app = await start();
    // The globals of a bare sandboxed page in the same Electron, against our page's.
    const blank = await app.electron.evaluate(async ({ BrowserWindow }) => {
      const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
      await window.loadURL('about:blank');
      const names = (await window.webContents.executeJavaScript('Object.getOwnPropertyNames(window)')) as string[];
      window.destroy();
      return names;
    });
    const ours = await app.window.evaluate(() => Object.getOwnPropertyNames(globalThis));
    expect(ours.filter((name) => !blank.includes(name))).toEqual(['newsdesk']);
    expect(await app.window.evaluate(() => ['require', 'process', 'Buffer', 'global', 'ipcRenderer', 'electron'].filter((name) => name in globalThis))).toEqual([]);
  });

  test('a call from a frame that is not the app’s window is refused', async () => {
    const app = await start();
    const answer = await app.electron.evaluate(async ({ app: electronApp, BrowserWindow }) => {
      // The app's own preload, in a window that is not the app's: it has the bridge, not the trust.
      const preload = `${electronApp.getAppPath()}/out/preload/index.cjs`;
      const foreign = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, preload } });
      await foreign.loadURL('data:text/html,<p>foreign</p>');
      const result = (await foreign.webContents.executeJavaScript(
        'window.newsdesk ? window.newsdesk.session.current({}).then((r) => r, (e) => ({ ok: false, threw: String(e) })) : { ok: false, noBridge: true }',
      )) as { ok: boolean; error?: { code: string } };
      foreign.destroy();
      return result;
    });
    expect(answer.ok).toBe(false);
    if (answer.error) expect(answer.error.code).toBe('forbidden');
  });

  test('first run, sign in, a saved story is there after a restart; an unsaved edit is saved on quit', async () => {
    let app = await start();
    await setUpNewsroom(app);
    await app.window.getByRole('button', { name: 'Bài mới' }).click();
    await app.window.getByLabel('Tiêu đề', { exact: true }).fill(HEADLINE);
    await app.window.getByRole('button', { name: 'Lưu', exact: true }).click();
    await app.window.getByText(/^Đã lưu/).waitFor();

    app = await restart();
    await signIn(app);
    await app.window.getByRole('button', { name: new RegExp(HEADLINE) }).click();
    expect(await app.window.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(HEADLINE);

    // Typed, never saved by hand: quitting the app must not lose it.
    await app.window.getByLabel('Tiêu đề', { exact: true }).fill(`${HEADLINE} (sửa trước khi thoát)`);
    app = await restart();
    await signIn(app);
    await app.window.getByRole('button', { name: new RegExp(HEADLINE) }).click();
    expect(await app.window.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(`${HEADLINE} (sửa trước khi thoát)`);
  });
});
