import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AUTOSAVE_PAUSE_MS } from '../../src/renderer/authoring/autosave-controller';
import type { Article } from '../../src/shared/domain/article';
import { launchApp, type LaunchedApp } from '../../tests/e2e/harness';
import { longArticleBody } from '../documents/long-article';
import { percentile } from '../percentiles';
import { recordResults } from '../results';
import { EDITOR_ROOT, fileLongArticle, LONG_ARTICLE_HEADLINE, openFromDesk } from './app-articles';
import { openBareLexical, type BareLexical } from './bare-lexical';
import { installMainThreadProbe, takeMainThreadFigures } from './main-thread-probe';

/**
 * Autosave in the renderer (#12 item 3, the renderer's half; the core's is ../autosave.bench.ts):
 * how long the main thread is blocked per autosave of the long article. Each window is one
 * keystroke and the pause after it, long enough for the journal and the autosave to run; bare
 * Lexical (no saving at all) gets the same keystroke and pause in the same run.
 */

const WINDOWS = 10;
const WINDOW_MS = AUTOSAVE_PAUSE_MS + 800;

let app: LaunchedApp;
let bare: BareLexical;
let article: Article;

beforeAll(async () => {
  bare = await openBareLexical(JSON.stringify(longArticleBody().body));
  app = await launchApp();
  article = fileLongArticle(app);
  await app.reload();
  await openFromDesk(app.page, LONG_ARTICLE_HEADLINE);
  for (const page of [bare.page, app.page]) {
    await page.evaluate(installMainThreadProbe);
    await page.locator(EDITOR_ROOT).click();
    await page.keyboard.press('Control+End');
  }
}, 300_000);
afterAll(async () => {
  await bare?.close();
  await app?.close();
});

async function windows(page: Page): Promise<{ longTaskMs: number[]; maxLagMs: number[] }> {
  const figures = { longTaskMs: [] as number[], maxLagMs: [] as number[] };
  for (let window = 0; window < WINDOWS; window += 1) {
    await page.evaluate(takeMainThreadFigures);
    await page.keyboard.type('a');
    await page.waitForTimeout(WINDOW_MS);
    const { longTaskMs, maxLagMs } = await page.evaluate(takeMainThreadFigures);
    figures.longTaskMs.push(longTaskMs);
    figures.maxLagMs.push(maxLagMs);
  }
  return figures;
}

test('main-thread blocking per autosave of the long article, against bare Lexical', async () => {
  const bareFigures = await windows(bare.page);
  const ours = await windows(app.page);
  // Every window must really have saved, or the comparison would be of idle pages.
  expect(app.core.articles.get(article.id).version).toBeGreaterThanOrEqual(article.version + WINDOWS);

  const row = (name: string, samples: { longTaskMs: number[]; maxLagMs: number[] }, base?: number) => {
    const lag = percentile(samples.maxLagMs, 50);
    return {
      name,
      figures: { 'worst lag p50': lag, 'worst lag max': Math.max(...samples.maxLagMs), 'long tasks p50': percentile(samples.longTaskMs, 50) },
      ratio: base === undefined ? 1 : lag / base,
    };
  };
  const baseline = row('bare Lexical, keystroke + pause (baseline)', bareFigures);
  const rows = [baseline, row('Newsdesk, keystroke + pause with journal and autosave', ours, baseline.figures['worst lag p50'])];
  const title = 'Autosave: main-thread blocking per keystroke + autosave window, long article (ms; ratio of the worst-lag p50)';
  recordResults({ title, baseline: baseline.name, rows });
  console.log(`\n${title}`);
  console.table(Object.fromEntries(rows.map((entry) => [entry.name, { ...entry.figures, '× baseline': entry.ratio.toFixed(2) }])));
}, 600_000);
