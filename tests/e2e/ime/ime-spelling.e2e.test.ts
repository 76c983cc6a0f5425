import { describe, expect, test } from 'vitest';
import { bodyText } from '../../../src/shared/editor/body-text';
import type { LaunchedApp } from '../harness';
import { appsPerTest } from '../setup';
import { caret, createTypist } from './typists';

/**
 * A spelling suggestion chosen in the context menu, around an input method (#15 item 4). The menu
 * itself is Electron's (src/main/context-menu.ts, not run here); what it sends is delivered the
 * way main's webContents.send would, and the renderer applies it. The IME is SIMULATED (Telex by
 * composition through CDP, see key-sequences.ts). Chromium's own underline markers are not
 * visible to a page, so "no marks left behind" is checked as no stray text or formatting.
 */
const apps = appsPerTest();

const body = (running: LaunchedApp) => running.page.getByLabel('Nội dung', { exact: true });
const bodyOnScreen = async (running: LaunchedApp) => (await body(running).textContent()) ?? '';
const storedBody = (running: LaunchedApp): string | null => {
  const items = running.core.desk.list({}).items;
  return items.length === 0 ? null : bodyText(running.core.articles.get(items[0]!.id).body).blocks.join('\n');
};
const storedHeadline = (running: LaunchedApp): string | null => {
  const items = running.core.desk.list({}).items;
  return items.length === 0 ? null : running.core.articles.get(items[0]!.id).headline;
};

async function telexIn(running: LaunchedApp) {
  return createTypist(running.page, await running.context.newCDPSession(running.page), 'telex', 'composition');
}

describe('a spelling suggestion chosen from the context menu', () => {
  test('in the body it replaces the misspelled word at the caret, as one undo step, with nothing left behind', async () => {
    const app = await apps.launchOnNewArticle();
    const typist = await telexIn(app);
    await typist.type('Bạc Liêu mùa muối');
    await app.page.keyboard.type('i');
    expect(await bodyOnScreen(app)).toBe('Bạc Liêu mùa muốii');

    await app.spellingChoice({ misspelled: 'muốii', suggestion: 'muối' });
    expect(await bodyOnScreen(app)).toBe('Bạc Liêu mùa muối');
    expect(await caret(app.page)).toEqual({ text: 'Bạc Liêu mùa muối', start: 17, end: 17 });
    // One text node, no format and no leftover span around the replaced word.
    expect(await body(app).locator('p').evaluate((p) => p.innerHTML)).toBe('<span data-lexical-text="true">Bạc Liêu mùa muối</span>');
    await expect.poll(() => storedBody(app)).toBe('Bạc Liêu mùa muối');

    await app.page.keyboard.press('Control+z');
    expect(await bodyOnScreen(app)).toBe('Bạc Liêu mùa muốii');
    await app.page.keyboard.press('Control+Shift+z');
    expect(await bodyOnScreen(app)).toBe('Bạc Liêu mùa muối');
  });

  test('never while a syllable is being composed: the composition goes on and commits exactly what was typed', async () => {
    const app = await apps.launchOnNewArticle();
    const typist = await telexIn(app);
    await typist.type('Tiếng ');
    const preEdit = await typist.typeUnfinished('Việt');
    expect(preEdit).toBe('Viêt');

    // Chromium would call the pre-edit misspelled; the suggestion for it must not land.
    await app.spellingChoice({ misspelled: 'Viêt', suggestion: 'Việt' });
    await app.spellingChoice({ misspelled: 'Viêt', suggestion: 'Viết' });
    expect((await bodyOnScreen(app)).replace(/\u200B/gu, '')).toBe('Tiếng Viêt');

    await typist.commit('Việt');
    expect(await bodyOnScreen(app)).toBe('Tiếng Việt');
    expect(await caret(app.page)).toEqual({ text: 'Tiếng Việt', start: 10, end: 10 });
    await expect.poll(() => storedBody(app)).toBe('Tiếng Việt');
  });

  test('in the headline field it replaces the word the same way, and Ctrl+Z takes it back', async () => {
    const app = await apps.launchOnNewArticle();
    const headline = app.page.getByLabel('Tiêu đề', { exact: true });
    await headline.click();
    await headline.pressSequentially('Lũ quét ở Yên Báii');

    await app.spellingChoice({ misspelled: 'Báii', suggestion: 'Bái' });
    expect(await headline.inputValue()).toBe('Lũ quét ở Yên Bái');
    expect(await caret(app.page)).toEqual({ text: 'Lũ quét ở Yên Bái', start: 17, end: 17 });
    await expect.poll(() => storedHeadline(app)).toBe('Lũ quét ở Yên Bái');

    await app.page.keyboard.press('Control+z');
    expect(await headline.inputValue()).toBe('Lũ quét ở Yên Báii');
  });

  test('a suggestion for a word that is no longer there, or a malformed message, changes nothing', async () => {
    const app = await apps.launchOnNewArticle();
    const typist = await telexIn(app);
    await typist.type('Cà Mau mùa khô');

    await app.spellingChoice({ misspelled: 'khoo', suggestion: 'khô' });
    for (const forged of [{ misspelled: 'khô', suggestion: 'khô\u0000<img src=x onerror=alert(1)>' }, { misspelled: 'khô', suggestion: 'x'.repeat(101) }, { misspelled: '', suggestion: 'a' }]) {
      await app.spellingChoice(forged);
    }
    expect(await bodyOnScreen(app)).toBe('Cà Mau mùa khô');
    expect(await caret(app.page)).toEqual({ text: 'Cà Mau mùa khô', start: 14, end: 14 });
  });
});
