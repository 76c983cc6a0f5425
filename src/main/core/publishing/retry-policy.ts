/**
 * When to try a failed delivery again. Exponential backoff with full jitter (so a newsroom's laptops
 * coming back online together do not hammer the site in step), capped; a server's Retry-After wins
 * when it asks for longer.
 */
export const BASE_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 30 * 60_000;

/** `random` in [0, 1); injected so tests can pin the jitter. */
export function backoffDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  // Never less than a second: an instant retry of a failing server helps nobody.
  return Math.max(1_000, Math.floor(random() * ceiling));
}

/**
 * HTTP statuses worth retrying: server trouble, timeouts and rate limits. Any other 4xx means the
 * request itself is wrong, and sending it again would fail the same way.
 */
export const isRetryableStatus = (status: number): boolean => status >= 500 || status === 408 || status === 429;

/** A Retry-After header (seconds or an HTTP date) as milliseconds from `now`, or null. */
export function retryAfterMs(header: string | null, now: Date): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now.getTime());
}
