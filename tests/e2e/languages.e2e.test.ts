import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { appsPerTest } from './setup';
import { loadSeedArticle, seedArticleWithPhoto } from '../helpers/seed-article';

const apps = appsPerTest();

const seed = loadSeedArticle();
const countLines = (page: Page) => page.locator('.count').allTextContents();
const userRows = (page: Page) => page.getByRole('table').filter({ has: page.getByRole('rowheader') }).getByRole('rowheader').allTextContents();

test('switching the language re-labels the open story at once: numbers and name order follow it, the text stays', async () => {
  const app = await apps.launch({
    users: [
      { username: 'admin', roles: ['admin', 'editor'], displayName: 'Zoe Trần' },
      { username: 'dang', roles: ['reporter'], displayName: 'Đặng Văn Lâm' },
      { username: 'duong', roles: ['reporter'], displayName: 'Dương Thị Hoa' },
      { username: 'an', roles: ['reporter'], displayName: 'Ân Văn Hải' },
      { username: 'anh', roles: ['reporter'], displayName: 'Anh Thư' },
    ],
    signInAs: 'admin',
  });
  const { page, core } = app;
  core.articles.create(await seedArticleWithPhoto(core.media), app.users['admin']!.id);
  await app.reload();

  // Settings: users in Vietnamese alphabetical order (A < Â, D < Đ), not the database's code-point order.
  await page.getByRole('navigation').getByRole('button', { name: /^Cài đặt/ }).click();
  await page.getByRole('button', { name: 'Người dùng', exact: true }).click();
  await expect.poll(() => userRows(page)).toHaveLength(5);
  expect((await userRows(page)).map((row) => row.replace(/ \(.*\)$/, ''))).toEqual(['Anh Thư', 'Ân Văn Hải', 'Dương Thị Hoa', 'Đặng Văn Lâm', 'Zoe Trần']);

  // The story open, its body's count with the Vietnamese thousands separator.
  await page.getByRole('navigation').getByRole('button', { name: /^Bài của tôi/ }).click();
  await page.getByRole('button', { name: seed.headline }).click();
  await expect.poll(() => page.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(seed.headline);
  await page.getByLabel('Tiêu đề', { exact: true }).press('End');
  await page.keyboard.type(' (bản nháp)');
  expect(await countLines(page)).toContainEqual(expect.stringMatching(/^\d{3} chữ · \d\.\d{3} ký tự$/));

  await page.getByRole('navigation').getByRole('button', { name: /^Cài đặt/ }).click();
  await page.getByRole('button', { name: 'Chung', exact: true }).click();
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await expect.poll(() => page.getByLabel('Language').count()).toBe(1);
  await page.getByRole('button', { name: 'Users', exact: true }).click();
  // English sorts by English rules, where Đ is a D with a mark (only ties look at marks).
  expect((await userRows(page)).map((row) => row.replace(/ \(.*\)$/, ''))).toEqual(['Ân Văn Hải', 'Anh Thư', 'Đặng Văn Lâm', 'Dương Thị Hoa', 'Zoe Trần']);

  await page.getByRole('navigation').getByRole('button', { name: /^My articles/ }).click();
  await page.getByRole('button', { name: new RegExp(`^${seed.headline.slice(0, 20)}`) }).click();
  // The unsaved edit is still there, under English labels, with the English separator.
  await expect.poll(() => page.getByLabel('Headline', { exact: true }).inputValue()).toBe(`${seed.headline} (bản nháp)`);
  expect(await countLines(page)).toContainEqual(expect.stringMatching(/^\d{3} words · \d,\d{3} characters$/));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});
