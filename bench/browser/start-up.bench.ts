import { afterAll, expect, test } from 'vitest';
import { launchApp, type LaunchedApp } from '../../tests/e2e/harness';
import { copyOfCachedNewsroom } from '../newsroom/cached';
import { percentile } from '../percentiles';
import { recordResults } from '../results';
import { fileLongArticle, LONG_ARTICLE_HEADLINE, openFromDesk } from './app-articles';

/**
 * Start-up (#12 item 4): from loading the renderer to the desk showing its first page, and on to
 * an editable editor with the long article open, with a 100,000-article database against a
 * newsroom holding only the long article, in the same run. Each is the median of LOADS page
 * loads (after one warm-up load), timed inside the page from navigation start.
 */

const COUNT = Number(process.env['NEWSDESK_BENCH_ARTICLES'] ?? 100_000);
const LOADS = 5;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function measureLoads(app: LaunchedApp): Promise<{ desk: number; editor: number }> {
  const desk: number[] = [];
  const editor: number[] = [];
  for (let load = 0; load <= LOADS; load += 1) {
    await app.reload();
    await app.page.getByRole('button', { name: LONG_ARTICLE_HEADLINE }).first().waitFor();
    const deskAt = await app.page.evaluate(() => performance.now());
    await openFromDesk(app.page, LONG_ARTICLE_HEADLINE);
    const editorAt = await app.page.evaluate(() => performance.now());
    if (load === 0) continue; // warm-up: the first load also fills the OS file cache
    desk.push(deskAt);
    editor.push(editorAt);
  }
  return { desk: percentile(desk, 50), editor: percentile(editor, 50) };
}

async function newsroomApp(dataDir?: string): Promise<LaunchedApp> {
  const app = await launchApp(dataDir ? { dataDir } : {});
  cleanups.push(() => app.close());
  fileLongArticle(app);
  return app;
}

test(`start-up: desk and long article, ${COUNT.toLocaleString('en')} articles vs one`, async () => {
  const small = await measureLoads(await newsroomApp());
  const copy = copyOfCachedNewsroom({ count: COUNT, seed: 1 });
  cleanups.push(() => copy.remove());
  const large = await measureLoads(await newsroomApp(copy.dataDir));
  expect(large.editor).toBeGreaterThan(0);

  const rows = [
    { name: 'one article (baseline)', figures: { 'desk ms': small.desk, 'editor ms': small.editor }, ratio: 1 },
    { name: `${COUNT.toLocaleString('en')} articles`, figures: { 'desk ms': large.desk, 'editor ms': large.editor }, ratio: large.editor / small.editor },
  ];
  const title = 'Start-up: page load → desk shown, → long article editable (median ms; ratio of the editor figure)';
  recordResults({ title, baseline: rows[0]!.name, rows });
  console.log(`\n${title}`);
  console.table(Object.fromEntries(rows.map((row) => [row.name, { ...row.figures, '× baseline': row.ratio.toFixed(2) }])));
}, 900_000);
