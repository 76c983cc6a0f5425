import { expect, test } from 'vitest';
import { isAllowedRendererRequest, isExternalLink } from '../../src/main/request-policy';

test('the renderer loads only the app itself', () => {
  const app = 'newsdesk://app';
  expect(isAllowedRendererRequest('newsdesk://app/assets/index.js', app)).toBe(true);
  expect(isAllowedRendererRequest('data:image/png;base64,AAAA', app)).toBe(true);
  expect(isAllowedRendererRequest('blob:newsdesk://app/1234', app)).toBe(true);
  expect(isAllowedRendererRequest('https://fonts.googleapis.com/css', app)).toBe(false);
  expect(isAllowedRendererRequest('http://127.0.0.1:5173/', app)).toBe(false);
  expect(isAllowedRendererRequest('file:///etc/passwd', app)).toBe(false);
  expect(isAllowedRendererRequest('ws://localhost:5173/', app)).toBe(false);
});

test('in development the dev server and its websocket are allowed, nothing else', () => {
  const dev = 'http://localhost:5173';
  expect(isAllowedRendererRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
  expect(isAllowedRendererRequest('ws://localhost:5173/', dev)).toBe(true);
  expect(isAllowedRendererRequest('ws://localhost:9999/', dev)).toBe(false);
  expect(isAllowedRendererRequest('https://cdn.example/react.js', dev)).toBe(false);
});

test('only web and mail links open in the OS browser', () => {
  expect(isExternalLink('https://baobaclieu.vn/')).toBe(true);
  expect(isExternalLink('http://example.com')).toBe(true);
  expect(isExternalLink('mailto:toasoan@example.vn')).toBe(true);
  expect(isExternalLink('file:///C:/Windows/system32/calc.exe')).toBe(false);
  expect(isExternalLink('javascript:alert(1)')).toBe(false);
  expect(isExternalLink('smb://server/share')).toBe(false);
  expect(isExternalLink('newsdesk://app/index.html')).toBe(false);
});
