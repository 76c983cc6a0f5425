import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { appsPerTest } from './setup';

const apps = appsPerTest();
let foreign: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (foreign ? foreign.close(resolve) : resolve(undefined)));
  foreign = undefined;
});

/** A page on another origin, standing in for any content that is not the app. */
async function serveForeignPage(): Promise<string> {
  foreign = createServer((_request, response) =>
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>elsewhere</title>'),
  );
  await new Promise<void>((resolve) => foreign?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`;
}

describe('the router only answers the app’s own page', () => {
  test('a call from a page of another origin is refused and writes nothing', async () => {
    const app = await apps.launch();
    const other = await app.context.newPage();
    await other.goto(await serveForeignPage());

    const result = await other.evaluate(() =>
      window.newsdesk.articles.create({
        headline: 'Giả mạo',
        sapo: '',
        category: '',
        body: { root: { type: 'root', children: [] } },
      }),
    );

    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(app.core.desk.list({}).items).toEqual([]);
  });

  test('the same call from the app page succeeds', async () => {
    const app = await apps.launch();
    const result = await app.page.evaluate(() =>
      window.newsdesk.articles.create({
        headline: 'Thật',
        sapo: '',
        category: '',
        body: { root: { type: 'root', children: [] } },
      }),
    );
    expect(result).toMatchObject({ ok: true, value: { headline: 'Thật', version: 1 } });
  });
});

describe('content security policy', () => {
  test('inline script injected into the page does not run', async () => {
    const app = await apps.launch();
    const ran = await app.page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const directive = await violation;
      return { directive, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
    });
    expect(ran).toEqual({ directive: 'script-src-elem', ran: false });
  });
});
