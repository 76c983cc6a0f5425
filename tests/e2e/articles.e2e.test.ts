import { describe, expect, test } from 'vitest';
import { appsPerTest } from './setup';

const apps = appsPerTest();

describe('writing an article', () => {
  test('a new article is saved through the contract and found again after a reload', async () => {
    const app = await apps.launch();
    const { page } = app;

    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByLabel('Chuyên mục').selectOption('Tin tức');
    await page.getByLabel('Tiêu đề').fill('6 tháng đầu năm 2024: Cụm thi đua số 9 thực hiện đạt hơn 50 mục tiêu');
    await page.getByLabel('Sapo').fill('Chiều 28/6, tại Bạc Liêu, Cụm thi đua số 9 tổ chức hội nghị.');
    await page.getByLabel('Nội dung').click();
    await page.keyboard.type('Đoạn một.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn hai.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Đã lưu lúc \d\d:\d\d$/);

    await app.reload();
    const row = page.getByRole('button', { name: /Cụm thi đua số 9/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Tin tức');
    await row.click();
    await expect.poll(() => page.getByLabel('Tiêu đề').inputValue()).toBe(
      '6 tháng đầu năm 2024: Cụm thi đua số 9 thực hiện đạt hơn 50 mục tiêu',
    );
    expect(await page.getByLabel('Sapo').inputValue()).toBe('Chiều 28/6, tại Bạc Liêu, Cụm thi đua số 9 tổ chức hội nghị.');
    expect(await page.getByLabel('Nội dung').locator('p').allTextContents()).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(await page.getByLabel('Chuyên mục').inputValue()).toBe('Tin tức');

    // The page wrote to the real store, not to anything of its own.
    const stored = app.core.desk.list({}).items;
    expect(stored.map((item) => item.headline)).toEqual([
      '6 tháng đầu năm 2024: Cụm thi đua số 9 thực hiện đạt hơn 50 mục tiêu',
    ]);
  });

  test('saving over someone else’s newer save shows the conflict and keeps the typed text', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    const article = core.articles.create({
      headline: 'Bạc Liêu: mùa muối',
      sapo: '',
      category: 'Kinh tế',
      body: { root: { type: 'root', children: [] } },
    }, app.users['dkc']!.id);
    await app.reload();
    await page.getByRole('button', { name: /Bạc Liêu: mùa muối/ }).click();
    await expect.poll(() => page.getByLabel('Tiêu đề').inputValue()).toBe('Bạc Liêu: mùa muối');

    // Someone saves from another window meanwhile.
    core.articles.update(article.id, 1, { headline: 'Bạc Liêu: mùa muối (bản của biên tập viên)' });
    await page.getByLabel('Tiêu đề').fill('Bạc Liêu: mùa muối bội thu');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Người khác vừa lưu bài này (phiên bản 2)');
    expect(await page.getByRole('status').textContent()).toBe('Chưa lưu được');
    expect(await page.getByLabel('Tiêu đề').inputValue()).toBe('Bạc Liêu: mùa muối bội thu');
    expect(core.articles.get(article.id).headline).toBe('Bạc Liêu: mùa muối (bản của biên tập viên)');

    // The comparison shows both headlines; keeping mine saves it over the newer version, knowingly.
    const comparison = page.getByRole('region', { name: /So sánh với bản người khác vừa lưu \(phiên bản 2\)/ });
    const row = comparison.getByRole('row', { name: /Tiêu đề/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Bạc Liêu: mùa muối (bản của biên tập viên)',
      'Bạc Liêu: mùa muối bội thu',
    ]);
    await comparison.getByRole('button', { name: 'Giữ bản của tôi' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Đã lưu lúc/);
    expect(core.articles.get(article.id)).toMatchObject({ headline: 'Bạc Liêu: mùa muối bội thu', version: 3 });
  });

  test('after a conflict the reporter can take the saved version instead', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    const article = core.articles.create(
      { headline: 'Bản gốc', sapo: '', category: 'Kinh tế', body: { root: { type: 'root', children: [] } } },
      app.users['dkc']!.id,
    );
    await app.reload();
    await page.getByRole('button', { name: /Bản gốc/ }).click();
    await expect.poll(() => page.getByLabel('Tiêu đề').inputValue()).toBe('Bản gốc');
    core.articles.update(article.id, 1, { headline: 'Bản của người khác' });
    await page.getByLabel('Tiêu đề').fill('Bản của tôi');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: 'Dùng bản đã lưu' }).click();
    expect(await page.getByLabel('Tiêu đề').inputValue()).toBe('Bản của người khác');
    await page.getByLabel('Tiêu đề').fill('Bản của người khác, sửa tiếp');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => core.articles.get(article.id).headline).toBe('Bản của người khác, sửa tiếp');
  });
});

describe('languages', () => {
  test('the UI starts in Vietnamese and switches to English, which is remembered', async () => {
    const app = await apps.launch();
    const { page } = app;
    await expect.poll(() => page.getByRole('button', { name: 'Bài mới' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByLabel('Ngôn ngữ').selectOption('en');

    await expect.poll(() => page.getByRole('button', { name: 'New article' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(app.core.settings.get('language')).toBe('en');

    await app.reload();
    await expect.poll(() => page.getByRole('button', { name: 'New article' }).count()).toBe(1);
    await page.getByRole('button', { name: 'New article' }).click();
    for (const label of ['Category', 'Headline', 'Lead', 'Body']) {
      expect(await page.getByLabel(label).count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(1);
  });
});
