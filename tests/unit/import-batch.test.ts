import { expect, test } from 'vitest';
import { runImportBatch, type BatchProgress } from '../../src/shared/media/import-batch';
import { createImportGate } from '../../src/main/core/media/import-gate';

/** A promise the test settles by hand, so order is decided by the test and never by timing. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

test('the batch keeps at most `concurrency` files in flight, reports each as it finishes, and carries on past failures', async () => {
  const pending = ['a', 'b', 'c', 'd'].map(() => deferred<string>());
  const started: number[] = [];
  const progress: BatchProgress<string>[] = [];
  const batch = runImportBatch(['a', 'b', 'c', 'd'], {
    concurrency: 2,
    importOne: (_file, index) => {
      started.push(index);
      return pending[index]!.promise;
    },
    onProgress: (event) => progress.push(event),
  });
  await settle();
  expect(started).toEqual([0, 1]);
  pending[1]!.reject(new Error('hỏng'));
  await settle();
  expect(started).toEqual([0, 1, 2]);
  pending[0]!.resolve('A');
  pending[2]!.resolve('C');
  await settle();
  pending[3]!.resolve('D');
  const outcomes = await batch;

  expect(outcomes.map((outcome) => (outcome.ok ? outcome.value : 'failed'))).toEqual(['A', 'failed', 'C', 'D']);
  expect(progress.map(({ index, done, total }) => [index, done, total])).toEqual([
    [1, 1, 4],
    [0, 2, 4],
    [2, 3, 4],
    [3, 4, 4],
  ]);
  expect(progress[0]!.outcome).toMatchObject({ ok: false, error: new Error('hỏng') });
});

test('an empty batch finishes at once with no progress', async () => {
  const progress: unknown[] = [];
  expect(await runImportBatch([], { concurrency: 2, importOne: () => Promise.resolve(1), onProgress: (event) => progress.push(event) })).toEqual([]);
  expect(progress).toEqual([]);
});

test('the import gate runs at most its limit at once, the rest in arrival order', async () => {
  const gate = createImportGate(2);
  const pending = [0, 1, 2, 3].map(() => deferred<number>());
  const started: number[] = [];
  let most = 0;
  const runs = pending.map((task, index) =>
    gate.run(() => {
      started.push(index);
      most = Math.max(most, gate.running);
      return task.promise;
    }),
  );
  // Watched from the start, so the failure below is never an unhandled rejection.
  const outcomes = Promise.allSettled(runs);
  await settle();
  expect(started).toEqual([0, 1]);
  pending[1]!.reject(new Error('x'));
  await settle();
  expect(started).toEqual([0, 1, 2]);
  pending[0]!.resolve(0);
  pending[2]!.resolve(2);
  pending[3]!.resolve(3);
  expect(await outcomes).toMatchObject([{ value: 0 }, { status: 'rejected' }, { value: 2 }, { value: 3 }]);
  expect(most).toBe(2);
  expect(gate.running).toBe(0);
});
