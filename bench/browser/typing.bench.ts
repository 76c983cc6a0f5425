import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchApp, type LaunchedApp } from '../../tests/e2e/harness';
import { longArticleBody } from '../documents/long-article';
import { percentile } from '../percentiles';
import { recordResults } from '../results';
import { openBareLexical, type BareLexical } from './bare-lexical';
import { EDITOR_ROOT, fileLongArticle, LONG_ARTICLE_HEADLINE, openFromDesk } from './app-articles';
import { caretInParagraph, installTypingProbe, takeTypingFigures } from './typing-probe';

/**
 * Typing latency in a long article (#12 item 1): the 5,000-chữ body with 20 captioned photos, in
 * Debian's Chromium through the end-to-end harness (the real renderer and core), against a bare
 * Lexical rich-text editor holding the same body in the same run. Keys are sent one at a time at
 * a typist's pace; the figures come from inside the page (typing-probe.ts).
 */

const KEYS = 'nguoi dan phan khoi don mua muoi moi '.repeat(6); // ASCII keys, as a Telex typist presses them
const KEY_DELAY_MS = 35;
const { body, words } = longArticleBody();
const bodyJson = JSON.stringify(body);
const ROOT = EDITOR_ROOT;

let app: LaunchedApp;
let bare: BareLexical;
let barePage: Page;

beforeAll(async () => {
  bare = await openBareLexical(bodyJson);
  barePage = bare.page;
  await barePage.evaluate(installTypingProbe, ROOT);

  app = await launchApp();
  fileLongArticle(app);
  await app.reload();
  await openFromDesk(app.page, LONG_ARTICLE_HEADLINE);
  await app.page.evaluate(installTypingProbe, ROOT);
}, 300_000);

afterAll(async () => {
  await bare?.close();
  await app?.close();
});

async function typeAndMeasure(page: Page): Promise<{ commits: number[]; frames: number[] }> {
  await page.evaluate(takeTypingFigures);
  await page.keyboard.type(KEYS, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(200); // the last keystroke's frame
  return page.evaluate(takeTypingFigures);
}

const figures = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) });

async function atEnd(page: Page) {
  await page.locator(ROOT).click();
  await page.keyboard.press('Control+End');
}
async function inMiddle(page: Page) {
  const paragraphs = await page.locator(`${ROOT} > p`).count();
  await page.evaluate(caretInParagraph, { rootSelector: ROOT, index: Math.floor(paragraphs / 2) });
}

test(`typing in a ${words}-chữ article with 20 photos: ours vs bare Lexical`, async () => {
  const results: Record<string, { commits: number[]; frames: number[] }> = {};
  for (const [place, arrange] of [['at the end', atEnd], ['in the middle', inMiddle]] as const) {
    await arrange(barePage);
    results[`bare Lexical, ${place}`] = await typeAndMeasure(barePage);
    await arrange(app.page);
    results[`Newsdesk, ${place}`] = await typeAndMeasure(app.page);
  }
  const caption = app.page.getByRole('figure').nth(9).getByRole('textbox').first();
  await caption.click();
  await app.page.keyboard.press('End');
  results['Newsdesk, in a caption'] = await typeAndMeasure(app.page);

  for (const [name, samples] of Object.entries(results)) expect(samples.commits.length, name).toBeGreaterThan(KEYS.length * 0.9);

  // Each place against bare Lexical at the same place (a caption against the end of the body:
  // bare Lexical has no captions).
  const pairs = [
    ['at the end', 'bare Lexical, at the end', ['Newsdesk, at the end']],
    ['in the middle', 'bare Lexical, in the middle', ['Newsdesk, in the middle']],
    ['in a caption', 'bare Lexical, at the end', ['Newsdesk, in a caption']],
  ] as const;
  for (const kind of ['commits', 'frames'] as const) {
    for (const [place, baseline, names] of pairs) {
      const base = figures(results[baseline]![kind]);
      const rows = [baseline, ...names].map((name) => {
        const row = figures(results[name]![kind]);
        return { name, figures: row, ratio: row.p95 / base.p95 };
      });
      const title = `Typing ${place} of the long article: keydown → ${kind === 'commits' ? 'DOM committed' : 'next frame'} (ms; ratio of p95)`;
      recordResults({ title, baseline, rows, ...(kind === 'commits' ? { goal: 'commit p95 within 1.15× of bare Lexical' } : {}) });
      console.log(`\n${title}`);
      console.table(Object.fromEntries(rows.map((row) => [row.name, { ...row.figures, '× baseline p95': row.ratio.toFixed(2) }])));
    }
  }
}, 600_000);
