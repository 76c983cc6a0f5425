import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';

/**
 * Every benchmark's figures land in one place: `bench/results/latest.json` and a short Markdown
 * table beside it. Each bench file appends its rows to a run file while it runs (bench files run
 * in separate workers, one at a time); the global teardown turns the run file into the results.
 */

export const RESULTS_DIR = join(import.meta.dirname, 'results');
const RUN_FILE = join(RESULTS_DIR, '.run.jsonl');

export interface ResultRow {
  name: string;
  /** Milliseconds unless `unit` says otherwise. */
  figures: Record<string, number>;
  unit?: string;
  /** Relative to the group's baseline (its first row): 1.25 = 25 % slower. */
  ratio?: number;
}

export interface ResultGroup {
  title: string;
  baseline: string;
  rows: ResultRow[];
  goal?: string;
}

export function recordResults(group: ResultGroup): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  appendFileSync(RUN_FILE, `${JSON.stringify(group)}\n`);
}

export function startRun(): void {
  rmSync(RUN_FILE, { force: true });
}

function machine() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}

const figure = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value < 1 ? 3 : 2));

function markdown(run: { finishedAt: string; machine: ReturnType<typeof machine>; groups: ResultGroup[] }): string {
  const lines = [
    `# Benchmark results`,
    '',
    `${run.finishedAt} · ${run.machine.cpu} × ${run.machine.cores} · ${run.machine.memoryGiB} GiB · ${run.machine.os} · Node ${run.machine.node}`,
    '',
  ];
  for (const group of run.groups) {
    lines.push(`## ${group.title}`, '', `Baseline: ${group.baseline}.${group.goal ? ` Goal: ${group.goal}.` : ''}`, '');
    const keys = [...new Set(group.rows.flatMap((row) => Object.keys(row.figures)))];
    lines.push(`| | ${keys.join(' | ')} | × baseline |`, `| --- | ${keys.map(() => '---').join(' | ')} | --- |`);
    for (const row of group.rows) {
      const cells = keys.map((key) => (row.figures[key] === undefined ? '' : `${figure(row.figures[key]!)}${row.unit ? ` ${row.unit}` : ''}`));
      lines.push(`| ${row.name} | ${cells.join(' | ')} | ${row.ratio === undefined ? '' : row.ratio.toFixed(2)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Writes latest.json and latest.md from this run's groups; returns the Markdown. */
export function finishRun(): string | undefined {
  if (!existsSync(RUN_FILE)) return undefined;
  const groups = readFileSync(RUN_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ResultGroup);
  const run = { finishedAt: new Date().toISOString(), machine: machine(), groups };
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(run, null, 2)}\n`);
  const table = markdown(run);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), `${table}\n`);
  rmSync(RUN_FILE, { force: true });
  return table;
}
