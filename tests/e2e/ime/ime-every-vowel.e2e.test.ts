import type { CDPSession } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { bodyText } from '../../../src/shared/editor/body-text';
import type { LaunchedApp } from '../harness';
import { appsPerFile } from '../setup';
import { everyToneOf, keysOf, VOWELS } from './key-sequences';
import { caret, createTypist, TYPISTS } from './typists';

/**
 * Every tone on every vowel, lower and upper case, plus đ/Đ, typed into the body in Telex and VNI,
 * each delivered as composition and as Backspace + retype bursts. SIMULATED: no OS input method
 * runs here; key-sequences.ts works out each IME state and typists.ts replays it through CDP
 * (Input.imeSetComposition + Input.insertText) or real key presses with Backspace bursts.
 */
const apps = appsPerFile();
let app: LaunchedApp;
let cdp: CDPSession;

beforeAll(async () => {
  app = await apps.launchOnNewArticle();
  cdp = await app.context.newCDPSession(app.page);
});

const LINES: [string, string][] = [
  ...VOWELS.map((vowel): [string, string] => [vowel, everyToneOf(vowel).join(' ')]),
  ['đ', 'đi Đà đường ĐƯỜNG Đắk đẻ'],
];

const storedFirstBlock = () => {
  const items = app.core.desk.list({}).items;
  return items.length === 0 ? null : bodyText(app.core.articles.get(items[0]!.id).body).blocks[0];
};

describe.each(TYPISTS)('$name', ({ style, delivery }) => {
  test.each(LINES)('%s in every tone: exact text on screen and in the store, caret at the end', async (_vowel, line) => {
    const { page } = app;
    const body = page.getByLabel('Nội dung', { exact: true });
    await body.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await createTypist(page, cdp, style, delivery).type(line);

    expect(await body.locator('p').first().textContent()).toBe(line);
    expect(await caret(page)).toEqual({ text: line, start: line.length, end: line.length });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(storedFirstBlock, { timeout: 10_000 }).toBe(line);
    expect(storedFirstBlock()!.normalize('NFC')).toBe(storedFirstBlock());
  });
});

test('the keys behind the table are the ones reporters press', () => {
  expect(everyToneOf('ư').map((form) => keysOf(form, 'telex'))).toEqual(['uw', 'uws', 'uwf', 'uwr', 'uwx', 'uwj', 'UW', 'UWs', 'UWf', 'UWr', 'UWx', 'UWj']);
  expect(everyToneOf('ơ').map((form) => keysOf(form, 'vni'))).toEqual(['o7', 'o71', 'o72', 'o73', 'o74', 'o75', 'O7', 'O71', 'O72', 'O73', 'O74', 'O75']);
});
