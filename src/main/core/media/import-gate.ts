/**
 * A counting semaphore: at most `limit` tasks run at once, the rest wait their turn in arrival
 * order. The media store holds one, shared by every window and call, so N concurrent imports never
 * decode more than `limit` photos at once.
 */
export interface ImportGate {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now (for tests and the batch's memory reasoning). */
  readonly running: number;
}

export function createImportGate(limit: number): ImportGate {
  let running = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    const nextInLine = waiting.shift();
    // Hand the slot straight to the next task, so `running` never overshoots.
    if (nextInLine) nextInLine();
    else running -= 1;
  };

  return {
    async run(task) {
      if (running < limit) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
  };
}
