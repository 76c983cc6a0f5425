/**
 * Runs a batch of photo imports a few at a time and reports each file as it finishes. Shared by
 * the photo desk (picker and drag-and-drop) and the batch test, so both drive the core the same
 * way. Pure TypeScript: no DOM, no Node.
 *
 * Why a small window and not all at once: every file in flight holds its bytes in the renderer,
 * on the IPC channel and in main at the same time. Two in flight keeps the core's decoder busy
 * (it decodes at most two photos at once anyway) while memory stays bounded by two files, however
 * many are dropped.
 */

export interface BatchProgress<R> {
  /** Where the finished file was in the batch. */
  index: number;
  /** Files finished so far, this one included. */
  done: number;
  total: number;
  outcome: BatchOutcome<R>;
}

export type BatchOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface ImportBatchOptions<F, R> {
  /** Files in flight at once; at least 1. */
  concurrency: number;
  /** Imports one file. A throw or rejection is that file's failure; the batch carries on. */
  importOne(file: F, index: number): Promise<R>;
  /** A file is taken up (the progress list shows it as importing). */
  onStart?(index: number): void;
  onProgress?(progress: BatchProgress<R>): void;
}

export const DEFAULT_IMPORT_CONCURRENCY = 2;

/** Every file's outcome, in the batch's order (not finishing order). Never rejects. */
export async function runImportBatch<F, R>(
  files: readonly F[],
  { concurrency, importOne, onStart, onProgress }: ImportBatchOptions<F, R>,
): Promise<BatchOutcome<R>[]> {
  const outcomes: BatchOutcome<R>[] = new Array<BatchOutcome<R>>(files.length);
  let next = 0;
  let done = 0;

  const settle = async (index: number): Promise<BatchOutcome<R>> => {
    try {
      return { ok: true, value: await importOne(files[index]!, index) };
    } catch (error) {
      return { ok: false, error };
    }
  };

  // Each worker takes the next file when its last one is finished.
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next;
      next += 1;
      onStart?.(index);
      const outcome = await settle(index);
      outcomes[index] = outcome;
      done += 1;
      onProgress?.({ index, done, total: files.length, outcome });
    }
  };

  const workers = Math.max(1, Math.min(Math.floor(concurrency), files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}
