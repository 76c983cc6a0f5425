import { expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { appsPerTest } from './setup';

const apps = appsPerTest();

test('in Cài đặt the admin backs up now, then restores that backup after a story was added; today\'s data is kept first', async () => {
  const app = await apps.launch();
  const { page, core } = app;
  const author = Object.values(app.users)[0]!;
  core.workflow.create({ headline: 'Bài có trong bản sao lưu', sapo: '', category: 'Tin tức', body: bodyFromPlainText('Nội dung.') }, author);

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await page.getByRole('button', { name: 'Tòa soạn', exact: true }).click();
  const section = page.getByRole('region', { name: 'Sao lưu' });
  await section.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect.poll(() => section.getByRole('status').textContent()).toMatch(/^Đã sao lưu lúc /);
  const backups = section.getByRole('list', { name: 'Sao lưu' }).getByRole('listitem');
  await expect.poll(() => backups.count()).toBe(1);
  expect(await backups.first().textContent()).toContain('Sao lưu ngay');

  core.workflow.create({ headline: 'Bài viết sau khi sao lưu', sapo: '', category: 'Tin tức', body: bodyFromPlainText('Mới.') }, author);
  await backups.first().getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
  const confirm = page.getByRole('alertdialog');
  expect(await confirm.textContent()).toContain('Dữ liệu hiện tại được giữ lại');
  await confirm.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
  await expect.poll(() => section.getByRole('status').textContent()).toMatch(/^Đã khôi phục bản sao lưu lúc /);

  expect(core.desk.list({}).items.map((article) => article.headline)).toEqual(['Bài có trong bản sao lưu']);
  expect(core.backups.list().map((backup) => backup.kind)).toEqual(['before-restore', 'manual']);
  await expect.poll(() => backups.count()).toBe(2);
});

test('a user who is not an admin sees no backups and the calls are refused', async () => {
  const app = await apps.launch({ users: [{ username: 'phongvien', roles: ['reporter', 'editor_in_chief'] }], signInAs: 'phongvien' });
  const { page } = app;
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  expect(await page.getByRole('button', { name: 'Sao lưu ngay' }).count()).toBe(0);
  const refused = await page.evaluate(() => window.newsdesk.backups.create({}));
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
