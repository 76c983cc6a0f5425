import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { signInAs, type SeedUser } from './harness';
import { appsPerTest } from './setup';

const apps = appsPerTest();

const NEWSROOM: SeedUser[] = [
  { username: 'phongvien', displayName: 'Nguyễn Văn An', initials: 'N.V.A', roles: ['reporter'] },
  { username: 'bientap', displayName: 'Trần Thị Bình', initials: 'T.T.B', roles: ['editor'] },
  { username: 'tongbientap', displayName: 'Lê Văn Chính', initials: 'L.V.C', roles: ['editor_in_chief'] },
];

const HEADLINE = 'Bạc Liêu: mùa muối bội thu';

const openView = (page: Page, view: string) => page.getByRole('button', { name: new RegExp(`^${view}`) }).click();
const openStory = (page: Page) => page.getByRole('button', { name: new RegExp(HEADLINE) }).first().click();
const act = (page: Page, action: string) =>
  page.getByRole('group', { name: 'Thao tác' }).getByRole('button', { name: action, exact: true }).click();
const expectStatus = (page: Page, status: string) =>
  expect.poll(() => page.locator('.editor__status').textContent()).toBe(status);

describe('a story through the desk', () => {
  test('reporter files, editor returns with a note, reporter fixes, editor approves, editor-in-chief publishes', async () => {
    const app = await apps.launch({ users: NEWSROOM, signInAs: 'phongvien' });
    const { page, core } = app;

    // The reporter writes and files.
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByLabel('Chuyên mục').selectOption('Kinh tế');
    await page.getByLabel('Tiêu đề').fill(HEADLINE);
    await page.getByLabel('Sapo').fill('Diêm dân Bạc Liêu thu hoạch muối.');
    await page.getByLabel('Nội dung').fill('Năm nay nắng tốt.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await act(page, 'Gửi duyệt');
    await expectStatus(page, 'Chờ biên tập');
    // Filed: the reporter can no longer change the text.
    expect(await page.getByLabel('Tiêu đề').isEditable()).toBe(false);

    // The editor claims it and returns it with a note.
    await signInAs(page, 'bientap');
    await openView(page, 'Chờ biên tập');
    await openStory(page);
    await act(page, 'Nhận biên tập');
    await expectStatus(page, 'Đang biên tập');
    await act(page, 'Trả lại');
    await page.getByRole('form', { name: 'Trả lại' }).getByLabel('Ghi chú').fill('Cần thêm số liệu sản lượng.');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expectStatus(page, 'Bị trả lại');

    // The reporter reads the note, fixes the story and files it again.
    await signInAs(page, 'phongvien');
    await openStory(page);
    await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('Cần thêm số liệu sản lượng.');
    await page.getByLabel('Nội dung').fill('Năm nay nắng tốt, sản lượng đạt 50.000 tấn.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await act(page, 'Gửi duyệt');
    await expectStatus(page, 'Chờ biên tập');

    // The editor claims and approves.
    await signInAs(page, 'bientap');
    await openView(page, 'Chờ biên tập');
    await openStory(page);
    await act(page, 'Nhận biên tập');
    await expectStatus(page, 'Đang biên tập');
    await act(page, 'Duyệt');
    await expectStatus(page, 'Đã duyệt');

    // The editor-in-chief publishes.
    await signInAs(page, 'tongbientap');
    await openView(page, 'Đã duyệt');
    await openStory(page);
    await act(page, 'Xuất bản');
    await expectStatus(page, 'Đã xuất bản');

    // The history panel shows every step, in order, with the right people.
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const lines = page.getByRole('list', { name: 'Lịch sử' }).getByRole('listitem');
    await expect.poll(() => lines.count()).toBe(8);
    const history = (await lines.allTextContents()).map((line) => line.replace(/^.*\d\d:\d\d/, ''));
    expect(history).toEqual([
      'Nguyễn Văn An: Tạo bài',
      'Nguyễn Văn An: Gửi duyệt (Nháp → Chờ biên tập)',
      'Trần Thị Bình: Nhận biên tập (Chờ biên tập → Đang biên tập)',
      'Trần Thị Bình: Trả lại (Đang biên tập → Bị trả lại)',
      'Nguyễn Văn An: Gửi duyệt (Bị trả lại → Chờ biên tập)',
      'Trần Thị Bình: Nhận biên tập (Chờ biên tập → Đang biên tập)',
      'Trần Thị Bình: Duyệt (Đang biên tập → Đã duyệt)',
      'Lê Văn Chính: Xuất bản (Đã duyệt → Đã xuất bản)',
    ]);

    // And the store agrees: the audit trail and one kept published version.
    const [story] = core.desk.list({ filters: { statuses: ['published'] } }).items;
    const ids = app.users;
    expect(core.audit.forArticle(story!.id).map((entry) => [entry.action, entry.userId])).toEqual([
      ['create', ids['phongvien']!.id],
      ['submit', ids['phongvien']!.id],
      ['claim', ids['bientap']!.id],
      ['return', ids['bientap']!.id],
      ['submit', ids['phongvien']!.id],
      ['claim', ids['bientap']!.id],
      ['approve', ids['bientap']!.id],
      ['publish', ids['tongbientap']!.id],
    ]);
    const [publication] = core.publications.forArticle(story!.id);
    expect(core.publications.get(publication!.id).article.body).toEqual(
      bodyFromPlainText('Năm nay nắng tốt, sản lượng đạt 50.000 tấn.'),
    );
  });
});

describe('first run', () => {
  test('an empty newsroom is set up from the app, and its admin can add a reporter who then signs in', async () => {
    const app = await apps.launch({ users: [] });
    const { page } = app;
    await page.getByLabel('Tên tòa soạn').fill('Báo Bạc Liêu');
    await page.getByLabel('Họ và tên').fill('Đặng Kim Chi');
    await page.getByLabel('Tên viết tắt').fill('Đ.K.C');
    await page.getByLabel('Tên đăng nhập').fill('dkc');
    await page.getByLabel('Mật khẩu').fill('một mật khẩu dài');
    await page.getByRole('button', { name: 'Tạo tòa soạn' }).click();
    await page.getByRole('navigation').waitFor();
    expect(await page.getByRole('navigation').textContent()).toContain('Báo Bạc Liêu');

    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByRole('button', { name: 'Người dùng', exact: true }).click();
    const form = page.getByRole('form', { name: 'Thêm người dùng' });
    await form.getByLabel('Họ và tên').fill('Nguyễn Văn An');
    await form.getByLabel('Tên viết tắt').fill('N.V.A');
    await form.getByLabel('Tên đăng nhập').fill('nguyenvanan');
    await form.getByLabel('Mật khẩu').fill('mật khẩu của An');
    await form.getByRole('button', { name: 'Thêm người dùng' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Nguyễn Văn An/ }).count()).toBe(1);

    await signInAs(page, 'nguyenvanan', 'mật khẩu của An');
    expect(await page.getByRole('navigation').textContent()).toContain('Phóng viên');
    expect(await page.getByRole('button', { name: 'Cài đặt' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    // A reporter's Cài đặt has only Chung: no admin sections, no user form.
    expect(await page.getByRole('list', { name: 'Các phần của Cài đặt' }).getByRole('button').allTextContents()).toEqual(['Chung']);
    expect(await page.getByRole('form', { name: 'Thêm người dùng' }).count()).toBe(0);
  });

  test('a wrong password is refused with a clear message', async () => {
    const app = await apps.launch({ users: NEWSROOM });
    const { page } = app;
    await page.getByLabel('Tên đăng nhập').fill('phongvien');
    await page.getByLabel('Mật khẩu').fill('sai mật khẩu');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Sai tên đăng nhập hoặc mật khẩu.');
  });
});

describe('scheduling', () => {
  test('a time typed on a laptop in New York on its daylight-saving day is Vietnam time', async () => {
    const app = await apps.launch({ users: [NEWSROOM[2]!], signInAs: 'tongbientap', timezoneId: 'America/New_York' });
    const { page, core } = app;
    const draft = core.articles.create(
      { headline: HEADLINE, sapo: '', category: 'Kinh tế', body: bodyFromPlainText('') },
      app.users['tongbientap']!.id,
    );
    core.articles.setWorkflowState(draft.id, { status: 'approved', holderId: null, publishAt: null, publishedAt: null });

    await page.reload();
    await openView(page, 'Đã duyệt');
    await openStory(page);
    await act(page, 'Hẹn giờ xuất bản');
    // 14 March 2027 is the day New York moves its clocks forward.
    await page.getByLabel('Thời gian xuất bản', { exact: true }).fill('14/03/2027 15:00');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expectStatus(page, 'Hẹn giờ');

    expect(core.articles.get(draft.id).publishAt).toBe('2027-03-14T08:00:00.000Z');
    expect(await page.getByText(/^Hẹn giờ: /).textContent()).toBe('Hẹn giờ: Chủ Nhật, 14/03/2027 | 15:00 (giờ Việt Nam)');
  });
});
