import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeFindings } from './axe';
import type { LaunchedApp } from './harness';
import { appsPerFile } from './setup';
import { PAGE_BACKGROUND, rootLook } from './theme-look';
import { loadSeedArticle, seedArticleWithPhoto } from '../helpers/seed-article';

/**
 * axe-core (`axe.ts`) on every main view: desk, editor with the seed article, preview, photo
 * library, queue and settings, in the light and the dark theme (the OS's choice, as the app follows it).
 */
const seed = loadSeedArticle();

const apps = appsPerFile();
let app: LaunchedApp;
beforeAll(async () => {
  app = await apps.launch();
  app.core.articles.create(await seedArticleWithPhoto(app.core.media), app.users['dkc']!.id);
  await app.reload();
});

const sidebar = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) });

describe.each(['light', 'dark'] as const)('no serious or critical axe-core violations on the main views, %s theme', (theme) => {
  beforeAll(async () => {
    await app.page.emulateMedia({ colorScheme: theme });
    await app.reload();
  });

  test('desk (sidebar, story list, status bar)', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('button', { name: seed.headline }).count()).toBe(1);
    expect((await rootLook(page)).background).toBe(PAGE_BACKGROUND[theme]);
    expect(await axeFindings(page)).toEqual([]);
  });

  test('editor with the seed article', async () => {
    const { page } = app;
    await page.getByRole('button', { name: seed.headline }).click();
    await expect.poll(() => page.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(seed.headline);
    await expect.poll(() => page.getByRole('figure').locator('img').count(), { timeout: 10_000 }).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
  });

  test('preview', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Xem trước' }).count()).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
  });

  test('photo library (Kho ảnh)', async () => {
    const { page } = app;
    await sidebar(page, 'Kho ảnh').click();
    await expect.poll(() => page.getByRole('list', { name: 'Ảnh trong kho' }).getByRole('listitem').count()).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
  });

  test('publishing queue (Hàng đợi xuất bản)', async () => {
    const { page } = app;
    await sidebar(page, 'Hàng đợi xuất bản').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Hàng đợi xuất bản' }).count()).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
  });

  test('settings (Cài đặt)', async () => {
    const { page } = app;
    await sidebar(page, 'Cài đặt').click();
    await expect.poll(() => page.getByLabel('Ngôn ngữ').count()).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
    // Each of its sections is a page of its own.
    for (const [section, heading] of [['Người dùng', 'Người dùng'], ['Nơi xuất bản', 'Nơi xuất bản'], ['Tòa soạn', 'Sao lưu'], ['Chung', 'Chung']]) {
      await page.getByRole('button', { name: section, exact: true }).click();
      await expect.poll(() => page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
      expect(await axeFindings(page), section).toEqual([]);
    }
  });
});
