import { expect, test } from 'vitest';
import { KEYS_PER_AUTOSAVE_INTERVAL, runCrashCycles } from '../helpers/crash-harness';

// The short run of the crash harness for every `npm test`; `npm run test:chaos` runs 50 kills.
test('the core killed (SIGKILL) 5 times while typing, importing photos and sending the queue loses nothing committed', async () => {
  const figures = await runCrashCycles({ kills: 5 });
  process.stdout.write(`crash safety: ${JSON.stringify(figures)}\n`);
  expect(figures.kills).toBe(5);
  expect(figures.keysTyped).toBeGreaterThan(0);
  expect(figures.mostKeysLost).toBeLessThanOrEqual(KEYS_PER_AUTOSAVE_INTERVAL);
}, 300_000);
