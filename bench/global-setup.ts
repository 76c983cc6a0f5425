import { finishRun, startRun } from './results';

// One results file per `npm run bench`: cleared before the first bench, written after the last.
export function setup(): void {
  startRun();
}

export function teardown(): void {
  const table = finishRun();
  if (table) console.log(`\n${table}\nWritten to bench/results/latest.json and latest.md`);
}
