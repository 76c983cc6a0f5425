import { expect, test } from 'vitest';
import { isTrustedSender } from '../../src/main/core/router/trusted-sender';

const origins = ['newsdesk://app'];

test('the app page on its own origin is trusted', () => {
  expect(isTrustedSender({ url: 'newsdesk://app/index.html', isMainFrame: true }, origins)).toBe(true);
  expect(isTrustedSender({ url: 'newsdesk://app/index.html#/article/1', isMainFrame: true }, origins)).toBe(true);
});

test.each([
  ['an iframe', { url: 'newsdesk://app/index.html', isMainFrame: false }],
  ['another host on the scheme', { url: 'newsdesk://evil/index.html', isMainFrame: true }],
  ['a web page', { url: 'https://app/index.html', isMainFrame: true }],
  ['a file URL', { url: 'file:///app/index.html', isMainFrame: true }],
  ['an opaque origin', { url: 'data:text/html,hi', isMainFrame: true }],
  ['garbage', { url: 'not a url', isMainFrame: true }],
])('%s is not trusted', (_label, sender) => {
  expect(isTrustedSender(sender, origins)).toBe(false);
});
