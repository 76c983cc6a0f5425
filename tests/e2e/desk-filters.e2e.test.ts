import { expect, test } from 'vitest';
import { bodyFromPlainText, type ArticleBody } from '../../src/shared/domain/article-body';
import { appsPerTest } from './setup';

const apps = appsPerTest();

const withPhoto = (caption: string): ArticleBody => {
  const body = bodyFromPlainText('Nội dung.');
  const photo = { type: 'photo', version: 1, mediaId: 'd'.repeat(64), caption, credit: '', altText: '', width: 10, height: 10 };
  return { root: { ...body.root, children: [...body.root.children, photo] } };
};

test('the photo desk’s filters: stories with uncaptioned photos, and by photographer', async () => {
  const app = await apps.launch();
  const { page, core } = app;
  const author = app.users['dkc']!.id;
  const fields = { sapo: '', category: 'Tin tức' };
  core.articles.create({ ...fields, headline: 'Ảnh đã chú thích', body: withPhoto('Diêm dân thu hoạch muối.'), authors: [{ name: 'C.K', roles: ['photographer'] }] }, author);
  core.articles.create({ ...fields, headline: 'Ảnh chưa chú thích', body: withPhoto(''), authors: [{ name: 'Đ.K.C', roles: ['writer', 'photographer'] }] }, author);
  core.articles.create({ ...fields, headline: 'Không có ảnh', body: bodyFromPlainText('Chữ.') }, author);
  await app.reload();

  const rows = () => page.locator('.list__row').allTextContents();
  await expect.poll(async () => (await rows()).length).toBe(3);
  await page.getByText('Bộ lọc').click();
  await page.getByLabel('Có ảnh chưa chú thích').check();
  await expect.poll(rows).toEqual([expect.stringContaining('Ảnh chưa chú thích')]);

  await page.getByLabel('Có ảnh chưa chú thích').uncheck();
  await page.getByLabel('Lọc phóng viên ảnh').fill('C.K');
  await expect.poll(rows).toEqual([expect.stringContaining('Ảnh đã chú thích')]);
});
