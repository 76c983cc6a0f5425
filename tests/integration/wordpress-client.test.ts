import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DeliveryError } from '../../src/main/core/publishing/destinations/destination';
import { createWordPressClient } from '../../src/main/core/publishing/destinations/wordpress/wordpress-client';

/** A real HTTP server answering each REST route the way a troubled WordPress (or not-WordPress) would. */
const ANSWERS: Record<string, { status: number; headers?: Record<string, string>; body: string }> = {
  '/ok': { status: 200, body: '{"id":7}' },
  '/busy': { status: 429, headers: { 'Retry-After': '120' }, body: '{"code":"too_many","message":"Slow down."}' },
  '/down': { status: 503, body: '<html>Bad gateway</html>' },
  '/forbidden': { status: 403, body: '{"code":"rest_cannot_create","message":"Sorry, you are not allowed to <b>create posts</b> as this user."}' },
  '/html': { status: 200, body: '<!doctype html><p>Welcome to nginx!</p>' },
  '/moved': { status: 301, headers: { Location: 'https://elsewhere.example/' }, body: '' },
};

let server: Server;
let siteUrl: string;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers);
    const route = new URL(request.url!, 'http://x').searchParams.get('rest_route') ?? '';
    const answer = ANSWERS[route] ?? { status: 404, body: '{"code":"rest_no_route","message":"No route was found."}' };
    response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () =>
  createWordPressClient({ siteUrl, username: 'bientap', applicationPassword: 'abcd efgh ijkl mnop' }, { idempotencyKey: 'story:v3:publish', signal: AbortSignal.timeout(10_000) });

/** A port nothing listens on: one the system just gave out and took back. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const failureOf = async (route: string): Promise<DeliveryError> => {
  const error: unknown = await client().request(route).catch((caught: unknown) => caught);
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError from ${route}`);
  return error;
};

test('every request carries the application password as Basic auth and the job’s idempotency key', async () => {
  expect(await client().request('/ok')).toEqual({ status: 200, body: { id: 7 } });
  expect(seen.at(-1)).toMatchObject({
    authorization: `Basic ${Buffer.from('bientap:abcd efgh ijkl mnop').toString('base64')}`,
    'idempotency-key': 'story:v3:publish',
  });
  await client().request('/ok', { anonymous: true });
  expect(seen.at(-1)!.authorization).toBeUndefined();
});

test('rate limits and server trouble are retried (Retry-After honoured); refusals are not, in WordPress’s own words', async () => {
  expect(await failureOf('/busy')).toMatchObject({ message: 'WordPress answered 429: Slow down.', retryable: true, retryAfterMs: 120_000 });
  expect(await failureOf('/down')).toMatchObject({ message: 'WordPress answered 503 Service Unavailable', retryable: true });
  expect(await failureOf('/forbidden')).toMatchObject({ message: 'WordPress answered 403: Sorry, you are not allowed to create posts as this user.', retryable: false });
  expect(await failureOf('/nothing-here')).toMatchObject({ message: 'WordPress answered 404: No route was found.', retryable: false });
});

test('a site that is not WordPress, a redirect, or nobody listening: plain words, never the password', async () => {
  expect(await failureOf('/html')).toMatchObject({ message: expect.stringContaining('did not answer like a WordPress site'), retryable: false });
  expect(await failureOf('/moved')).toMatchObject({ message: expect.stringContaining('https://elsewhere.example/'), retryable: false });
  const closed = createWordPressClient(
    { siteUrl: `http://127.0.0.1:${await closedPort()}/`, username: 'bientap', applicationPassword: 'abcd efgh ijkl mnop' },
    { idempotencyKey: 'k', signal: AbortSignal.timeout(10_000) },
  );
  const refused: unknown = await closed.request('/ok').catch((caught: unknown) => caught);
  expect(refused).toMatchObject({ message: 'The site refused the connection', retryable: true });
  for (const route of ['/busy', '/forbidden', '/html', '/moved']) expect((await failureOf(route)).message).not.toContain('abcd');
});
