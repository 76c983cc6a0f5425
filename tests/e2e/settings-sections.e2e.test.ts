import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { withDatabase } from '../helpers/temp-newsroom';
import { appsPerTest } from './setup';

const apps = appsPerTest();

const sectionList = (page: Page) => page.getByRole('list', { name: 'Các phần của Cài đặt' });
const current = (page: Page) => sectionList(page).locator('[aria-current="page"]').textContent();

describe('Cài đặt in sections, each its own page', () => {
  test('the admin moves between Chung, Người dùng, Nơi xuất bản and Tòa soạn with the keyboard', async () => {
    const app = await apps.launch();
    const { page } = app;
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    expect(await sectionList(page).getByRole('button').allTextContents()).toEqual(['Chung', 'Người dùng', 'Nơi xuất bản', 'Tòa soạn']);
    expect(await current(page)).toBe('Chung');
    expect(await page.getByLabel('Ngôn ngữ').count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Thêm người dùng' }).count()).toBe(0);

    // Tab reaches the list; ↓ moves the focus, Enter opens the section; one page at a time.
    await sectionList(page).getByRole('button', { name: 'Chung' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await current(page)).toBe('Người dùng');
    await expect.poll(() => page.getByRole('form', { name: 'Thêm người dùng' }).count()).toBe(1);
    expect(await page.getByLabel('Ngôn ngữ').count()).toBe(0);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await current(page)).toBe('Nơi xuất bản');
    await expect.poll(() => page.getByRole('form', { name: 'Thêm nơi xuất bản' }).count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Thêm người dùng' }).count()).toBe(0);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await current(page)).toBe('Tòa soạn');
    await expect.poll(() => page.getByRole('region', { name: 'Sao lưu' }).count()).toBe(1);
    // ↓ on the last wraps to the first.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chung');
  });

  test('Tòa soạn renames the newsroom and edits its sections, which the editor then offers', async () => {
    const app = await apps.launch({ newsroomName: 'Báo Bạc Liêu' });
    const { page, core } = app;
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByRole('button', { name: 'Tòa soạn', exact: true }).click();

    const nameForm = page.getByRole('form', { name: 'Tên tòa soạn' });
    await expect.poll(() => nameForm.getByLabel('Tên tòa soạn').inputValue()).toBe('Báo Bạc Liêu');
    await nameForm.getByLabel('Tên tòa soạn').fill('Báo Bạc Liêu điện tử');
    await nameForm.getByRole('button', { name: 'Lưu tên tòa soạn' }).click();
    await expect.poll(() => nameForm.getByRole('status').textContent()).toBe('Đã đổi tên tòa soạn.');
    expect(core.info.name()).toBe('Báo Bạc Liêu điện tử');
    expect(await page.getByRole('navigation').textContent()).toContain('Báo Bạc Liêu điện tử');

    const sections = page.getByRole('form', { name: 'Chuyên mục' });
    const before = core.categories.list().map((category) => category.name);
    await expect.poll(() => sections.getByLabel('Chuyên mục 1', { exact: true }).inputValue()).toBe(before[0]);
    await sections.getByRole('button', { name: `Xóa chuyên mục ${before.at(-1)}` }).click();
    await sections.getByLabel('Chuyên mục mới').fill('Biển đảo');
    await sections.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    await sections.getByRole('button', { name: 'Lưu chuyên mục' }).click();
    await expect.poll(() => sections.getByRole('status').textContent()).toBe('Đã lưu chuyên mục.');
    const after = [...before.slice(0, -1), 'Biển đảo'];
    expect(core.categories.list().map((category) => category.name)).toEqual(after);
    const audited = withDatabase(app, (db) => db.prepare(`SELECT action FROM audit_log WHERE user_id IS NOT NULL`).pluck().all());
    expect(audited).toEqual(expect.arrayContaining(['newsroom.rename', 'categories.replace']));

    await page.getByRole('button', { name: 'Bài mới' }).click();
    expect((await page.getByLabel('Chuyên mục').locator('option').allTextContents()).slice(1)).toEqual(after);
  });

  test('a user who is not an admin has only Chung, and the admin calls are refused', async () => {
    const app = await apps.launch({ users: [{ username: 'phongvien', roles: ['reporter', 'editor_in_chief'] }], signInAs: 'phongvien' });
    const { page } = app;
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    expect(await sectionList(page).getByRole('button').allTextContents()).toEqual(['Chung']);
    const refused = await page.evaluate(() =>
      Promise.all([window.newsdesk.categories.replace({ names: ['Tin tức'] }), window.newsdesk.newsroom.rename({ name: 'Báo khác' })]),
    );
    expect(refused).toMatchObject([{ ok: false, error: { code: 'forbidden' } }, { ok: false, error: { code: 'forbidden' } }]);
  });
});
