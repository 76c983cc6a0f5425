import { expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { appsPerTest } from './setup';

const apps = appsPerTest();

test('a published story’s delivery shows in Hàng đợi xuất bản, in the status bar and in the story’s panel; Hủy cancels it', async () => {
  const app = await apps.launch();
  const { page, core } = app;
  const user = app.users['dkc']!;
  let story = core.workflow.create({ headline: 'Bạc Liêu: mùa muối', sapo: '', category: 'Kinh tế', body: bodyFromPlainText('Nội dung.') }, user);
  for (const action of ['submit', 'claim', 'approve', 'publish'] as const) {
    story = core.workflow.transition({ articleId: story.id, action, expectedVersion: story.version }, user);
  }
  await app.reload();

  const status = page.getByRole('group', { name: 'Trạng thái xuất bản' });
  await expect.poll(() => status.textContent()).toBe('● Trực tuyến · Hàng đợi: 1');

  await page.getByRole('button', { name: 'Hàng đợi xuất bản' }).click();
  const health = page.getByRole('table', { name: 'Tình trạng nơi nhận' });
  await expect.poll(() => health.getByRole('row', { name: /website/ }).getByRole('cell').allTextContents()).toEqual(['website', '1', '0', '', '']);
  const row = page.getByRole('table', { name: 'Các lượt gửi' }).getByRole('row', { name: /website/ });
  await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual([
    `${story.id.slice(-8)} · v${story.version}`,
    'website',
    'Xuất bản',
    'Chờ gửi',
    '0',
    '',
    '',
    'Thử lạiHủy',
  ]);
  await row.getByRole('button', { name: 'Hủy' }).click();
  await expect.poll(() => row.getByRole('cell').nth(3).textContent()).toBe('Đã hủy');
  await expect.poll(() => status.textContent()).toBe('● Trực tuyến · Hàng đợi: 0');
  expect(core.outbox.forArticle(story.id)).toMatchObject([{ state: 'canceled' }]);

  await page.getByRole('button', { name: /^Đã xuất bản/ }).click();
  await page.getByRole('button', { name: /Bạc Liêu: mùa muối/ }).click();
  await page.getByRole('tab', { name: 'Xuất bản' }).click();
  await expect.poll(() => page.getByRole('list', { name: 'Lượt gửi' }).textContent()).toContain('website · Xuất bản · Đã hủy');
});
