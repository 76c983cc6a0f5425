import { rateLimitedError } from '../errors';

/**
 * The sign-in throttle's rules, shared by the laptop (SQLite) and the newsroom server (PostgreSQL):
 * each keeps one record per user name that was tried and asks these functions what it means.
 *
 * The first few mistakes are free (people mistype); after that each further failure locks the name
 * for twice as long as the last, up to a cap. A name's record is forgotten a day after its last
 * failure: by then any lock has long run out, and keeping records for every name ever typed would
 * let the table grow without bound (anyone may type any name).
 */
export const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export interface ThrottleRecord {
  failures: number;
  lockedUntil: Date | null;
  lastFailureAt: Date;
}

export const lockSecondsAfter = (failures: number): number =>
  failures < FREE_FAILURES ? 0 : Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES), MAX_LOCK_SECONDS);

/** Records whose last failure is older than this may be deleted. */
export const forgetBefore = (now: Date): Date => new Date(now.getTime() - FORGET_AFTER_MS);

const isForgotten = (record: ThrottleRecord, now: Date) => record.lastFailureAt.getTime() < forgetBefore(now).getTime();

/** Throws `rate_limited` (with the seconds to wait) while the name is locked. */
export function assertNotLocked(record: ThrottleRecord | undefined, now: Date): void {
  if (!record?.lockedUntil) return;
  const waitMs = record.lockedUntil.getTime() - now.getTime();
  if (waitMs > 0) throw rateLimitedError('Too many failed sign-ins for this user name', Math.ceil(waitMs / 1000));
}

/** The record after one more failure (a forgotten record that was not yet deleted counts as none). */
export function afterFailure(record: ThrottleRecord | undefined, now: Date): ThrottleRecord {
  const failures = (record && !isForgotten(record, now) ? record.failures : 0) + 1;
  const lockSeconds = lockSecondsAfter(failures);
  return { failures, lockedUntil: lockSeconds > 0 ? new Date(now.getTime() + lockSeconds * 1000) : null, lastFailureAt: now };
}
