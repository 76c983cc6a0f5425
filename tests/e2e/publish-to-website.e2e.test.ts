import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { appsPerTest } from './setup';

const apps = appsPerTest();

const act = (page: Page, action: string) =>
  page.getByRole('group', { name: 'Thao tác' }).getByRole('button', { name: action, exact: true }).click();
const expectStatus = (page: Page, status: string) => expect.poll(() => page.locator('.editor__status').textContent()).toBe(status);

test('a story written and published in the app appears on the website folder, and the queue says it was sent', async () => {
  const app = await apps.launch();
  const { page } = app;

  await page.getByRole('button', { name: 'Bài mới' }).click();
  await page.getByLabel('Chuyên mục').selectOption('Tin tức');
  await page.getByLabel('Tiêu đề').fill('Bạc Liêu: mùa muối bội thu');
  await page.getByLabel('Sapo').fill('Diêm dân Bạc Liêu thu hoạch muối.');
  await page.getByLabel('Nội dung', { exact: true }).fill('Năm nay nắng tốt.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await act(page, 'Gửi duyệt');
  await expectStatus(page, 'Chờ biên tập');
  await act(page, 'Nhận biên tập');
  await expectStatus(page, 'Đang biên tập');
  await act(page, 'Duyệt');
  await expectStatus(page, 'Đã duyệt');
  await act(page, 'Xuất bản');
  await expectStatus(page, 'Đã xuất bản');

  await app.publishing.publishNow();
  const pageFile = join(app.publishing.siteFolder, 'tin-tuc', 'bac-lieu-mua-muoi-boi-thu.html');
  expect(existsSync(pageFile)).toBe(true);
  const html = readFileSync(pageFile, 'utf8');
  expect(html).toContain('<h1 class="article-headline">Bạc Liêu: mùa muối bội thu</h1>');
  expect(html).toContain('<strong>Diêm dân Bạc Liêu thu hoạch muối.</strong>');

  await page.getByRole('button', { name: 'Hàng đợi xuất bản' }).click();
  const jobs = page.getByRole('table', { name: 'Các lượt gửi' });
  await expect.poll(() => jobs.getByRole('row', { name: /website/ }).getByRole('cell').nth(3).textContent()).toBe('Đã gửi');
  const health = page.getByRole('table', { name: 'Tình trạng nơi nhận' }).getByRole('row', { name: /website/ });
  await expect.poll(() => health.getByRole('cell').nth(1).textContent()).toBe('0');
});
