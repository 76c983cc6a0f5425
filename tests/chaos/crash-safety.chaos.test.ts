import { expect, test } from 'vitest';
import { KEYS_PER_AUTOSAVE_INTERVAL, runCrashCycles } from '../helpers/crash-harness';

// `npm run test:chaos` (and `.ci/run` after `npm test`): the 50-kill run of the crash harness.
test('the core killed (SIGKILL) 50 times in a row while typing, importing photos and sending the queue loses nothing committed', async () => {
  const seed = process.env.NEWSDESK_CHAOS_SEED ? Number(process.env.NEWSDESK_CHAOS_SEED) : undefined;
  const figures = await runCrashCycles({ kills: 50, ...(seed === undefined ? {} : { seed }) });
  process.stdout.write(`crash safety: ${JSON.stringify(figures)}\n`);
  expect(figures.kills).toBe(50);
  expect(figures.revisions).toBeGreaterThan(0);
  expect(figures.photos).toBeGreaterThan(0);
  expect(figures.deliveries).toBeGreaterThan(0);
  expect(figures.mostKeysLost).toBeLessThanOrEqual(KEYS_PER_AUTOSAVE_INTERVAL);
}, 1_800_000);
