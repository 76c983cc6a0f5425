/** One file's outcome in a batch. */
export type BatchOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface BatchProgress<T> {
  /** The file's position in the batch. */
  index: number;
  /** How many files have finished, this one included. */
  done: number;
  total: number;
  outcome: BatchOutcome<T>;
}

export interface BatchOptions<F, T> {
  /** At most this many files in flight: bounds memory however many files are in the batch. */
  concurrency: number;
  importOne(file: F, index: number): Promise<T>;
  onStart?(index: number): void;
  onProgress?(progress: BatchProgress<T>): void;
}

/**
 * Imports files a few at a time. A failed file is reported and the rest carry on; the result
 * lists every file's outcome in the batch's order. Pure: the renderer and the tests both use it.
 */
export async function runImportBatch<F, T>(files: readonly F[], options: BatchOptions<F, T>): Promise<BatchOutcome<T>[]> {
  const outcomes: BatchOutcome<T>[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      options.onStart?.(index);
      let outcome: BatchOutcome<T>;
      try {
        outcome = { ok: true, value: await options.importOne(files[index] as F, index) };
      } catch (error) {
        outcome = { ok: false, error };
      }
      outcomes[index] = outcome;
      done += 1;
      options.onProgress?.({ index, done, total: files.length, outcome });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}
