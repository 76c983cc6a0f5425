import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bodyText } from '../../src/shared/editor/body-text';
import { appsPerTest } from './setup';
import { loadSeedArticle, SEED_SLUG, SHARED_FIXTURES } from '../helpers/seed-article';
import { createTypist } from './ime/typists';

const apps = appsPerTest();

const seed = loadSeedArticle();
// The seed's publish time, 16:49 in Hà Nội: the preview shows the stored article's time.
const seedClock = { now: () => new Date(seed.published_at) };

describe('the seed article, typed through the UI', () => {
  test('preview shows every part of seed-article.json, in order', async () => {
    const app = await apps.launch({ clock: seedClock });
    const { page } = app;
    const body = page.getByLabel('Nội dung', { exact: true });

    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByLabel('Chuyên mục').selectOption(seed.category);
    await page.getByLabel('Tiêu đề', { exact: true }).click();
    await page.keyboard.type(seed.headline);
    await page.getByLabel('Sapo').click();
    await page.keyboard.type(seed.sapo);
    // Live counts; the seed sapo (52 chữ) is past the house's 50-chữ soft limit, which only warns.
    const counts = page.locator('.count');
    const headlineWords = seed.headline.split(' ').length;
    expect(await counts.nth(0).textContent()).toBe(`${headlineWords} chữ · ${[...seed.headline].length} ký tự — vượt mức khuyến nghị 30`);
    expect(await counts.nth(1).textContent()).toBe(`52 chữ · ${[...seed.sapo].length} ký tự — vượt mức khuyến nghị 50`);
    expect(await page.getByLabel('Đường dẫn').inputValue()).toBe(SEED_SLUG);

    await body.click();
    for (const block of seed.body) {
      if (block.type === 'paragraph') {
        await page.keyboard.type(block.text);
        await page.keyboard.press('Enter');
        continue;
      }
      await page.getByLabel('Tệp ảnh').setInputFiles(resolve(SHARED_FIXTURES, 'photos', 'GPS.jpg'));
      const figure = page.getByRole('figure', { name: 'Ảnh trong bài' });
      await expect.poll(() => figure.locator('img').count(), { timeout: 10_000 }).toBe(1);
      // The sample file's own caption and credit come prefilled; the reporter writes the story's.
      expect(await figure.getByLabel('Chú thích').inputValue()).toBe('Communications');
      await figure.getByLabel('Chú thích').fill('');
      await figure.getByLabel('Chú thích').click();
      await page.keyboard.type(block.caption);
      await figure.getByLabel('Tác giả ảnh').fill('');
      await figure.getByLabel('Tác giả ảnh').click();
      await page.keyboard.type(block.credit);
      await figure.getByLabel('Mô tả thay thế').click();
      await page.keyboard.type('Đoàn đại biểu tham quan các mô hình dự thi');
      await body.locator('p').last().click();
    }
    // The Enter after the last paragraph left an empty one; remove it as a reporter would.
    await page.keyboard.press('Backspace');

    await page.getByLabel('Nhãn tác giả').click();
    await page.keyboard.type(seed.byline.role_label);
    await page.getByLabel('Tác giả', { exact: true }).click();
    await page.keyboard.type(seed.byline.authors[0]!.name);
    await page.getByRole('checkbox', { name: 'Ảnh', exact: true }).check();
    await page.getByLabel('Địa danh').click();
    await page.keyboard.type(seed.dateline_place);

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Đã lưu lúc 16:49');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước' });

    const parts = await preview.locator('article > *').evaluateAll((elements) =>
      elements.map((element) => ({ className: element.className, text: element.textContent })),
    );
    expect(parts).toEqual([
      { className: 'article-category', text: seed.category },
      { className: 'article-headline', text: seed.headline },
      { className: 'article-time', text: seed.published_display },
      { className: 'article-sapo', text: seed.sapo },
      { className: 'article-body', text: expect.any(String) },
      { className: 'article-byline', text: seed.byline.display },
    ]);

    const blocks = await preview.locator('.article-body > *').evaluateAll((elements) =>
      elements.map((element) =>
        element.tagName === 'FIGURE'
          ? {
              type: 'photo',
              caption: element.querySelector('.photo-caption')?.textContent,
              credit: element.querySelector('.photo-credit')?.textContent,
              image: element.querySelector('img')?.getAttribute('src')?.startsWith('blob:'),
            }
          : { type: 'paragraph', text: element.textContent },
      ),
    );
    expect(blocks).toEqual(
      seed.body.map((block) =>
        block.type === 'paragraph'
          ? { type: 'paragraph', text: block.text }
          : { type: 'photo', caption: block.caption, credit: `Ảnh: ${block.credit}`, image: true },
      ),
    );
    expect(await preview.locator('.article-sapo strong').count()).toBe(1);
    expect(await preview.locator('.article-byline strong').textContent()).toBe(seed.byline.display);
    expect(await preview.locator('.article-byline').evaluate((element) => getComputedStyle(element).textAlign)).toBe('right');
    const naturalWidth = await preview.locator('figure img').evaluate((image) => (image as HTMLImageElement).naturalWidth);
    expect(naturalWidth).toBe(120);

    const stored = app.core.desk.list({}).items;
    expect(stored).toHaveLength(1);
    const article = app.core.articles.get(stored[0]!.id);
    expect(article).toMatchObject({
      headline: seed.headline,
      sapo: seed.sapo,
      category: seed.category,
      bylineLabel: seed.byline.role_label,
      authors: seed.byline.authors,
      place: seed.dateline_place,
      slug: SEED_SLUG,
    });
  }, 180_000); // the whole article is typed key by key: a minute or more on 2 busy cores

  test('the body retyped word by word through Telex composition is stored byte-exact (a SIMULATED IME: see tests/e2e/ime)', async () => {
    const app = await apps.launchOnNewArticle();
    const { page } = app;
    const paragraphs = seed.body.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
    // Every word a composition (CDP Input.imeSetComposition for each pre-edit, Input.insertText to
    // commit), as macOS Telex or ibus-bamboo deliver it; spaces, digits and punctuation are keys.
    const typist = createTypist(page, await app.context.newCDPSession(page), 'telex', 'composition');
    await typist.type(paragraphs.join('\n'));

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const storedBlocks = () => {
      const items = app.core.desk.list({}).items;
      return items.length === 0 ? [] : bodyText(app.core.articles.get(items[0]!.id).body).blocks;
    };
    await expect.poll(storedBlocks, { timeout: 10_000 }).toHaveLength(paragraphs.length);
    const stored = storedBlocks();
    expect(stored).toEqual(paragraphs);
    expect(Buffer.from(stored.join('\n'), 'utf8').equals(Buffer.from(paragraphs.join('\n'), 'utf8'))).toBe(true);
  }, 180_000); // about 4,000 CDP calls, one per pre-edit state: well under a minute alone, more on busy cores
});
