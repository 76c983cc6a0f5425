import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleBody } from '../../src/shared/domain/article-body';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { SeedUser } from './harness';
import { appsPerTest } from './setup';
import { loadSeedArticle } from '../helpers/seed-article';
import vi from '../../src/renderer/locales/vi.json';

const PHOTO_ERRORS = vi.errors.photo;

const apps = appsPerTest();
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'newsdesk-photo-e2e-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const seed = loadSeedArticle();
const seedPhoto = seed.body.find((block) => block.type === 'photo')!;

/** A photo with no metadata at all, as a phone's screenshot would be: it lands in "Ảnh chưa chú thích". */
async function photoFile(name: string, colour: string): Promise<string> {
  const path = join(folder, name);
  writeFileSync(path, await sharp({ create: { width: 900, height: 600, channels: 3, background: colour } }).jpeg().toBuffer());
  return path;
}

const sidebarEntry = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) });
const countOf = async (page: Page, name: string) => Number(await sidebarEntry(page, name).locator('.sidebar__count').textContent());
const importPanel = (page: Page) => page.getByRole('region', { name: 'Nhập ảnh' });
const grid = (page: Page) => page.getByRole('list', { name: 'Ảnh trong kho' });

describe('the photo desk', () => {
  test('import a photo, caption it in Kho ảnh, insert it into the seed article, see caption and credit in the preview', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    const path = await photoFile('hoi-nghi.jpg', '#6a8caf');

    await sidebarEntry(page, 'Kho ảnh').click();
    await page.getByLabel('Chọn tệp ảnh').setInputFiles(path);
    await expect.poll(() => importPanel(page).locator('.import-progress__file').textContent(), { timeout: 15_000 }).toBe('hoi-nghi.jpgĐã nhập');
    await expect.poll(() => countOf(page, 'Ảnh chưa chú thích')).toBe(1);

    // Caption it in place, in the library.
    await grid(page).getByRole('button', { name: 'hoi-nghi.jpg' }).click();
    const details = page.getByRole('form', { name: 'Thông tin ảnh' });
    await details.getByLabel('Chú thích').fill(seedPhoto.caption);
    await details.getByLabel('Tác giả ảnh').fill(seedPhoto.credit);
    await details.getByLabel('Mô tả thay thế').fill('Đoàn đại biểu tham quan mô hình');
    await details.getByLabel('Từ khóa').fill('thi đua, Bạc Liêu');
    await details.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => details.getByRole('status').textContent()).toBe('Đã lưu');
    await expect.poll(() => countOf(page, 'Ảnh chưa chú thích')).toBe(0);
    const [stored] = core.media.list({}).items;
    expect(stored).toMatchObject({ caption: seedPhoto.caption, credit: seedPhoto.credit, keywords: ['thi đua', 'Bạc Liêu'] });

    // Found without diacritics, by a word of its caption.
    await page.getByRole('search').getByLabel('Tìm kiếm').fill('thi dua');
    await expect.poll(() => grid(page).getByRole('listitem').count()).toBe(1);
    await page.getByRole('search').getByLabel('Tìm kiếm').fill('khong co anh nay');
    await expect.poll(() => page.getByText('Không có ảnh phù hợp.').count()).toBe(1);

    // The seed article, with the library photo inserted from the editor.
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByLabel('Chuyên mục').selectOption(seed.category);
    await page.getByLabel('Tiêu đề', { exact: true }).fill(seed.headline);
    await page.getByLabel('Sapo').fill(seed.sapo);
    const body = page.getByLabel('Nội dung', { exact: true });
    await body.click();
    await page.keyboard.type((seed.body[0] as { text: string }).text);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Chọn từ Kho ảnh' }).click();
    const picker = page.getByRole('dialog', { name: 'Chọn từ Kho ảnh' });
    await picker.getByLabel('Tìm kiếm').fill('bac lieu');
    await picker.getByRole('button', { name: seedPhoto.caption }).click();
    await picker.getByRole('button', { name: 'Chèn vào bài' }).click();
    const figure = page.getByRole('figure', { name: 'Ảnh trong bài' });
    await expect.poll(() => figure.getByLabel('Chú thích').inputValue()).toBe(seedPhoto.caption);
    expect(await figure.getByLabel('Tác giả ảnh').inputValue()).toBe(seedPhoto.credit);

    // This story's caption may differ from the library's: the library keeps its own.
    const storyCaption = `${seedPhoto.caption} (ảnh tư liệu)`;
    await figure.getByLabel('Chú thích').fill(storyCaption);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước' });
    await expect.poll(() => preview.locator('figure .photo-caption').textContent()).toBe(storyCaption);
    expect(await preview.locator('figure .photo-credit').textContent()).toBe(`Ảnh: ${seedPhoto.credit}`);
    await expect.poll(() => preview.locator('figure img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(900);
    expect(core.media.get(stored!.id).caption).toBe(seedPhoto.caption);
  });

  test('many files dropped at once: each gets its result, and a bad file does not stop the others', async () => {
    const app = await apps.launch();
    const { page, core } = app;
    const good = [await sharp({ create: { width: 300, height: 200, channels: 3, background: '#a33' } }).jpeg().toBuffer(),
      await sharp({ create: { width: 200, height: 300, channels: 3, background: '#3a3' } }).png().toBuffer()];
    await sidebarEntry(page, 'Kho ảnh').click();

    const files = [
      { name: 'mot.jpg', type: 'image/jpeg', bytes: [...good[0]!] },
      { name: 'giay-moi.jpg', type: 'image/jpeg', bytes: [...Buffer.from('Kính mời quý đại biểu tới dự hội nghị.')] },
      { name: 'rong.jpg', type: 'image/jpeg', bytes: [] },
      { name: 'hai.png', type: 'image/png', bytes: [...good[1]!] },
      { name: 'mot-lan-nua.jpg', type: 'image/jpeg', bytes: [...good[0]!] },
    ];
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      return transfer;
    }, files);
    await page.locator('main.photos').dispatchEvent('drop', { dataTransfer });

    const results = importPanel(page).locator('.import-progress__file');
    await expect.poll(() => importPanel(page).locator('.import-progress__bar span').textContent(), { timeout: 20_000 }).toBe('Đã xong 5/5 ảnh (2 lỗi)');
    expect(await results.allTextContents()).toEqual([
      'mot.jpgĐã nhập',
      `giay-moi.jpg${PHOTO_ERRORS.not_an_image}`,
      `rong.jpg${PHOTO_ERRORS.empty}`,
      'hai.pngĐã nhập',
      'mot-lan-nua.jpgĐã có trong kho',
    ]);
    expect(core.media.list({}).items).toHaveLength(2);
    await expect.poll(() => countOf(page, 'Kho ảnh')).toBe(2);
  });
});

