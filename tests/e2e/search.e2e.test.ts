import { describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import type { CallResult } from '../../src/shared/errors';
import { appsPerTest } from './setup';

const apps = appsPerTest();

const article = (headline: string, body = '', category = 'Tin tức') => ({
  headline,
  sapo: '',
  category,
  body: bodyFromPlainText(body),
});

describe('searching from the desk', () => {
  test('finds stories typed with or without diacritics, highlights them safely, and opens one', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    core.articles.create(article('Lũ về Đồng Tháp', 'Nước lên nhanh ở các huyện đầu nguồn.'), app.users['dkc']!.id);
    core.articles.create(article('Bạc Liêu: mùa muối', 'Diêm dân Bạc Liêu phơi muối <img src=x onerror="document.title=1">.', 'Kinh tế'), app.users['dkc']!.id);
    core.articles.create(article('Cà Mau mùa khô', 'Không liên quan.'), app.users['dkc']!.id);
    await app.reload();

    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await box.fill('dong thap');
    const flood = page.getByRole('button', { name: /Lũ về Đồng Tháp/ });
    await expect.poll(() => flood.locator('mark').allTextContents()).toEqual(['Đồng', 'Tháp']);
    expect(await page.getByRole('heading', { name: 'Kết quả tìm kiếm' }).count()).toBe(1);
    expect(await page.locator('.list__row').count()).toBe(1);

    // Typed key by key with diacritics, as a reporter would.
    await box.fill('');
    await box.pressSequentially('Bạc Liê', { delay: 20 });
    const salt = page.getByRole('button', { name: /Bạc Liêu: mùa muối/ });
    await expect.poll(() => salt.locator('mark').allTextContents()).toEqual(['Bạc', 'Liêu', 'Bạc', 'Liêu']);
    expect(await page.locator('.list__row').count()).toBe(1);
    // The body's markup is shown as text, never parsed.
    expect(await salt.textContent()).toContain('<img src=x onerror="document.title=1">');
    expect(await page.locator('.list img').count()).toBe(0);

    // ↓ from the search box to the first result, Enter opens it in the editor.
    await box.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Bạc Liêu: mùa muối');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Tiêu đề').inputValue()).toBe('Bạc Liêu: mùa muối');
    expect(await page.getByLabel('Chuyên mục').inputValue()).toBe('Kinh tế');
  });

  test('a search is saved to the sidebar and brings back its query and filters', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    core.articles.create(article('Sóc Trăng: lễ hội Oóc Om Bóc', '', 'Văn hóa – Văn nghệ'), app.users['dkc']!.id);
    core.articles.create(article('Sóc Trăng: giá lúa tăng', '', 'Kinh tế'), app.users['dkc']!.id);
    await app.reload();

    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('soc trang');
    await expect.poll(() => page.locator('.list__row').count()).toBe(2);
    await page.getByText('Bộ lọc').click();
    await page.getByLabel('Lọc chuyên mục').selectOption('Kinh tế');
    await expect.poll(() => page.locator('.list__row').count()).toBe(1);
    await page.getByRole('button', { name: 'Lưu tìm kiếm' }).click();
    await page.getByLabel('Tên tìm kiếm').fill('Giá lúa Sóc Trăng');
    await page.getByRole('button', { name: 'Lưu tìm kiếm' }).click();

    const saved = page.getByRole('button', { name: 'Giá lúa Sóc Trăng', exact: true });
    await expect.poll(() => saved.count()).toBe(1);
    expect(core.savedSearches.list(app.users['dkc']!.id)).toMatchObject([{ name: 'Giá lúa Sóc Trăng', query: 'soc trang', filters: { category: 'Kinh tế' } }]);

    await app.reload();
    await page.getByRole('button', { name: 'Giá lúa Sóc Trăng', exact: true }).click();
    await expect.poll(() => page.getByRole('searchbox', { name: 'Tìm kiếm' }).inputValue()).toBe('soc trang');
    await expect.poll(() => page.locator('.list__row').allTextContents()).toEqual([expect.stringContaining('Sóc Trăng: giá lúa tăng')]);
  });
});

