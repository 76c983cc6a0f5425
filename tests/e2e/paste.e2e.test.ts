import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { toTCVN3 } from 'vietnamese-conversion';
import { beforeEach, describe, expect, test } from 'vitest';
import { loadSeedArticle } from '../helpers/seed-article';
import type { LaunchedApp } from './harness';
import { appsPerTest } from './setup';

const apps = appsPerTest();
let app: LaunchedApp;

beforeEach(async () => {
  app = await apps.launchOnNewArticle();
});

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/paste', name), 'utf8');

/** A real paste event, with the clipboard data Word, Google Docs or a browser would put there. */
async function paste(page: Page, data: { html?: string; text: string }): Promise<void> {
  await page.evaluate(({ html, text }) => {
    const transfer = new DataTransfer();
    if (html) transfer.setData('text/html', html);
    transfer.setData('text/plain', text);
    const target = document.querySelector('[data-lexical-editor]')!;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** A real drop of one file onto the body, as the desktop's file manager makes it. */
async function dropFile(page: Page, file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  const box = (await page.getByLabel('Nội dung', { exact: true }).boundingBox())!;
  await page.evaluate(
    ({ name, type, bytes, x, y }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const target = document.querySelector('[data-lexical-editor]')!;
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      }
    },
    { name: file.name, type: file.type, bytes: [...file.bytes], x: box.x + 10, y: box.y + 10 },
  );
}

const seedParagraphs = () => loadSeedArticle().body.flatMap((part) => (part.type === 'paragraph' ? [part.text] : []));

type Node = { type: string; text?: string; url?: string; tag?: string; listType?: string; format?: number; style?: string; children?: Node[] };

/** The body as stored, once autosave (or "Lưu") has run. */
async function storedBody(): Promise<Node[]> {
  await app.page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => app.core.desk.list({}).items.length, { timeout: 10_000 }).toBe(1);
  const id = app.core.desk.list({}).items[0]!.id;
  await expect.poll(() => app.page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Đã lưu lúc/);
  return app.core.articles.get(id).body.root.children as Node[];
}

const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('');
const walk = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...walk(node.children ?? [])]);
const BOLD = 1;
const ITALIC = 2;

