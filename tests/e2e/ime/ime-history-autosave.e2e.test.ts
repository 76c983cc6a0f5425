import type { CDPSession } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { bodyText } from '../../../src/shared/editor/body-text';
import type { LaunchedApp } from '../harness';
import { appsPerTest } from '../setup';
import { caret, createTypist } from './typists';

/**
 * Undo/redo, autosave and the crash journal around a composition (SIMULATED input method: Telex
 * by composition through CDP Input.imeSetComposition + Input.insertText, see key-sequences.ts).
 */
const apps = appsPerTest();

const bodyOnScreen = async (running: LaunchedApp) => (await running.page.getByLabel('Nội dung', { exact: true }).textContent()) ?? '';
const storedBody = (running: LaunchedApp): string | null => {
  const items = running.core.desk.list({}).items;
  return items.length === 0 ? null : bodyText(running.core.articles.get(items[0]!.id).body).blocks.join('\n');
};
const journaledBody = (running: LaunchedApp): string =>
  running.core.drafts.recoverable(running.users['dkc']!.id).map((draft) => bodyText(draft.fields.body).blocks.join('\n'))[0] ?? '';

async function telexIn(running: LaunchedApp): Promise<{ cdp: CDPSession; typist: ReturnType<typeof createTypist> }> {
  const cdp = await running.context.newCDPSession(running.page);
  return { cdp, typist: createTypist(running.page, cdp, 'telex', 'composition') };
}

describe('undo and redo around composition', () => {
  test('one undo removes the last composed word whole, redo brings it back, and the toolbar does the same', async () => {
    const app = await apps.launchOnNewArticle();
    const { page } = app;
    const { typist } = await telexIn(app);
    await typist.type('Xin chào đồng bào');

    await page.keyboard.press('Control+z');
    expect(await bodyOnScreen(app)).toBe('Xin chào đồng ');
    await page.keyboard.press('Control+Shift+z');
    expect(await bodyOnScreen(app)).toBe('Xin chào đồng bào');
    expect(await caret(page)).toEqual({ text: 'Xin chào đồng bào', start: 17, end: 17 });

    const tool = (name: string) => page.getByRole('toolbar', { name: 'Định dạng' }).getByRole('button', { name, exact: true });
    await tool('Hoàn tác').click();
    expect(await bodyOnScreen(app)).toBe('Xin chào đồng ');
    await tool('Làm lại').click();
    expect(await bodyOnScreen(app)).toBe('Xin chào đồng bào');
  });
});

describe('autosave and the journal during composition', () => {
  test('an autosave that falls inside a composition stores the committed text, and the composition goes on unbroken', async () => {
    const app = await apps.launchOnNewArticle();
    const { page } = app;
    const { typist } = await telexIn(app);
    await typist.type('Về quê ');
    const preEdit = await typist.typeUnfinished('hương');
    expect(preEdit).toBe('hươn');

    // The autosave comes after a pause; the composition is still open while it runs.
    await expect.poll(() => storedBody(app), { timeout: 15_000 }).toBe('Về quê ');
    expect(journaledBody(app)).not.toContain(preEdit);

    await typist.commit('hương');
    expect(await bodyOnScreen(app)).toBe('Về quê hương');
    expect(await caret(page)).toEqual({ text: 'Về quê hương', start: 12, end: 12 });
    await expect.poll(() => storedBody(app), { timeout: 15_000 }).toBe('Về quê hương');
  });

  test('a crash in the middle of a composition recovers the last committed text, never the pre-edit', async () => {
    const dataDir = apps.dataDir();
    let app = await apps.launchOnNewArticle({ dataDir });
    const { typist } = await telexIn(app);
    await typist.type('Mùa nước nổi ');
    await expect.poll(() => journaledBody(app), { timeout: 15_000 }).toBe('Mùa nước nổi ');
    expect(await typist.typeUnfinished('Đồng')).toBe('Đông');
    // On screen the pre-edit shows (Lexical keeps a zero-width space after it while composing).
    expect((await bodyOnScreen(app)).replace(/\u200B/gu, '')).toBe('Mùa nước nổi Đông');

    // The crash: browser, page and core go away with the composition open and no save.
    await app.close();
    app = await apps.launch({ dataDir });
    const banner = app.page.getByRole('region', { name: 'Khôi phục bài chưa lưu' });
    await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(1);
    await banner.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    expect(await bodyOnScreen(app)).toBe('Mùa nước nổi ');
  });
});
