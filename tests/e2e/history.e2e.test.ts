import { describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { appsPerTest } from './setup';

const apps = appsPerTest();

describe('revision history in the editor', () => {
  test('lists who and when, shows words added and removed, and restores as a new revision', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    const article = core.articles.create({ headline: 'Bạc Liêu mùa muối', sapo: 'Diêm dân phấn khởi.', category: 'Kinh tế', body: bodyFromPlainText('Giá muối tăng.') }, app.users['dkc']!.id);
    core.revisions.record(article.id, 'manual', null);
    core.articles.update(article.id, 1, { headline: 'Bạc Liêu: mùa muối bội thu', sapo: 'Diêm dân vui.', body: bodyFromPlainText('Giá muối tăng mạnh.') });
    core.revisions.record(article.id, 'submit', null);

    await app.reload();
    await page.getByRole('button', { name: /mùa muối bội thu/ }).click();
    await page.getByRole('button', { name: 'Phiên bản' }).click();
    const history = page.getByRole('region', { name: 'Phiên bản' });
    await expect.poll(() => history.getByRole('listitem').count(), { timeout: 10_000 }).toBe(2);
    expect(await history.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/\d\d:\d\d · Gửi duyệt · \(chưa rõ người\) · bản 2/),
      expect.stringMatching(/\d\d:\d\d · Lưu · \(chưa rõ người\) · bản 1/),
    ]);

    await history.getByRole('button', { name: 'So sánh' }).click();
    const diff = history.getByLabel('Khác biệt');
    await expect.poll(() => diff.locator('ins').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await diff.locator('ins').allTextContents()).toEqual([':', ' bội thu', 'vui', ' mạnh']);
    expect(await diff.locator('del').allTextContents()).toEqual(['phấn khởi']);

    await history.getByRole('button', { name: /^Khôi phục .*· Lưu ·/ }).click();
    await expect.poll(() => page.getByLabel('Tiêu đề', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('Bạc Liêu mùa muối');
    expect(await page.getByLabel('Nội dung', { exact: true }).textContent()).toBe('Giá muối tăng.');
    expect(core.articles.get(article.id)).toMatchObject({ headline: 'Bạc Liêu mùa muối', version: 3 });
    expect(core.revisions.list(article.id).map((revision) => revision.reason)).toEqual(['restore', 'submit', 'manual']);
    await expect.poll(() => history.getByRole('listitem').count(), { timeout: 10_000 }).toBe(3);
  });
});
