import type { Database } from 'better-sqlite3';
import { rateLimitedError } from '../../../shared/errors';
import type { Clock } from '../clock';

/**
 * Failed sign-ins per user name. The first few mistakes are free (people mistype); after that each
 * further failure locks the name for twice as long as the last, up to a cap. Kept in the database
 * so that restarting the app does not reset it.
 */
export const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

export const lockSecondsAfter = (failures: number): number =>
  failures < FREE_FAILURES ? 0 : Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES), MAX_LOCK_SECONDS);

export interface SignInThrottle {
  /** Throws `rate_limited` while the name is locked. */
  check(usernameKey: string): void;
  recordFailure(usernameKey: string): void;
  recordSuccess(usernameKey: string): void;
}

export function createSignInThrottle(db: Database, clock: Clock): SignInThrottle {
  const select = db.prepare<[string], { failures: number; locked_until: string | null }>(
    'SELECT failures, locked_until FROM sign_in_throttle WHERE username_key = ?',
  );
  const upsert = db.prepare<[string, number, string | null]>(
    `INSERT INTO sign_in_throttle (username_key, failures, locked_until) VALUES (?, ?, ?)
     ON CONFLICT (username_key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  );
  const clear = db.prepare<[string]>('DELETE FROM sign_in_throttle WHERE username_key = ?');

  return {
    check(usernameKey) {
      const row = select.get(usernameKey);
      if (!row?.locked_until) return;
      const waitMs = new Date(row.locked_until).getTime() - clock.now().getTime();
      if (waitMs > 0) {
        throw rateLimitedError('Too many failed sign-ins for this user name', Math.ceil(waitMs / 1000));
      }
    },
    recordFailure(usernameKey) {
      const failures = (select.get(usernameKey)?.failures ?? 0) + 1;
      const lockSeconds = lockSecondsAfter(failures);
      const lockedUntil = lockSeconds > 0 ? new Date(clock.now().getTime() + lockSeconds * 1000).toISOString() : null;
      upsert.run(usernameKey, failures, lockedUntil);
    },
    recordSuccess: (usernameKey) => void clear.run(usernameKey),
  };
}
