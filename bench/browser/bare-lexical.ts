import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { serveDirectory } from '../../tests/e2e/static-server';

export interface BareLexical {
  page: Page;
  close(): Promise<void>;
}

/**
 * The browser benchmarks' baseline: bare-editor/ built by Vite in this run, served the way the
 * harness serves the app (same CSP), opened in Debian's Chromium holding `bodyJson`.
 */
export async function openBareLexical(bodyJson: string): Promise<BareLexical> {
  const outDir = mkdtempSync(join(tmpdir(), 'newsdesk-bare-lexical-'));
  await build({ root: resolve(import.meta.dirname, 'bare-editor'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serveDirectory(outDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.evaluate((json) => window.startBareEditor(json), bodyJson);
  return {
    page,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
