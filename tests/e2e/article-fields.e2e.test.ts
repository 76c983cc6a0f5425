import { describe, expect, test } from 'vitest';
import { appsPerTest } from './setup';

const apps = appsPerTest();

describe('byline and metadata fields', () => {
  test('the slug follows the headline until edited by hand; two authors with roles; keywords', async () => {
    const app = await apps.launch();
    const { page } = app;
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Đồng Tháp đạt 100% kế hoạch');
    expect(await page.getByLabel('Đường dẫn').inputValue()).toBe('dong-thap-dat-100-ke-hoach');

    await page.getByLabel('Đường dẫn').fill('dong-thap-ke-hoach');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Đồng Tháp đạt 100% kế hoạch năm');
    expect(await page.getByLabel('Đường dẫn').inputValue()).toBe('dong-thap-ke-hoach');

    await page.getByLabel('Nhãn tác giả').fill('Bài');
    await page.getByLabel('Tác giả', { exact: true }).fill('Nguyễn Văn A');
    await page.getByRole('button', { name: 'Thêm tác giả' }).click();
    await page.getByLabel('Tác giả', { exact: true }).nth(1).fill('C.K');
    await page.getByRole('checkbox', { name: 'Viết', exact: true }).nth(1).uncheck();
    await page.getByRole('checkbox', { name: 'Ảnh', exact: true }).nth(1).check();
    await page.getByLabel('Từ khóa').fill('Đồng Tháp, kế hoạch, ');

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Đã lưu lúc/);
    const article = app.core.articles.get(app.core.desk.list({}).items[0]!.id);
    expect(article).toMatchObject({
      slug: 'dong-thap-ke-hoach',
      bylineLabel: 'Bài',
      authors: [
        { name: 'Nguyễn Văn A', roles: ['writer'] },
        { name: 'C.K', roles: ['photographer'] },
      ],
      keywords: ['Đồng Tháp', 'kế hoạch'],
    });
  });
});
