import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/shared/domain/category';
import { axeFindings } from './axe';
import { appsPerTest } from './setup';

const apps = appsPerTest();

const fillAccount = async (page: Page) => {
  await page.getByLabel('Tên tòa soạn').fill('Báo Bạc Liêu');
  await page.getByLabel('Họ và tên').fill('Đặng Kim Chi');
  await page.getByLabel('Tên viết tắt').fill('Đ.K.C');
  await page.getByLabel('Tên đăng nhập').fill('dkc');
  await page.getByLabel('Mật khẩu').fill('một mật khẩu dài');
};

const categoryInputs = (page: Page) => page.getByRole('group', { name: 'Chuyên mục' }).getByRole('textbox');

describe('first run (Thiết lập tòa soạn)', () => {
  test('offers the paper’s usual sections, which the admin edits before the newsroom is created', async () => {
    const app = await apps.launch({ users: [] });
    const { page, core } = app;
    await fillAccount(page);
    const offered = DEFAULT_CATEGORIES.map((category) => category.name);
    await expect.poll(() => categoryInputs(page).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([
      ...offered,
      '', // the new section's empty box
    ]);
    expect(await axeFindings(page)).toEqual([]);

    await page.getByLabel('Chuyên mục 2', { exact: true }).fill('Thời sự');
    await page.getByRole('button', { name: 'Xóa chuyên mục Bạn đọc' }).click();
    // Enter in the new section's box adds it and does not submit the form.
    await page.getByLabel('Chuyên mục mới').fill('Biển đảo');
    await page.getByLabel('Chuyên mục mới').press('Enter');
    expect(await page.getByLabel('Chuyên mục 12', { exact: true }).inputValue()).toBe('Biển đảo');
    expect(core.users.count()).toBe(0);

    // A section named twice is caught before anything is sent.
    await page.getByLabel('Chuyên mục mới').fill('kinh tế');
    await page.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    await page.getByRole('button', { name: 'Tạo tòa soạn' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Chuyên mục “kinh tế” có hai lần.');
    await page.getByRole('button', { name: 'Xóa chuyên mục kinh tế', exact: true }).click();

    await page.getByRole('button', { name: 'Tạo tòa soạn' }).click();
    await page.getByRole('navigation').waitFor();
    const stored = core.categories.list().map((category) => category.name);
    expect(stored).toEqual(['Tin tức', 'Thời sự', ...offered.slice(2, -1), 'Biển đảo']);

    // The editor's Chuyên mục offers exactly what was chosen.
    await page.getByRole('button', { name: 'Bài mới' }).click();
    const options = await page.getByLabel('Chuyên mục').locator('option').allTextContents();
    expect(options.slice(1)).toEqual(stored);
  });

  test('joining a newsroom server is offered, says what it needs, and says honestly that it is not available yet', async () => {
    const app = await apps.launch({ users: [] });
    const { page, core } = app;
    await page.getByRole('radio', { name: 'Tham gia máy chủ tòa soạn' }).check();
    const join = page.getByRole('region', { name: 'Tham gia máy chủ tòa soạn' });
    await join.waitFor();
    for (const label of ['Địa chỉ máy chủ', 'Tên đăng nhập', 'Mật khẩu']) expect(await join.getByLabel(label).count()).toBe(1);
    expect(await join.getByRole('button', { name: 'Tham gia' }).isDisabled()).toBe(true);
    expect(await join.textContent()).toContain('Chưa có trong phiên bản này');
    expect(await page.getByRole('button', { name: 'Tạo tòa soạn' }).count()).toBe(0);
    expect(await axeFindings(page)).toEqual([]);

    // Back to starting alone: the form is there again and works.
    await page.getByRole('radio', { name: 'Tạo tòa soạn mới trên máy này' }).check();
    await fillAccount(page);
    await page.getByRole('button', { name: 'Tạo tòa soạn' }).click();
    await page.getByRole('navigation').waitFor();
    expect(core.users.count()).toBe(1);
  });

  test('in English the default sections show their meaning, and are stored under their Vietnamese names', async () => {
    const app = await apps.launch({ users: [] });
    const { page, core } = app;
    core.settings.set('language', 'en');
    await app.reload();
    await page.getByLabel('Newsroom name').waitFor();
    expect(await page.getByRole('group', { name: 'Categories' }).textContent()).toContain('Agriculture – Rural life');
    await page.getByRole('radio', { name: 'Join a newsroom server' }).check();
    expect(await page.getByRole('region', { name: 'Join a newsroom server' }).textContent()).toContain('Not yet available in this version');
    await page.getByRole('radio', { name: 'Start a new newsroom on this computer' }).check();
    await page.getByLabel('Newsroom name').fill('Báo Bạc Liêu');
    await page.getByLabel('Full name').fill('Đặng Kim Chi');
    await page.getByLabel('Initials').fill('Đ.K.C');
    await page.getByLabel('User name').fill('dkc');
    await page.getByLabel('Password').fill('một mật khẩu dài');
    await page.getByRole('button', { name: 'Create newsroom' }).click();
    await page.getByRole('navigation').waitFor();
    expect(core.categories.list().map((category) => category.name)).toEqual(DEFAULT_CATEGORIES.map((category) => category.name));
  });
});
