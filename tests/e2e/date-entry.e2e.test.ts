import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { axeFindings } from './axe';
import { appsPerTest } from './setup';

const apps = appsPerTest();

/** An American laptop in New York: its own date inputs would want mm/dd/yyyy and a 12-hour clock. */
const AMERICAN_LAPTOP = { locale: 'en-US', timezoneId: 'America/New_York' } as const;
const EDITOR_IN_CHIEF = { username: 'tongbientap', displayName: 'Lê Văn Chính', initials: 'L.V.C', roles: ['editor_in_chief' as const] };

const rows = (page: Page) => page.locator('.list__row').allTextContents();

describe('dates and times typed dd/mm/yyyy and 24-hour, whatever the laptop’s locale', () => {
  test('scheduling: an impossible date or time is refused with its reason, a real one is Vietnam time', async () => {
    const app = await apps.launch({ users: [EDITOR_IN_CHIEF], signInAs: 'tongbientap', ...AMERICAN_LAPTOP });
    const { page, core } = app;
    const story = core.articles.create(
      { headline: 'Bạc Liêu: mùa muối bội thu', sapo: '', category: 'Kinh tế', body: bodyFromPlainText('') },
      app.users['tongbientap']!.id,
    );
    core.articles.setWorkflowState(story.id, { status: 'approved', holderId: null, publishAt: null, publishedAt: null });
    core.settings.set('language', 'vi'); // the Vietnamese UI the newsroom chose, on an English system
    await page.reload();
    await page.getByRole('button', { name: /^Đã duyệt/ }).click();
    await page.getByRole('button', { name: /Bạc Liêu: mùa muối bội thu/ }).first().click();
    await page.getByRole('group', { name: 'Thao tác' }).getByRole('button', { name: 'Hẹn giờ xuất bản', exact: true }).click();

    const field = page.getByLabel('Thời gian xuất bản', { exact: true });
    // It opens on today 08:00, written the Vietnamese way.
    expect(await field.inputValue()).toMatch(/^\d\d\/\d\d\/\d{4} 08:00$/);
    expect(await axeFindings(page)).toEqual([]);

    await field.fill('31/02/2027 15:00');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Không có ngày này trên lịch');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    expect(core.articles.get(story.id).status).toBe('approved');

    await field.fill('14/03/2027 25:00');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('giờ từ 00 đến 23');
    // The American order is not a Vietnamese date: said once the field is left.
    await field.fill('03/14/2027 3:00 PM');
    await field.blur();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('29/06/2024 16:49');

    await field.fill('14/03/2027 15:00');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => core.articles.get(story.id).publishAt).toBe('2027-03-14T08:00:00.000Z');
    await expect.poll(() => page.getByText(/^Hẹn giờ: /).textContent()).toBe('Hẹn giờ: Chủ Nhật, 14/03/2027 | 15:00 (giờ Việt Nam)');
  });

  test('the desk’s date filter takes Vietnamese days: a story published at 00:30 on 30/06 in Vietnam is not on 29/06', async () => {
    const app = await apps.launch({ ...AMERICAN_LAPTOP });
    const { page, core } = app;
    const author = app.users['dkc']!.id;
    const publish = (headline: string, publishedAt: string) => {
      const story = core.articles.create({ headline, sapo: '', category: 'Tin tức', body: bodyFromPlainText('Chữ.') }, author);
      core.articles.setWorkflowState(story.id, { status: 'published', holderId: null, publishAt: null, publishedAt });
    };
    publish('Hội nghị chiều 29/6', '2024-06-29T09:49:00.000Z'); // 16:49 on 29/06 in Vietnam
    publish('Tin đêm 30/6', '2024-06-29T17:30:00.000Z'); // 00:30 on 30/06 in Vietnam, still 29/06 in New York
    core.settings.set('language', 'vi');
    await app.reload();
    await expect.poll(async () => (await rows(page)).length).toBe(2);

    await page.getByText('Bộ lọc').click();
    const from = page.getByLabel('Từ ngày', { exact: true });
    const to = page.getByLabel('Đến ngày', { exact: true });
    await from.fill('31/02/2024');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Không có ngày này trên lịch');
    expect((await rows(page)).length).toBe(2);

    await from.fill('29/06/2024');
    await to.fill('29/06/2024');
    // The days stay when the filter moves from the creation date to the publication date.
    await page.getByLabel('Lọc theo ngày').selectOption({ label: 'Ngày xuất bản' });
    await expect.poll(() => rows(page)).toEqual([expect.stringContaining('Hội nghị chiều 29/6')]);
    expect(await from.inputValue()).toBe('29/06/2024');
    expect(await page.getByRole('alert').count()).toBe(0);

    await to.fill('30/6/2024');
    await expect.poll(async () => (await rows(page)).length).toBe(2);
    await to.fill('');
    await from.fill('');
    await expect.poll(async () => (await rows(page)).length).toBe(2);
  });
});
