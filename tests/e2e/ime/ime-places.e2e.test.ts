import { resolve } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../../src/shared/domain/article';
import { SHARED_FIXTURES } from '../../helpers/seed-article';
import type { LaunchedApp } from '../harness';
import { appsPerFile } from '../setup';
import { caret, createTypist, TYPISTS, type Typist } from './typists';

/**
 * The IME styles crossed with every place a reporter types. SIMULATED input methods (see
 * key-sequences.ts): Telex and VNI, each as composition (CDP Input.imeSetComposition +
 * Input.insertText) and as Unikey-style Backspace + retype bursts. Each case checks the exact text
 * on screen, where the caret ends, and the text the core stored (NFC, both tone placements kept).
 */
const apps = appsPerFile();
let app: LaunchedApp;
let cdp: CDPSession;
let figure: Locator;

const SENTENCE = 'Đường về quê hoà bình, hòa thuận ở Bạc Liêu';

beforeAll(async () => {
  app = await apps.launchOnNewArticle();
  cdp = await app.context.newCDPSession(app.page);
  const { page } = app;
  // A first paragraph, a photo after it, and a save, so every place below exists.
  await page.keyboard.type('Mở đầu');
  await page.keyboard.press('Enter');
  await page.getByLabel('Tệp ảnh').setInputFiles(resolve(SHARED_FIXTURES, 'photos', 'IPTC.jpg'));
  figure = page.getByRole('figure', { name: 'Ảnh trong bài' });
  await figure.waitFor({ timeout: 10_000 });
  await save();
  await app.page.getByRole('status').filter({ hasText: /^Đã lưu lúc/ }).waitFor({ timeout: 10_000 });
});

const FORMAT_BUTTONS = ['Đậm', 'Nghiêng', 'Gạch chân'] as const;
const tool = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Định dạng' }).getByRole('button', { name, exact: true });
const stored = (): Article => app.core.articles.get(app.core.desk.list({}).items[0]!.id);
/** Saves; callers poll the store, since the status already says "saved" from the last save. */
async function save(): Promise<void> {
  await app.page.getByRole('button', { name: 'Lưu', exact: true }).click();
}

type SerializedNode = { type: string; text?: string; format?: number; tag?: string; children?: SerializedNode[] };
const walk = (nodes: SerializedNode[]): SerializedNode[] => nodes.flatMap((node) => [node, ...walk(node.children ?? [])]);
const storedNodes = () => walk(stored().body.root.children as SerializedNode[]);
const textOf = (node: SerializedNode): string => node.text ?? (node.children ?? []).map(textOf).join('');

/**
 * Empties a body block and leaves the caret in it as a plain paragraph with no text format: the
 * block's contents are selected through the DOM (Lexical takes the selection from there) and
 * deleted, so neighbours such as the photo stay.
 */
async function clearBlock(page: Page, block: Locator): Promise<void> {
  await block.click();
  // An empty block has nothing to delete, and Backspace there would remove the photo before it.
  if ((await block.textContent()) === '') return void (await tool(page, 'Đoạn thường').click());
  // Lexical reads the DOM selection on "selectionchange", a task of its own: wait for it, or
  // Backspace would act on the caret the click left.
  await block.evaluate(
    (element) =>
      new Promise<void>((done) => {
        document.addEventListener('selectionchange', () => setTimeout(done, 0), { once: true });
        const range = document.createRange();
        range.selectNodeContents(element);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      }),
  );
  await page.keyboard.press('Backspace');
  await tool(page, 'Đoạn thường').click();
}

/** Clears the body's first block and leaves the caret in it (the photo and what follows stay). */
async function firstBlock(page: Page): Promise<Locator> {
  const block = page.getByLabel('Nội dung', { exact: true }).locator('p, h2, li, blockquote').first();
  await clearBlock(page, block);
  return block;
}

interface Place {
  name: string;
  /** Puts the caret where the sentence goes and returns the text expected around it. */
  arrange(page: Page): Promise<{ before: string; after: string }>;
  type?(typist: Typist): Promise<void>;
  /** The text stored for that place, after a save. */
  storedText(): string | Promise<string>;
  /** Hands the text to the app (default: the Lưu button). */
  submit?(page: Page): Promise<void>;
}

const bodyPlace = (name: string, arrange: Place['arrange'], storedText: () => string): Place => ({ name, arrange, storedText });
const firstBodyText = () => textOf((stored().body.root.children as SerializedNode[])[0]!);

