import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import type { LaunchedApp } from './harness';
import { appsPerTest } from './setup';
import { SHARED_FIXTURES } from '../helpers/seed-article';
import vi from '../../src/renderer/locales/vi.json';

const apps = appsPerTest();
let app: LaunchedApp;

beforeEach(async () => {
  app = await apps.launchOnNewArticle();
});

type Node = { type: string; text?: string; url?: string; tag?: string; listType?: string; format?: number; children?: Node[] };
const walk = (nodes: Node[]): Node[] => nodes.flatMap((node) => [node, ...walk(node.children ?? [])]);

async function saved(): Promise<Node[]> {
  await app.page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => app.page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Đã lưu lúc/);
  const id = app.core.desk.list({}).items[0]!.id;
  return app.core.articles.get(id).body.root.children as Node[];
}

const tool = (name: string) => app.page.getByRole('toolbar', { name: 'Định dạng' }).getByRole('button', { name, exact: true });

describe('the body editor', () => {
  test('toolbar and keyboard shortcuts: heading, bold, italic, underline, lists, quote, undo', async () => {
    const { page } = app;
    await tool('Đề mục').click();
    await page.keyboard.type('Kết quả');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Đậm');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(' nghiêng');
    await page.keyboard.press('Control+i');
    await tool('Gạch chân').click();
    await page.keyboard.type(' gạch');
    await page.keyboard.press('Control+u');
    await page.keyboard.press('Enter');
    await tool('Danh sách chấm').click();
    await page.keyboard.type('một');
    await page.keyboard.press('Enter');
    await page.keyboard.type('hai');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await tool('Trích dẫn').click();
    await page.keyboard.type('Lời trích sai');
    await page.keyboard.press('Control+z');

    const body = await saved();
    expect(body.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list', 'quote']);
    expect(body[0]!.tag).toBe('h2');
    const texts = walk(body).filter((node) => node.type === 'text');
    expect(texts.map((node) => [node.text, node.format])).toEqual([
      ['Kết quả', 0],
      ['Đậm', 1],
      [' nghiêng', 2],
      [' gạch', 8],
      ['một', 0],
      ['hai', 0],
    ]);
    expect(body[2]!.listType).toBe('bullet');
  });

  test('links: an https address is accepted, a javascript: one is refused with a message', async () => {
    const { page } = app;
    await page.keyboard.type('Báo Bạc Liêu');
    await page.keyboard.press('Shift+Home');
    await tool('Liên kết').click();
    await page.getByLabel('Địa chỉ liên kết').fill('javascript:alert(1)');
    await tool('Gắn liên kết').click();
    await expect.poll(() => page.getByText('Chỉ nhận liên kết http, https hoặc mailto.').count(), { timeout: 10_000 }).toBe(1);
    await page.getByLabel('Địa chỉ liên kết').fill('https://baobaclieu.vn/');
    await tool('Gắn liên kết').click();
    const body = await saved();
    expect(walk(body).filter((node) => node.type === 'link').map((node) => node.url)).toEqual(['https://baobaclieu.vn/']);
  });

  test('a photo dropped onto the body is stored and shown; a corrupt file gets a clear error and loses nothing', async () => {
    const { page } = app;
    await page.keyboard.type('Trước ảnh');
    await page.keyboard.press('Enter');
    const bytes = [...readFileSync(resolve(SHARED_FIXTURES, 'photos', 'PhotoMechanic.jpg'))];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'anh.jpg', { type: 'image/jpeg' }));
      const target = document.querySelector('[data-lexical-editor] p')!;
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    const figure = page.getByRole('figure', { name: 'Ảnh trong bài' });
    await expect.poll(() => figure.locator('img').count(), { timeout: 10_000 }).toBe(1);
    expect(await figure.locator('img').evaluate((image) => (image as HTMLImageElement).src.startsWith('blob:'))).toBe(true);
    await expect.poll(() => figure.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);

    await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'hong.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really a jpeg') });
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toContain(vi.errors.photo.not_an_image);

    const body = await saved();
    expect(body.filter((node) => node.type === 'photo')).toHaveLength(1);
    expect(walk(body).some((node) => node.text === 'Trước ảnh')).toBe(true);
  });
});
