import type { Clock } from '../../shared/clock';
import { afterFailure, assertNotLocked, forgetBefore, type ThrottleRecord } from '../../shared/security/sign-in-throttle';
import type { SqlClient } from '../db/sql-client';

/** The shared throttle rules over PostgreSQL: one row per tried name, shared by every instance. */
export interface ServerSignInThrottle {
  /** Throws `rate_limited` while the name is locked. */
  check(usernameKey: string): Promise<void>;
  recordFailure(usernameKey: string): Promise<void>;
  recordSuccess(usernameKey: string): Promise<void>;
}

interface ThrottleRow {
  failures: number;
  locked_until: Date | null;
  last_failure_at: Date;
}

const toRecord = (row: ThrottleRow | undefined): ThrottleRecord | undefined =>
  row && { failures: row.failures, lockedUntil: row.locked_until, lastFailureAt: row.last_failure_at };

const SELECT = 'SELECT failures, locked_until, last_failure_at FROM sign_in_throttle WHERE username_key = $1';

export function createServerSignInThrottle(db: SqlClient, clock: Clock): ServerSignInThrottle {
  return {
    async check(usernameKey) {
      const [row] = await db.query<ThrottleRow>(SELECT, [usernameKey]);
      assertNotLocked(toRecord(row), clock.now());
    },
    async recordFailure(usernameKey) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        // FOR UPDATE: two instances counting failures for one name at once must not lose one.
        const [row] = await tx.query<ThrottleRow>(`${SELECT} FOR UPDATE`, [usernameKey]);
        const next = afterFailure(toRecord(row), now);
        await tx.query(
          `INSERT INTO sign_in_throttle (username_key, failures, locked_until, last_failure_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (username_key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until,
             last_failure_at = excluded.last_failure_at`,
          [usernameKey, next.failures, next.lockedUntil, now],
        );
        // Names whose last failure is a day old are forgotten, so the table stays small.
        await tx.query('DELETE FROM sign_in_throttle WHERE last_failure_at < $1', [forgetBefore(now)]);
      });
    },
    async recordSuccess(usernameKey) {
      await db.query('DELETE FROM sign_in_throttle WHERE username_key = $1', [usernameKey]);
    },
  };
}
