import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The newsroom server's build: src/server/main.ts and what it imports from src/shared into one ESM
 * file for Node 22 (out/server/main.js). npm packages stay outside the bundle (SSR mode's default),
 * so pg, PGlite's WebAssembly and argon2's native add-on load from node_modules as published.
 */
export default defineConfig({
  build: {
    ssr: resolve('src/server/main.ts'),
    outDir: 'out/server',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
  },
});
