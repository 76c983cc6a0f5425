import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/security/content-security-policy';

/** Writes the one CSP (src/shared/security) into index.html, for dev server and build alike. */
const contentSecurityPolicyMeta = (): Plugin => ({
  name: 'newsdesk-csp-meta',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: resolve('src/main/index.ts') },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require npm packages or other files: one CommonJS file with
      // everything bundled in (it only uses `electron`, the call names and the bridge builder).
      externalizeDeps: false,
      rolldownOptions: {
        input: resolve('src/preload/index.ts'),
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    // No @vitejs/plugin-react: its fast-refresh preamble is an inline script, which our CSP
    // forbids even in development. Vite's own transformer compiles the JSX.
    oxc: { jsx: { runtime: 'automatic' } },
    plugins: [contentSecurityPolicyMeta()],
    build: {
      minify: true,
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
  },
});
