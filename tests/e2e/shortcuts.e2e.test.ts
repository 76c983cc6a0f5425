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

test('Bài mới, Lưu, Gửi duyệt, Xem trước and Tìm kiếm run the same from the native menu and from their keys', async () => {
  const app = await apps.launch();
  const { page, core } = app;
  const headline = page.getByLabel('Tiêu đề', { exact: true });
  const stored = () => core.desk.list({}).items.map((item) => [item.headline, item.status]);

  const newArticle = page.getByRole('button', { name: 'Bài mới' });
  expect([await newArticle.getAttribute('title'), await newArticle.getAttribute('aria-keyshortcuts')]).toEqual(['Bài mới (Ctrl+N)', 'Control+N']);
  await app.menuCommand('newArticle');
  await headline.fill('Tin từ thanh trình đơn');
  await app.menuCommand('save');
  await expect.poll(stored).toEqual([['Tin từ thanh trình đơn', 'draft']]);

  const preview = page.getByRole('button', { name: 'Xem trước' });
  await page.getByLabel('Nội dung', { exact: true }).click();
  await page.keyboard.press('Control+Shift+P');
  await expect.poll(() => preview.getAttribute('aria-pressed')).toBe('true');
  await app.menuCommand('preview');
  await expect.poll(() => preview.getAttribute('aria-pressed')).toBe('false');

  const submit = page.getByRole('group', { name: 'Thao tác' }).getByRole('button', { name: 'Gửi duyệt' });
  expect(await submit.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Enter');
  await page.getByLabel('Nội dung', { exact: true }).click();
  await page.keyboard.press('Control+Shift+Enter');
  await expect.poll(stored).toEqual([['Tin từ thanh trình đơn', 'submitted']]);

  // Ctrl+N from the body opens a new, empty story and leaves the submitted one as it was.
  await page.getByLabel('Nội dung', { exact: true }).click();
  await page.keyboard.press('Control+N');
  await expect.poll(() => headline.inputValue()).toBe('');

  // Tìm kiếm from another view goes back to the desk with the caret in the search box.
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await app.menuCommand('search');
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
});

test('commands a user may not carry out do nothing: no Bài mới for an admin, who does not write', async () => {
  const app = await apps.launch({ users: [{ username: 'qt', displayName: 'Quản Trị Viên', initials: 'Q.T.V', roles: ['admin'] }], signInAs: 'qt' });
  const { page, core } = app;
  await app.menuCommand('newArticle');
  await page.keyboard.press('Control+N');
  await app.menuCommand('save');
  expect(await page.getByLabel('Tiêu đề', { exact: true }).count()).toBe(0);
  expect(core.desk.list({}).items).toEqual([]);
});
