import type { Page } from 'playwright-core';
import type { Article } from '../../src/shared/domain/article';
import type { LaunchedApp } from '../../tests/e2e/harness';
import { longArticleBody } from '../documents/long-article';

/** The Lexical root of the body editor, in our app and in the bare baseline alike. */
export const EDITOR_ROOT = '[data-lexical-editor="true"]';

export const LONG_ARTICLE_HEADLINE = 'Bài dài để đo tốc độ';

/** Files the long article (5,000 chữ, 20 photos) in the app's newsroom as its first user. */
export function fileLongArticle(app: LaunchedApp): Article {
  const author = Object.values(app.users)[0]!;
  const { body } = longArticleBody();
  return app.core.articles.create({ headline: LONG_ARTICLE_HEADLINE, sapo: 'Năm nghìn chữ, hai mươi ảnh.', category: 'Kinh tế', body }, author.id);
}

/** Opens an article from the desk by its headline and waits until its body can be typed in. */
export async function openFromDesk(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: headline }).first().click();
  await page.locator(`${EDITOR_ROOT}[contenteditable="true"]`).filter({ hasText: /\S/ }).waitFor();
}
