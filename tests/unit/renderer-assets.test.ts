import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { contentTypeOf, resolveRendererAsset } from '../../src/main/renderer-assets';

const root = resolve('/app/renderer');

test('paths inside the renderer folder resolve', () => {
  expect(resolveRendererAsset(root, '/')).toBe(resolve(root, 'index.html'));
  expect(resolveRendererAsset(root, '/index.html')).toBe(resolve(root, 'index.html'));
  expect(resolveRendererAsset(root, '/assets/index-abc.js')).toBe(resolve(root, 'assets/index-abc.js'));
});

test.each(['/../main/index.js', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fsecret', '/..', '/a/%00.js', '/%E0%A4%A'])(
  '%s is refused',
  (path) => {
    expect(resolveRendererAsset(root, path)).toBeNull();
  },
);

test('content types', () => {
  expect(contentTypeOf('x/index.html')).toBe('text/html; charset=utf-8');
  expect(contentTypeOf('x/a.JS')).toBe('text/javascript; charset=utf-8');
  expect(contentTypeOf('x/unknown.bin')).toBe('application/octet-stream');
});
