import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LaunchedApp } from './harness';
import { appsPerFile } from './setup';
import { PAGE_BACKGROUND, rootLook } from './theme-look';
import { loadSeedArticle, seedArticleWithPhoto } from '../helpers/seed-article';

/**
 * The README's screenshots (docs/screenshots/<view>-<lang>-<theme>.png): the main views in both
 * languages and both themes, from one app switched in place through Cài đặt, as a person would.
 * Each shot first checks what it shows: the view's heading in that language and the theme's page
 * colour on the root.
 */
const SHOTS_DIR = resolve(import.meta.dirname, '../../docs/screenshots');
const seed = loadSeedArticle();

type Language = 'vi' | 'en';
type Theme = 'light' | 'dark';

/** The words each view is found by, from the glossary (src/renderer/locales). */
const WORDS = {
  vi: { mine: 'Bài của tôi', library: 'Kho ảnh', queue: 'Hàng đợi xuất bản', settings: 'Cài đặt', headline: 'Tiêu đề', preview: 'Xem trước' },
  en: { mine: 'My articles', library: 'Photo library', queue: 'Publishing queue', settings: 'Settings', headline: 'Headline', preview: 'Preview' },
} as const;

const apps = appsPerFile();
let app: LaunchedApp;
beforeAll(async () => {
  app = await apps.launch();
  app.core.articles.create(await seedArticleWithPhoto(app.core.media), app.users['dkc']!.id);
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await app.reload();
  mkdirSync(SHOTS_DIR, { recursive: true });
});

const sidebar = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) });

/** Language and theme chosen in Cài đặt / Settings, whichever language it speaks now. */
async function choose(page: Page, language: Language, theme: Theme): Promise<void> {
  await sidebar(page, '(Cài đặt|Settings)').click();
  await page.getByLabel(/^(Ngôn ngữ|Language)/).selectOption(language);
  await page.getByLabel(/^(Giao diện|Theme)/).selectOption(theme);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
  await expect.poll(() => rootLook(page)).toMatchObject({ colorScheme: theme });
}

/** Checks the shot shows `heading` and the theme's page colour, then writes it. */
async function shoot(page: Page, view: string, heading: Locator, language: Language, theme: Theme): Promise<void> {
  await expect.poll(() => heading.isVisible()).toBe(true);
  expect(await rootLook(page)).toEqual({ colorScheme: theme, background: PAGE_BACKGROUND[theme] });
  // Fonts and photos settled, so the picture is what a person sees.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  writeFileSync(resolve(SHOTS_DIR, `${view}-${language}-${theme}.png`), await page.screenshot({ animations: 'disabled' }));
}

describe.each([
  ['vi', 'light'],
  ['vi', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const)('main views in %s, %s theme', (language, theme) => {
  const words = WORDS[language];

  test('desk, editor with the seed article, preview, photo library, queue, settings', async () => {
    const { page } = app;
    await choose(page, language, theme);

    await sidebar(page, words.mine).click();
    await shoot(page, 'desk', page.getByRole('heading', { name: words.mine, exact: true }), language, theme);

    await page.getByRole('button', { name: seed.headline }).click();
    const headline = page.getByLabel(words.headline, { exact: true });
    await expect.poll(() => headline.inputValue()).toBe(seed.headline);
    await expect.poll(() => page.getByRole('figure').locator('img').count(), { timeout: 10_000 }).toBe(1);
    await shoot(page, 'editor', headline, language, theme);

    await page.getByRole('button', { name: words.preview, exact: true }).click();
    await shoot(page, 'preview', page.getByRole('region', { name: words.preview }), language, theme);
    await page.getByRole('button', { name: words.preview, exact: true }).click();

    await sidebar(page, words.library).click();
    await shoot(page, 'photos', page.getByRole('heading', { name: words.library, exact: true }), language, theme);

    await sidebar(page, words.queue).click();
    await shoot(page, 'queue', page.getByRole('heading', { name: words.queue, exact: true }), language, theme);

    await sidebar(page, words.settings).click();
    await shoot(page, 'settings', page.getByRole('heading', { name: words.settings, exact: true }), language, theme);
  });
});
