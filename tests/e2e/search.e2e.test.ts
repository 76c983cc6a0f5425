import { afterEach, describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const article = (headline: string, body = '', category = 'Tin tức') => ({
  headline,
  sapo: '',
  category,
  body: bodyFromPlainText(body),
});

describe('searching from the desk', () => {
  test('finds stories typed with or without diacritics, highlights them safely, and opens one', async () => {
    app = await launchApp();
    const { page, core } = app;
    core.articles.create(article('Lũ về Đồng Tháp', 'Nước lên nhanh ở các huyện đầu nguồn.'), app!.users['dkc']!.id);
    core.articles.create(article('Bạc Liêu: mùa muối', 'Diêm dân Bạc Liêu phơi muối <img src=x onerror="document.title=1">.', 'Kinh tế'), app!.users['dkc']!.id);
    core.articles.create(article('Cà Mau mùa khô', 'Không liên quan.'), app!.users['dkc']!.id);
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
    app = await launchApp();
    const { page, core } = app;
    core.articles.create(article('Sóc Trăng: lễ hội Oóc Om Bóc', '', 'Văn hóa – Văn nghệ'), app!.users['dkc']!.id);
    core.articles.create(article('Sóc Trăng: giá lúa tăng', '', 'Kinh tế'), app!.users['dkc']!.id);
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
    expect(core.savedSearches.list(app!.users['dkc']!.id)).toMatchObject([{ name: 'Giá lúa Sóc Trăng', query: 'soc trang', filters: { category: 'Kinh tế' } }]);

    await app.reload();
    await page.getByRole('button', { name: 'Giá lúa Sóc Trăng', exact: true }).click();
    await expect.poll(() => page.getByRole('searchbox', { name: 'Tìm kiếm' }).inputValue()).toBe('soc trang');
    await expect.poll(() => page.locator('.list__row').allTextContents()).toEqual([expect.stringContaining('Sóc Trăng: giá lúa tăng')]);
  });
});

describe('the desk list at scale', () => {
  test('renders only the rows in view, pages in by cursor while scrolling, and shows counts', async () => {
    app = await launchApp();
    const { page, core } = app;
    for (let index = 0; index < 400; index += 1) core.articles.create(article(`Bài số ${String(index).padStart(3, '0')}`), app!.users['dkc']!.id);
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
