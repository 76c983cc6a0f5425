import type { Clock } from '../../src/shared/clock';

/** A clock that starts at `start` and moves `stepMs` forward on every reading. */
export function steppingClock(start = '2024-06-29T09:49:00.000Z', stepMs = 1000): Clock {
  let next = new Date(start).getTime();
  return {
    now() {
      const current = new Date(next);
      next += stepMs;
      return current;
    },
  };
}
