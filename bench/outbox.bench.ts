import { afterAll, expect, test } from 'vitest';
import { silentLogger } from '../src/shared/node/logger';
import { createHttpPushDestination } from '../src/main/core/publishing/destinations/http-push';
import { createOutboxWorker } from '../src/main/core/publishing/outbox-worker';
import { SIGNATURE_HEADER, signBody } from '../src/main/core/publishing/request-signature';
import { bodyFromPlainText } from '../src/shared/domain/article-body';
import { startReceiver } from '../tests/helpers/http-receiver';
import { openTempNewsroom } from '../tests/helpers/temp-newsroom';

/**
 * Outbox throughput against the simplest thing that could work: the same signed POSTs sent one
 * after another with fetch, to the same local receiver, in the same run. The ratio is what the
 * durability costs (a claim and an outcome written to SQLite per job) and what concurrency across
 * stories wins back.
 */
const JOBS = 400;
const SECRET = 'bench';
const room = openTempNewsroom();
const receiver = await startReceiver(SECRET);
afterAll(async () => {
  room.cleanup();
  await receiver.close();
});

const payload = { headline: 'Cụm thi đua số 9', body: 'Nội dung '.repeat(300) };

test('outbox throughput vs sequential HTTP', async () => {
  const articles = Array.from({ length: JOBS }, (_, index) =>
    room.newsroom.articles.create({ headline: `Bài ${index}`, sapo: '', category: 'Tin tức', body: bodyFromPlainText('') }),
  );

  const sequentialStart = performance.now();
  for (const article of articles) {
    const body = JSON.stringify({ uri: article.id, payload });
    await fetch(receiver.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `plain-${article.id}`, [SIGNATURE_HEADER]: signBody(SECRET, body) },
      body,
    }).then((response) => response.text());
  }
  const sequentialMs = performance.now() - sequentialStart;

  const destination = createHttpPushDestination({ id: 'wire', url: receiver.url, secret: SECRET, format: (delivery) => ({ uri: delivery.articleId, payload: delivery.payload }) });
  const rows: Record<string, { 'jobs/s': number; '× sequential': string }> = {
    'plain sequential fetch (baseline)': { 'jobs/s': Math.round(JOBS / (sequentialMs / 1000)), '× sequential': '1.00' },
  };
  for (const concurrency of [1, 4, 8]) {
    for (const article of articles) {
      room.newsroom.outbox.enqueue({ articleId: article.id, articleVersion: concurrency, destinationId: 'wire', action: 'publish', payload });
    }
    const worker = createOutboxWorker({
      store: room.newsroom.outbox,
      destinations: new Map([['wire', destination]]),
      clock: room.newsroom.clock,
      logger: silentLogger,
      isOnline: () => true,
      concurrency,
    });
    const start = performance.now();
    expect(await worker.drain()).toBe(JOBS);
    const ms = performance.now() - start;
    rows[`outbox, concurrency ${concurrency}`] = { 'jobs/s': Math.round(JOBS / (ms / 1000)), '× sequential': (sequentialMs / ms).toFixed(2) };
  }
  console.log(`\nOutbox throughput, ${JOBS} signed JSON deliveries to a local receiver`);
  console.table(rows);
});
