import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { generateNewsroom } from './generate';

export interface CachedNewsroom {
  dataDir: string;
  /** How long generating took in this run, or null when an earlier run's newsroom was reused. */
  generatedSeconds: number | null;
}

/**
 * The synthetic newsroom of `count` articles, generated once per machine into the temp folder and
 * reused by later runs and by every benchmark that needs one (generating 100,000 takes minutes).
 */
export function cachedNewsroom({ count, seed }: { count: number; seed: number }): CachedNewsroom {
  const dataDir = join(tmpdir(), `newsdesk-bench-${count}-seed${seed}`);
  if (existsSync(join(dataDir, DATABASE_FILE))) return { dataDir, generatedSeconds: null };
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  try {
    generateNewsroom({ dataDir, count, seed });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return { dataDir, generatedSeconds: (performance.now() - started) / 1000 };
}

/** A private copy of the cached newsroom's database, for a benchmark that writes to it. */
export function copyOfCachedNewsroom(options: { count: number; seed: number }): { dataDir: string; remove(): void } {
  const source = cachedNewsroom(options).dataDir;
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-copy-'));
  copyFileSync(join(source, DATABASE_FILE), join(dataDir, DATABASE_FILE));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}