const PHOTO_DESK: SeedUser[] = [
  { username: 'phongvien', displayName: 'Nguyễn Văn An', initials: 'N.V.A', roles: ['reporter'] },
  { username: 'anh', displayName: 'Đặng Kim Cương', initials: 'Đ.K.C', roles: ['photographer'] },
];

describe("a photographer in someone else's story", () => {
  test('may fix a caption under a photo, not the text around it', async () => {
    const app = await apps.launch({ users: PHOTO_DESK, signInAs: 'anh' });
    const { page, core, users } = app;
    const photo = await core.media.importPhoto(
      await sharp({ create: { width: 640, height: 480, channels: 3, background: '#468' } }).jpeg().toBuffer(),
      'hoi-truong.jpg',
      users['anh']!.id,
    );
    const text = bodyFromPlainText('Các thành viên trong Cụm thi đua tham quan mô hình.');
    const body: ArticleBody = {
      root: {
        ...text.root,
        children: [
          ...text.root.children,
          { type: 'photo', version: 1, mediaId: photo.photo.id, width: 640, height: 480, caption: 'Chú thích cũ', credit: 'Đ.K.C', altText: '' },
        ],
      },
    };
    const reporter = users['phongvien']!;
    const draft = core.workflow.create({ headline: 'Hội nghị thi đua', sapo: 'Sapo.', category: 'Tin tức', body }, reporter);
    core.workflow.transition({ articleId: draft.id, action: 'submit', expectedVersion: draft.version }, reporter);
    await sidebarEntry(page, 'Chờ biên tập').click();
    await page.getByRole('button', { name: /Hội nghị thi đua/ }).first().click();

    await expect.poll(() => page.getByRole('note').textContent()).toContain('Bạn chỉ sửa được chú thích');
    expect(await page.getByLabel('Tiêu đề', { exact: true }).isDisabled()).toBe(true);
    const figure = page.getByRole('figure', { name: 'Ảnh trong bài' });
    await figure.getByLabel('Chú thích').fill('Lãnh đạo, cán bộ Cụm thi đua số 9 tham dự hội nghị.');
    await figure.getByLabel('Chú thích').blur();
    await expect
      .poll(() => JSON.stringify(core.articles.get(draft.id).body), { timeout: 10_000 })
      .toContain('Lãnh đạo, cán bộ Cụm thi đua số 9 tham dự hội nghị.');
    expect(core.articles.get(draft.id).headline).toBe('Hội nghị thi đua');
  });
});
