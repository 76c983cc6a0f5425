import { resolve } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { bodyText } from '../../src/shared/editor/body-text';
import type { LaunchedApp } from './harness';
import { appsPerTest } from './setup';
import { SHARED_FIXTURES } from '../helpers/seed-article';

const apps = appsPerTest();
let app: LaunchedApp;
let cdp: CDPSession;

beforeEach(async () => {
  app = await apps.launch();
  cdp = await app.context.newCDPSession(app.page);
  await app.page.getByRole('button', { name: 'Bài mới' }).click();
});

const SENTENCE = 'Tiếng Việt đường';

/** macOS Telex / ibus-bamboo style: the word grows as a composition (preedit), then is committed. */
const COMPOSITIONS = [
  ['T', 'Ti', 'Tie', 'Tiê', 'Tiên', 'Tiêng', 'Tiếng'],
  ['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt'],
  ['d', 'đ', 'đu', 'đuo', 'đươ', 'đươn', 'đương', 'đường'],
];

async function typeByComposition(page: Page): Promise<void> {
  for (const [index, steps] of COMPOSITIONS.entries()) {
    if (index > 0) await page.keyboard.type(' ');
    for (const text of steps) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await cdp.send('Input.insertText', { text: steps.at(-1)! });
  }
}

/** Unikey / EVKey / OpenKey style: plain keys, and Backspace + re-insert bursts that change letters. */
type Step = string | { back: number; insert: string };
const UNIKEY: Step[] = [
  'Tie', { back: 1, insert: 'ê' }, 'ng', { back: 3, insert: 'ếng' }, // T i e e n g s
  ' Vie', { back: 1, insert: 'ê' }, 't', { back: 2, insert: 'ệt' }, //   V i e e t j
  ' d', { back: 1, insert: 'đ' }, 'uo', { back: 2, insert: 'ươ' }, 'ng', { back: 4, insert: 'ường' }, // d d u o w n g f
];

async function typeLikeUnikey(page: Page): Promise<void> {
  for (const step of UNIKEY) {
    if (typeof step === 'string') {
      await page.keyboard.type(step);
      continue;
    }
    for (let count = 0; count < step.back; count += 1) await page.keyboard.press('Backspace');
    await page.keyboard.insertText(step.insert);
  }
}

const typists = [
  ['composition (Input.imeSetComposition + Input.insertText)', typeByComposition],
  ['Unikey-style Backspace + insert bursts', typeLikeUnikey],
] as const;

async function addPhoto(page: Page): Promise<Locator> {
  await page.getByLabel('Tệp ảnh').setInputFiles(resolve(SHARED_FIXTURES, 'photos', 'IPTC.jpg'));
  const figure = page.getByRole('figure', { name: 'Ảnh trong bài' });
  await expect.poll(() => figure.count(), { timeout: 10_000 }).toBe(1);
  return figure;
}

describe.each(typists)('Vietnamese typed by %s', (_name, typeSentence) => {
  test('arrives exactly in headline, sapo, body and caption, on screen and in the store', async () => {
    const { page } = app;
    await page.getByLabel('Tiêu đề', { exact: true }).click();
    await typeSentence(page);
    await page.getByLabel('Sapo').click();
    await typeSentence(page);
    const body = page.getByLabel('Nội dung', { exact: true });
    await body.click();
    await typeSentence(page);
    await page.keyboard.press('Enter');
    const figure = await addPhoto(page);
    // The file's own caption comes prefilled ("A witty caption"); the reporter replaces it.
    expect(await figure.getByLabel('Chú thích').inputValue()).toBe('A witty caption');
    await figure.getByLabel('Chú thích').fill('');
    await figure.getByLabel('Chú thích').click();
    await typeSentence(page);

    expect(await page.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(SENTENCE);
    expect(await page.getByLabel('Sapo').inputValue()).toBe(SENTENCE);
    expect(await body.locator('p').first().textContent()).toBe(SENTENCE);
    expect(await figure.getByLabel('Chú thích').inputValue()).toBe(SENTENCE);

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Đã lưu lúc/);
    const article = app.core.articles.get(app.core.desk.list({}).items[0]!.id);
    expect(article.headline).toBe(SENTENCE);
    expect(article.sapo).toBe(SENTENCE);
    expect(bodyText(article.body)).toEqual({ blocks: [SENTENCE, ''], captions: [SENTENCE] });
  });
});
