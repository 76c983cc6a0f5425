import type { Database } from 'better-sqlite3';
import { afterFailure, assertNotLocked, forgetBefore, type ThrottleRecord } from '../../../shared/security/sign-in-throttle';
import type { Clock } from '../../../shared/clock';

export { FREE_FAILURES, FORGET_AFTER_MS } from '../../../shared/security/sign-in-throttle';

/**
 * Failed sign-ins per user name, kept in the database so that restarting the app does not reset
 * them. The rules are the shared ones (`shared/security/sign-in-throttle.ts`); this is their store.
 */
export interface SignInThrottle {
  /** Throws `rate_limited` while the name is locked. */
  check(usernameKey: string): void;
  recordFailure(usernameKey: string): void;
  recordSuccess(usernameKey: string): void;
}

interface ThrottleRow {
  failures: number;
  locked_until: string | null;
  last_failure_at: string;
}

const toRecord = (row: ThrottleRow | undefined): ThrottleRecord | undefined =>
  row && { failures: row.failures, lockedUntil: row.locked_until ? new Date(row.locked_until) : null, lastFailureAt: new Date(row.last_failure_at) };

export function createSignInThrottle(db: Database, clock: Clock): SignInThrottle {
  const select = db.prepare<[string], ThrottleRow>('SELECT failures, locked_until, last_failure_at FROM sign_in_throttle WHERE username_key = ?');
  const upsert = db.prepare<[string, number, string | null, string]>(
    `INSERT INTO sign_in_throttle (username_key, failures, locked_until, last_failure_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (username_key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until,
       last_failure_at = excluded.last_failure_at`,
  );
  const clear = db.prepare<[string]>('DELETE FROM sign_in_throttle WHERE username_key = ?');
  const prune = db.prepare<[string]>('DELETE FROM sign_in_throttle WHERE last_failure_at < ?');

  return {
    check: (usernameKey) => assertNotLocked(toRecord(select.get(usernameKey)), clock.now()),
    recordFailure(usernameKey) {
      const now = clock.now();
      const next = afterFailure(toRecord(select.get(usernameKey)), now);
      db.transaction(() => {
        upsert.run(usernameKey, next.failures, next.lockedUntil?.toISOString() ?? null, now.toISOString());
        // Every failure also forgets names whose last failure is a day old, so the table holds at
        // most one day's worth of tried names.
        prune.run(forgetBefore(now).toISOString());
      }).immediate();
    },
    recordSuccess: (usernameKey) => void clear.run(usernameKey),
  };
}
