import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { Sender } from '../../src/main/core/router/trusted-sender';
import { snapshotDatabase } from '../helpers/database-snapshot';
import { APP_SENDER, openSignedInNewsroom, TEST_ORIGIN, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
beforeAll(async () => {
  room = await openSignedInNewsroom();
});
afterAll(() => room.cleanup());

const create = { headline: 'x', sapo: '', category: '', body: bodyFromPlainText('') };

const FOREIGN_SENDERS: [string, Sender][] = [
  ['another origin', { url: 'https://evil.example/index.html', isMainFrame: true }],
  ['another port on the same host', { url: 'http://127.0.0.1:6000/index.html', isMainFrame: true }],
  ['an iframe of the app’s own origin', { url: `${TEST_ORIGIN}/index.html`, isMainFrame: false }],
  ['a file: URL', { url: 'file:///etc/passwd', isMainFrame: true }],
  ['a data: URL', { url: 'data:text/html,<script>1</script>', isMainFrame: true }],
  ['about:blank', { url: 'about:blank', isMainFrame: true }],
  ['no URL at all', { url: '', isMainFrame: true }],
];

describe('calls from anything but the app’s own page', () => {
  test.each(FOREIGN_SENDERS)('from %s are forbidden and write nothing', async (_label, sender) => {
    const before = snapshotDatabase(room.dataDir);
    const result = await room.router.dispatch('articles.create', create, sender);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshotDatabase(room.dataDir)).toEqual(before);
  });

  test('the sender check comes before validation: a foreign frame learns nothing about inputs', async () => {
    const result = await room.router.dispatch('articles.create', 'garbage', FOREIGN_SENDERS[0]![1]);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

test('the app’s own page is served', async () => {
  expect(await room.router.dispatch('articles.create', create, APP_SENDER)).toMatchObject({ ok: true });
});