const PLACES: Place[] = [
  bodyPlace('a body paragraph', async (page) => (await firstBlock(page), { before: '', after: '' }), firstBodyText),
  bodyPlace('the start of a paragraph', async (page) => {
    await firstBlock(page);
    await page.keyboard.type(' cuối.');
    await page.keyboard.press('Home');
    return { before: '', after: ' cuối.' };
  }, firstBodyText),
  bodyPlace('the middle of a paragraph', async (page) => {
    await firstBlock(page);
    await page.keyboard.type('Trước  sau');
    for (let count = 0; count < 4; count += 1) await page.keyboard.press('ArrowLeft');
    return { before: 'Trước ', after: ' sau' };
  }, firstBodyText),
  bodyPlace('the end of a paragraph', async (page) => {
    await firstBlock(page);
    await page.keyboard.type('Trước: ');
    return { before: 'Trước: ', after: '' };
  }, firstBodyText),
  ...(
    [
      ['a heading', 'Đề mục', 'heading'],
      ['a list item', 'Danh sách chấm', 'listitem'],
      ['a quote', 'Trích dẫn', 'quote'],
    ] as const
  ).map(([name, button, type]) =>
    bodyPlace(name, async (page) => {
      await firstBlock(page);
      await tool(page, button).click();
      return { before: '', after: '' };
    }, () => {
      const node = storedNodes().find((one) => one.type === type);
      const text = node ? textOf(node) : '';
      // Back to a plain paragraph for the next case.
      return text;
    }),
  ),
  ...(
    [
      ['bold text', 'Control+b', 1, 'Đậm'],
      ['italic text', 'Control+i', 2, 'Nghiêng'],
    ] as const
  ).map(([name, shortcut, format, button]) =>
    bodyPlace(name, async (page) => {
      await firstBlock(page);
      // Deleting formatted text leaves its format on at the caret (as in a word processor), so the
      // previous case's bold may still be on: switch every format off first.
      for (const other of FORMAT_BUTTONS) {
        if ((await tool(page, other).getAttribute('aria-pressed')) === 'true') await tool(page, other).click();
      }
      await page.keyboard.press(shortcut);
      await expect.poll(() => tool(page, button).getAttribute('aria-pressed')).toBe('true');
      return { before: '', after: '' };
    }, () => storedNodes().filter((node) => node.type === 'text' && node.format === format).map(textOf).join('|')),
  ),
  bodyPlace('a link', async (page) => {
    await firstBlock(page);
    await page.keyboard.type('ab');
    await page.keyboard.press('Shift+Home');
    await tool(page, 'Liên kết').click();
    await page.getByLabel('Địa chỉ liên kết').fill('https://baobaclieu.vn/');
    await tool(page, 'Gắn liên kết').click();
    await page.getByLabel('Nội dung', { exact: true }).getByRole('link').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    return { before: 'a', after: 'b' };
  }, () => storedNodes().filter((node) => node.type === 'link').map(textOf).join('|')),
  bodyPlace('the paragraph right after a photo', async (page) => {
    await clearBlock(page, page.getByLabel('Nội dung', { exact: true }).locator('p').last());
    return { before: '', after: '' };
  }, () => {
    const children = stored().body.root.children as SerializedNode[];
    const photo = children.findIndex((node) => node.type === 'photo');
    return textOf(children[photo + 1]!);
  }),
  ...(
    [
      ['the headline', (page: Page) => page.getByLabel('Tiêu đề', { exact: true }), () => stored().headline],
      ['the sapo', (page: Page) => page.getByLabel('Sapo'), () => stored().sapo],
      ['the byline', (page: Page) => page.getByLabel('Tác giả', { exact: true }).first(), () => stored().authors[0]?.name ?? ''],
      ['the photo caption', () => figure.getByLabel('Chú thích'), () => photoField('caption')],
      ['the photo credit', () => figure.getByLabel('Tác giả ảnh'), () => photoField('credit')],
      ['the alt text', () => figure.getByLabel('Mô tả thay thế'), () => photoField('altText')],
    ] as const
  ).map(([name, field, storedText]): Place => ({
    name,
    async arrange(page) {
      await field(page).fill('');
      await field(page).click();
      return { before: '', after: '' };
    },
    storedText,
  })),
  {
    name: 'the keywords',
    async arrange(page) {
      await page.getByLabel('Từ khóa').fill('');
      await page.getByLabel('Từ khóa').click();
      return { before: '', after: '' };
    },
    // Commas separate keywords: the sentence's comma makes two.
    storedText: () => stored().keywords.join(', '),
  },
  {
    name: 'an editorial note',
    async arrange(page) {
      await page.getByRole('tab', { name: 'Ghi chú' }).click();
      await page.getByLabel('Thêm ghi chú').click();
      return { before: '', after: '' };
    },
    // Each case adds a new note; the newest one holds the sentence.
    submit: (page) => page.getByRole('button', { name: 'Thêm ghi chú' }).click(),
    storedText: () => app.core.notes.forArticle(stored().id).at(-1)?.body ?? '',
  },
];

function photoField(field: 'caption' | 'credit' | 'altText'): string {
  const photo = storedNodes().find((node) => node.type === 'photo') as Record<string, unknown> | undefined;
  return String(photo?.[field] ?? '');
}

describe.each(TYPISTS)('$name', ({ style, delivery }) => {
  test.each(PLACES.map((place) => [place.name, place] as const))('in %s', async (_name, place) => {
    const { page } = app;
    const { before, after } = await place.arrange(page);
    await createTypist(page, cdp, style, delivery).type(SENTENCE);
    const expected = before + SENTENCE + after;
    const at = (before + SENTENCE).length;
    expect(await caret(page)).toEqual({ text: expected, start: at, end: at });
    await (place.submit ? place.submit(page) : save());
    await expect.poll(() => place.storedText(), { timeout: 10_000 }).toBe(expected);
  });

  test('in the search box', async () => {
    const { page } = app;
    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await box.fill('');
    await box.click();
    await createTypist(page, cdp, style, delivery).type('Bạc Liêu hoà');
    expect(await caret(page)).toEqual({ text: 'Bạc Liêu hoà', start: 12, end: 12 });
    await box.fill('');
  });
});
