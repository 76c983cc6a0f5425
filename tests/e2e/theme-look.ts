import type { Page } from 'playwright-core';

/** The page colour each theme promises (styles.css, `--bg`), as the browser computes it. */
export const PAGE_BACKGROUND = { light: 'rgb(251, 250, 248)', dark: 'rgb(28, 29, 31)' } as const;

/** What the root element shows: its color-scheme ("light dark" while following the OS) and its background. */
export const rootLook = (page: Page): Promise<{ colorScheme: string; background: string }> =>
  page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { colorScheme: style.colorScheme, background: style.backgroundColor };
  });