describe('paste keeps structure and drops the rest', () => {
  test('Word: heading, paragraph with bold, italic and a link, a numbered list; NFD text becomes NFC', async () => {
    await paste(app.page, { html: fixture('word.html'), text: 'ignored' });
    const body = await storedBody();
    expect(body.map((node) => [node.type, node.listType ?? node.tag ?? null, textOf(node)])).toEqual([
      ['heading', 'h1', 'Hội nghị sơ kết thi đua'],
      ['paragraph', null, 'Chiều 28/6, tại Bạc Liêu, Cụm thi đua số 9 tổ chức hội nghị (xem baobaclieu.vn).'],
      ['list', 'number', 'Xây dựng tổ chứcTư vấn, phản biện'],
    ]);
    const nodes = walk(body);
    expect(nodes.find((node) => node.text === 'Bạc Liêu')?.format).toBe(BOLD);
    expect(nodes.find((node) => node.text === 'hội nghị')?.format).toBe(ITALIC);
    expect(nodes.filter((node) => node.type === 'link').map((node) => node.url)).toEqual(['https://baobaclieu.vn/hoi-nghi']);
    expect(textOf(body[2]!.children![1]!)).toBe('Tư vấn, phản biện'.normalize('NFC'));
    expect(nodes.every((node) => !node.style)).toBe(true);
  });

  test('Google Docs: the docs wrapper is not bold; heading, bold, italic, link and a bulleted list survive', async () => {
    await paste(app.page, { html: fixture('google-docs.html'), text: 'ignored' });
    const body = await storedBody();
    expect(body.map((node) => [node.type, node.listType ?? node.tag ?? null, textOf(node)])).toEqual([
      ['heading', 'h2', 'Kế hoạch 6 tháng cuối năm'],
      ['paragraph', null, 'Củng cố tổ chức và tăng cường giao lưu (Báo Bạc Liêu).'],
      ['list', 'bullet', 'Hội thảoTập huấn'],
    ]);
    const nodes = walk(body);
    expect(nodes.find((node) => node.text === 'Củng cố')?.format).toBe(BOLD);
    expect(nodes.find((node) => node.text === 'tăng cường')?.format).toBe(ITALIC);
    expect(nodes.find((node) => node.text === ' tổ chức và ')?.format).toBe(0);
    expect(nodes.find((node) => node.text === 'Báo Bạc Liêu')?.format).toBe(0);
    expect(nodes.filter((node) => node.type === 'link')).toHaveLength(1);
    expect(nodes.every((node) => !node.style)).toBe(true);
  });

  test('hostile HTML: no script runs, no handler, frame, image, form or style gets in; only http(s)/mailto links stay', async () => {
    await paste(app.page, { html: fixture('hostile.html'), text: 'ignored' });
    const body = await storedBody();
    expect(body.map((node) => [node.type, textOf(node)])).toEqual([
      ['paragraph', 'Xin chào các bạn bấm vào đây và đọc báo hoặc gửi thư.'],
      ['paragraph', 'Chữ đỏ dữ liệu'],
    ]);
    const nodes = walk(body);
    expect(new Set(nodes.map((node) => node.type))).toEqual(new Set(['paragraph', 'text', 'link']));
    expect(nodes.filter((node) => node.type === 'link').map((node) => node.url)).toEqual([
      'https://baobaclieu.vn/',
      'mailto:toasoan@baobaclieu.vn',
    ]);
    expect(nodes.every((node) => !node.style)).toBe(true);
    const editorHtml = await app.page.getByLabel('Nội dung', { exact: true }).innerHTML();
    expect(editorHtml).not.toMatch(/<img|<iframe|<svg|<object|<script|onclick|onmouseover|javascript:/i);
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  test('TCVN3 text (found by its .VnTime font) is converted to Unicode and the reporter is told', async () => {
    await paste(app.page, { html: fixture('legacy-tcvn3.html'), text: 'ignored' });
    await expect.poll(() => app.page.getByText(/bảng mã cũ TCVN3/).count(), { timeout: 10_000 }).toBe(1);
    const body = await storedBody();
    expect(body.map(textOf)).toEqual(['Tham dự hội nghị có lãnh đạo và cán bộ phụ trách thi đua của cụm.']);
  });

  test('VNI plain text (found by its character statistics) is converted too', async () => {
    await paste(app.page, { text: 'Tham döï hoäi nghò coù laõnh ñaïo vaø caùn boä phuï traùch thi ñua cuûa cuïm.' });
    await expect.poll(() => app.page.getByText(/bảng mã cũ VNI/).count(), { timeout: 10_000 }).toBe(1);
    const body = await storedBody();
    expect(body.map(textOf)).toEqual(['Tham dự hội nghị có lãnh đạo và cán bộ phụ trách thi đua của cụm.']);
  });

  test('TCVN3 plain text (no font names, found by its character statistics) is converted too', async () => {
    await paste(app.page, { text: 'Tham dù héi nghÞ cã l·nh ®¹o vµ c¸n bé phô tr¸ch thi ®ua cña côm.' });
    await expect.poll(() => app.page.getByText(/bảng mã cũ TCVN3/).count(), { timeout: 10_000 }).toBe(1);
    const body = await storedBody();
    expect(body.map(textOf)).toEqual(['Tham dự hội nghị có lãnh đạo và cán bộ phụ trách thi đua của cụm.']);
  });
});

describe('a legacy .txt dropped onto the body', () => {
  test('TCVN3 bytes (an old Word document saved as text): every paragraph of the seed arrives byte-exact, and the reporter is told', async () => {
    const bytes = Buffer.from(toTCVN3(seedParagraphs().join('\r\n'), 'unicode'), 'latin1');
    await dropFile(app.page, { name: 'bai-cu.txt', type: 'text/plain', bytes });
    await expect.poll(() => app.page.getByText('Tệp bai-cu.txt dùng bảng mã cũ TCVN3', { exact: false }).count(), { timeout: 10_000 }).toBe(1);
    const body = await storedBody();
    expect(body.map(textOf)).toEqual(seedParagraphs());
  });

  test('VNI mojibake saved as UTF-8 (the legacy letters in valid UTF-8) is converted as well', async () => {
    const vni = 'Tham döï hoäi nghò coù laõnh ñaïo vaø caùn boä phuï traùch thi ñua cuûa cuïm.\nCuïm thi ñua soá 9 goàm Lieân hieäp caùc Hoäi KH-KT 6 tænh.';
    await dropFile(app.page, { name: 'vni.txt', type: 'text/plain', bytes: Buffer.from(vni, 'utf8') });
    await expect.poll(() => app.page.getByText(/Tệp vni\.txt dùng bảng mã cũ VNI/).count(), { timeout: 10_000 }).toBe(1);
    const body = await storedBody();
    expect(body.map(textOf)).toEqual([
      'Tham dự hội nghị có lãnh đạo và cán bộ phụ trách thi đua của cụm.',
      'Cụm thi đua số 9 gồm Liên hiệp các Hội KH-KT 6 tỉnh.',
    ]);
  });

  test('a Unicode .txt (UTF-8, decomposed as macOS writes it) is inserted as NFC, with no notice', async () => {
    const text = seedParagraphs()[0]!;
    await dropFile(app.page, { name: 'unicode.txt', type: 'text/plain', bytes: Buffer.from(text.normalize('NFD'), 'utf8') });
    await expect.poll(() => app.page.getByLabel('Nội dung', { exact: true }).textContent(), { timeout: 10_000 }).toBe(text);
    const body = await storedBody();
    expect(body.map(textOf)).toEqual([text]);
    expect(await app.page.getByText(/bảng mã cũ/).count()).toBe(0);
  });
});