describe('typing never waits for an older answer', () => {
  test('an answer to an older query that arrives late never replaces the newer one', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldAsked = false;
    let heldAnswered!: () => void;
    const answered = new Promise<void>((resolve) => (heldAnswered = resolve));
    const app = await apps.launch({
      // The search for "ca mau" is held until the test lets it go; every other call goes through.
      interceptCall: async (name, input, dispatch): Promise<CallResult<unknown>> => {
        if (name !== 'search.articles' || (input as { query: string }).query !== 'ca mau') return dispatch();
        heldAsked = true;
        await held;
        const result = await dispatch();
        heldAnswered();
        return result;
      },
    });
    const { page, core } = app;
    core.articles.create(article('Cà Mau mùa khô'), app.users['dkc']!.id);
    core.articles.create(article('Cà Mau mùa mưa'), app.users['dkc']!.id);
    await app.reload();

    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    const rows = () => page.locator('.list__row').allTextContents();
    await box.fill('ca mau');
    await expect.poll(() => heldAsked).toBe(true);
    // The reporter goes on typing while that answer is still on its way; the newer query is answered.
    await box.pressSequentially(' kho');
    await expect.poll(rows).toEqual([expect.stringContaining('Cà Mau mùa khô')]);

    release();
    await answered;
    // One more round trip to the page, so the late answer has been handed to it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await rows()).toEqual([expect.stringContaining('Cà Mau mùa khô')]);
    expect(await box.inputValue()).toBe('ca mau kho');
  });
});

describe('the desk list by publication time', () => {
  test('"Mới xuất bản trước" lists published stories newest first, then those never published', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    const author = app.users['dkc']!.id;
    const older = core.articles.create(article('Xuất bản hôm qua'), author);
    core.articles.create(article('Bản nháp'), author);
    const newer = core.articles.create(article('Xuất bản hôm nay'), author);
    const db = new Database(join(app.dataDir, DATABASE_FILE));
    const publish = db.prepare(`UPDATE articles SET status = 'published', published_at = ? WHERE id = ?`);
    publish.run('2024-06-28T09:00:00.000Z', older.id);
    publish.run('2024-06-29T09:00:00.000Z', newer.id);
    db.close();
    await app.reload();

    const rows = () => page.locator('.list__row').allTextContents();
    await expect.poll(async () => (await rows()).length).toBe(3);
    await page.getByText('Bộ lọc').click();
    await page.getByLabel('Sắp xếp').selectOption({ label: 'Mới xuất bản trước' });
    await expect
      .poll(rows)
      .toEqual([expect.stringContaining('Xuất bản hôm nay'), expect.stringContaining('Xuất bản hôm qua'), expect.stringContaining('Bản nháp')]);
  });
});

describe('the desk list at scale', () => {
  test('renders only the rows in view, pages in by cursor while scrolling, and shows counts', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    for (let index = 0; index < 400; index += 1) core.articles.create(article(`Bài số ${String(index).padStart(3, '0')}`), app.users['dkc']!.id);
    await app.reload();

    await expect.poll(() => page.getByRole('button', { name: /Bài số 399/ }).count()).toBe(1);
    expect(await page.locator('.list__row').count()).toBeLessThan(60);
    expect(await page.getByRole('button', { name: /^Bài của tôi/ }).textContent()).toBe('Bài của tôi400');

    const oldest = page.getByRole('button', { name: /Bài số 000/ });
    for (let step = 0; step < 60 && (await oldest.count()) === 0; step += 1) {
      await page.locator('.list__scroller').evaluate((element) => element.scrollBy(0, 2_000));
      await page.waitForTimeout(50);
    }
    expect(await oldest.count()).toBe(1);
    expect(await page.locator('.list__row').count()).toBeLessThan(60);
  });
});
