import { expect, test } from 'vitest';
import { appsPerTest } from './setup';

const apps = appsPerTest();

test('Ctrl+S saves the story being written and Ctrl+F goes to Tìm kiếm; the tooltips name the keys', async () => {
  const app = await apps.launch();
  const { page, core } = app;
  await page.getByRole('button', { name: 'Bài mới' }).click();
  await page.getByLabel('Tiêu đề', { exact: true }).click();
  await page.keyboard.type('Bạc Liêu: mùa muối');

  const save = page.getByRole('button', { name: 'Lưu', exact: true });
  expect(await save.getAttribute('title')).toBe('Lưu (Ctrl+S)');
  expect(await save.getAttribute('aria-keyshortcuts')).toBe('Control+S');
  await page.keyboard.press('Control+S');
  await expect.poll(() => core.desk.list({}).items.map((item) => item.headline)).toEqual(['Bạc Liêu: mùa muối']);

  // From the body, the shortcut leaves the text alone and lands in the search box.
  await page.getByLabel('Nội dung', { exact: true }).click();
  await page.keyboard.type('Diêm dân');
  await page.keyboard.press('Control+F');
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await search.getAttribute('title')).toBe('Tìm kiếm (Ctrl+F)');
  await page.keyboard.type('muoi');
  await expect.poll(() => search.inputValue()).toBe('muoi');
  expect(await page.getByLabel('Nội dung', { exact: true }).textContent()).toContain('Diêm dân');
});
