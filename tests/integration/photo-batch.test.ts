import { readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PhotoImportResult } from '../../src/shared/domain/photo';
import { runImportBatch, type BatchProgress } from '../../src/shared/media/import-batch';
import { mediaFiles, photoLikePixels } from '../helpers/photo-files';
import { makeTempDir, openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

/**
 * The photo desk's big day: 50 photos of 24 megapixels dropped at once, imported the way the UI
 * does it (each file's bytes read and sent through the router, two in flight, a progress event
 * per file), with the process's memory sampled all along.
 *
 * The bounds: peak RSS at most 1 GiB above the RSS just before the batch, and at most 1.5 GiB in
 * all (the baseline already holds what generating the files left with the allocator, so the
 * absolute peak is the stricter reading). What the pipeline holds
 * at once is two files in flight in the caller (~7 MB each), two decodes in the core (the JPEG is
 * shrunk while decoding: ~20–40 MB of pixels each, plus a 1600 px copy for the renditions) and the
 * renditions being written; a pipeline that kept every photo, or decoded all 50 at once, would
 * pass 3 GB.
 */
const PHOTOS = 50;
const WIDTH = 6000;
const HEIGHT = 4000;
const RSS_BOUND = 1024 * 1024 * 1024;
const RSS_ABSOLUTE_BOUND = 1.5 * 1024 * 1024 * 1024;
const MiB = 1024 * 1024;

let folder: string;
let files: string[];
let room: TempNewsroom;

beforeAll(async () => {
  folder = makeTempDir('newsdesk-batch-');
  // One photo-like picture, with a different patch in each copy so every file has its own sha256.
  const base = await photoLikePixels(WIDTH, HEIGHT, 3);
  const raw = { width: WIDTH, height: HEIGHT, channels: 3 as const };
  files = Array.from({ length: PHOTOS }, (_, index) => join(folder, `DSC_${String(index).padStart(4, '0')}.JPG`));
  await runImportBatch(files, {
    concurrency: 2,
    importOne: (path, index) =>
      sharp(base, { raw })
        .composite([{ input: { create: { width: 96, height: 96, channels: 3, background: { r: index * 5, g: 255 - index * 5, b: 128 } } }, left: index * 100, top: 200 }])
        .jpeg({ quality: 88 })
        .toFile(path),
  });
}, 240_000);

afterAll(() => {
  room?.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

test(`${PHOTOS} photos of 24 MP: progress per file, bounded memory, no temp files, a vanished file reported and skipped`, async () => {
  room = await openSignedInNewsroom();
  // A file that was picked and then moved away before it was read: the renderer's read fails,
  // the core never hears of it, and the batch goes on.
  const vanished = join(folder, 'DA_XOA.JPG');
  const batch = [...files.slice(0, 25), vanished, ...files.slice(25)];

  const progress: BatchProgress<PhotoImportResult>[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  globalThis.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const started = performance.now();

  const outcomes = await runImportBatch(batch, {
    concurrency: 2,
    importOne: async (path) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        const bytes = await readFile(path);
        const result = await room.call('media.importPhoto', { fileName: path.slice(folder.length + 1), data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
        if (!result.ok) throw new Error(result.error.message);
        return result.value as PhotoImportResult;
      } finally {
        inFlight -= 1;
      }
    },
    onProgress: (event) => {
      peak = Math.max(peak, process.memoryUsage.rss());
      progress.push(event);
    },
  });

  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  // Reported, never asserted: timings are not test outcomes.
  process.stdout.write(
    `photo batch: ${PHOTOS} × ${WIDTH}×${HEIGHT} JPEG in ${seconds.toFixed(1)} s (${(PHOTOS / seconds).toFixed(2)} photos/s); ` +
      `RSS before ${Math.round(baseline / MiB)} MiB, peak ${Math.round(peak / MiB)} MiB (+${Math.round((peak - baseline) / MiB)} MiB)\n`,
  );

  expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(PHOTOS);
  expect(outcomes[25]).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
  expect(progress.map((event) => event.done)).toEqual(Array.from({ length: PHOTOS + 1 }, (_, index) => index + 1));
  expect(progress.every((event) => event.total === PHOTOS + 1)).toBe(true);
  expect(new Set(progress.map((event) => event.index)).size).toBe(PHOTOS + 1);
  expect(mostInFlight).toBe(2);

  expect(peak - baseline).toBeLessThan(RSS_BOUND);
  expect(peak).toBeLessThan(RSS_ABSOLUTE_BOUND);
  expect(room.newsroom.media.counts()).toEqual({ all: PHOTOS, uncaptioned: PHOTOS });
  const stored = mediaFiles(room.dataDir);
  expect(stored).toHaveLength(PHOTOS * 3);
  expect(stored.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  expect(readdirSync(join(room.dataDir, 'media', 'web'))).toHaveLength(PHOTOS);
}, 240_000);
