import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchApp, type LaunchedApp } from '../../tests/e2e/harness';
import { articleGenerator } from '../newsroom/generate';
import { recordResults } from '../results';
import { fileLongArticle, LONG_ARTICLE_HEADLINE, openFromDesk } from './app-articles';

/**
 * Memory (#12 item 6): the renderer's JavaScript heap and the core's (this process hosts the core,
 * as Electron's main process does) after opening 100 articles one after the other, each open
 * closing the one before, against the same figures after the first 10 (everything loaded and warm).
 * Both are read after a full garbage collection. Bound: neither grows by more than 25 % between
 * 10 and 100 opens; a leak of one editor per article would grow without bound.
 */

const OPENS = 100;
const WARM = 10;
const BOUND = 1.25;
const DISTINCT = 15; // articles visible on the desk's first screen, opened in turn

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let app: LaunchedApp;
const headlines: string[] = [LONG_ARTICLE_HEADLINE];

beforeAll(async () => {
  app = await launchApp();
  const author = Object.values(app.users)[0]!;
  const next = articleGenerator(3);
  for (let index = 1; index < DISTINCT; index += 1) {
    const article = next();
    const headline = `${String(index).padStart(2, '0')} · ${article.headline}`;
    app.core.articles.create({ headline, sapo: article.sapo, category: article.category, body: article.body }, author.id);
    headlines.push(headline);
  }
  fileLongArticle(app);
  await app.reload();
}, 300_000);
afterAll(() => app?.close());

async function heaps(): Promise<{ rendererMiB: number; coreMiB: number; coreRssMiB: number }> {
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  collectGarbage();
  const memory = process.memoryUsage();
  const mib = (bytes: number) => bytes / 2 ** 20;
  return { rendererMiB: mib(usedSize), coreMiB: mib(memory.heapUsed), coreRssMiB: mib(memory.rss) };
}

test(`memory after opening ${OPENS} articles`, async () => {
  let warm: Awaited<ReturnType<typeof heaps>> | undefined;
  for (let open = 1; open <= OPENS; open += 1) {
    await openFromDesk(app.page, headlines[open % headlines.length]!);
    if (open === WARM) warm = await heaps();
  }
  const after = await heaps();
  expect(warm).toBeDefined();

  const rows = [
    { name: `after ${WARM} opens (baseline)`, figures: { ...warm! }, unit: 'MiB', ratio: 1 },
    { name: `after ${OPENS} opens`, figures: { ...after }, unit: 'MiB', ratio: after.rendererMiB / warm!.rendererMiB },
  ];
  const title = `Memory: renderer heap, core heap and RSS after opening ${OPENS} articles (ratio of the renderer heap)`;
  recordResults({ title, baseline: rows[0]!.name, rows, goal: `growth within ${BOUND}× from ${WARM} to ${OPENS} opens` });
  console.log(`\n${title}`);
  console.table(Object.fromEntries(rows.map((row) => [row.name, row.figures])));
  const within = after.rendererMiB <= warm!.rendererMiB * BOUND && after.coreMiB <= warm!.coreMiB * BOUND;
  console.log(`Within the ${BOUND}× bound: ${within ? 'yes' : 'NO'} (renderer ×${(after.rendererMiB / warm!.rendererMiB).toFixed(2)}, core ×${(after.coreMiB / warm!.coreMiB).toFixed(2)})`);
}, 900_000);
