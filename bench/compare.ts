import { Bench } from 'tinybench';
import { recordResults } from './results';

export interface BenchTask {
  name: string;
  fn: () => unknown;
}

export interface ComparedTask {
  name: string;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  opsPerSecond: number;
  /** Mean time relative to the baseline: 1.25 means 25 % slower than the baseline. */
  ratio: number;
}

const ms = (value: number) => value.toFixed(value < 1 ? 4 : 2);

/**
 * Runs a baseline and the tasks that should be compared with it in one process, one after the
 * other, and prints their latencies and the ratio to the baseline. Benchmarks report; they never
 * assert on time, because machines (and CI neighbours) differ.
 */
export async function compare(
  title: string,
  baseline: BenchTask,
  tasks: BenchTask[],
  options: { time?: number } = {},
): Promise<ComparedTask[]> {
  const bench = new Bench({ time: options.time ?? 1_000, warmupTime: 200 });
  for (const task of [baseline, ...tasks]) bench.add(task.name, task.fn);
  await bench.run();

  const rows = bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
    return { name: task.name, latency: result.latency, throughput: result.throughput };
  });
  const baseMean = rows[0]!.latency.mean;
  const compared = rows.map(({ name, latency, throughput }) => ({
    name,
    meanMs: latency.mean,
    p50Ms: latency.p50,
    p99Ms: latency.p99,
    opsPerSecond: throughput.mean,
    ratio: latency.mean / baseMean,
  }));

  recordResults({
    title,
    baseline: baseline.name,
    rows: compared.map((row) => ({ name: row.name, figures: { mean: row.meanMs, p50: row.p50Ms, p99: row.p99Ms }, ratio: row.ratio })),
  });
  console.log(`\n${title}`);
  console.table(
    Object.fromEntries(
      compared.map((row) => [
        row.name,
        {
          'mean ms': ms(row.meanMs),
          'p50 ms': ms(row.p50Ms),
          'p99 ms': ms(row.p99Ms),
          'ops/s': Math.round(row.opsPerSecond),
          '× baseline': row.ratio.toFixed(2),
        },
      ]),
    ),
  );
  return compared;
}
