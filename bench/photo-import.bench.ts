import { readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import sharp from 'sharp';
import { afterAll, expect, test } from 'vitest';
import { runImportBatch } from '../src/shared/media/import-batch';
import { photoLikePixels } from '../tests/helpers/photo-files';
import { makeTempDir, openSignedInNewsroom } from '../tests/helpers/temp-newsroom';

/**
 * Photo import throughput and memory for 24-megapixel JPEGs: our importer (hash, header checks,
 * metadata, one decode for the web rendition and the thumbnail, three atomic files, the row) against
 * sharp's own raw resize of the same files to the web size (`rotate().resize(1600).jpeg()`), both
 * two at a time, in the same run. The ratio is our overhead. Reports, never asserts on time.
 */
const PHOTOS = 10;
const MiB = 1024 * 1024;
const folder = makeTempDir('newsdesk-photo-bench-');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function makeFiles(): Promise<string[]> {
  const base = await photoLikePixels(6000, 4000, 5);
  const raw = { width: 6000, height: 4000, channels: 3 as const };
  const files = Array.from({ length: PHOTOS }, (_, index) => join(folder, `DSC_${index}.JPG`));
  await runImportBatch(files, {
    concurrency: 2,
    importOne: (path, index) =>
      sharp(base, { raw })
        .composite([{ input: { create: { width: 96, height: 96, channels: 3, background: { r: index * 20, g: 40, b: 90 } } }, left: index * 100, top: 100 }])
        .jpeg({ quality: 88 })
        .toFile(path),
  });
  return files;
}

/**
 * Runs `one` over every file, two at a time, sampling RSS and the event loop's delay; photos per
 * second, the peak above the start, and how late the loop ran timers meanwhile (in the app, main's
 * loop is what answers the window's calls, so this is how long a click could wait during an import).
 */
async function measure(files: string[], one: (bytes: Buffer, path: string) => Promise<unknown>) {
  globalThis.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const outcomes = await runImportBatch(files, { concurrency: 2, importOne: async (path) => one(await readFile(path), path) });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  loop.disable();
  expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
  return {
    perSecond: files.length / seconds,
    peakMiB: Math.round(peak / MiB),
    aboveStartMiB: Math.round((peak - before) / MiB),
    loopP99Ms: (loop.percentile(99) / 1e6).toFixed(1),
    loopMaxMs: (loop.max / 1e6).toFixed(1),
  };
}

test('24 MP JPEG: Newsdesk import vs sharp raw resize', async () => {
  const files = await makeFiles();
  const room = await openSignedInNewsroom();
  try {
    const raw = await measure(files, (bytes) =>
      sharp(bytes).rotate().resize(1600, 1600, { fit: 'inside' }).jpeg().toBuffer(),
    );
    const ours = await measure(files, async (bytes, path) => {
      const result = await room.call('media.importPhoto', { fileName: path, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
      if (!result.ok) throw new Error(result.error.message);
    });
    console.log(`\n24 MP JPEG × ${PHOTOS}, two at a time`);
    console.table({
      'sharp raw resize (baseline)': {
        'photos/s': raw.perSecond.toFixed(2),
        'peak RSS MiB': raw.peakMiB,
        '+RSS MiB': raw.aboveStartMiB,
        '× baseline time': '1.00',
        'loop delay p99 ms': raw.loopP99Ms,
        'loop delay max ms': raw.loopMaxMs,
      },
      'media.importPhoto (ours)': {
        'photos/s': ours.perSecond.toFixed(2),
        'peak RSS MiB': ours.peakMiB,
        '+RSS MiB': ours.aboveStartMiB,
        '× baseline time': (raw.perSecond / ours.perSecond).toFixed(2),
        'loop delay p99 ms': ours.loopP99Ms,
        'loop delay max ms': ours.loopMaxMs,
      },
    });
  } finally {
    room.cleanup();
  }
});
