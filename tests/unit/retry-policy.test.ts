import { expect, test } from 'vitest';
import { checkDestinationUrl } from '../../src/main/core/publishing/destination-url';
import { backoffDelayMs, isRetryableStatus, MAX_DELAY_MS, retryAfterMs } from '../../src/main/core/publishing/retry-policy';

test('backoff grows exponentially with full jitter and a cap', () => {
  expect([1, 2, 3, 4].map((attempts) => backoffDelayMs(attempts, () => 0.9999999))).toEqual([4_999, 9_999, 19_999, 39_999]);
  expect(backoffDelayMs(30, () => 0.9999999)).toBe(MAX_DELAY_MS - 1);
  expect(backoffDelayMs(3, () => 0)).toBe(1_000);
});

test('retry on server errors, timeouts and rate limits only', () => {
  expect([500, 502, 503, 504, 408, 429].every(isRetryableStatus)).toBe(true);
  expect([400, 401, 403, 404, 409, 410, 413, 422].some(isRetryableStatus)).toBe(false);
});

test('Retry-After in seconds or as an HTTP date', () => {
  const now = new Date('2024-06-29T09:49:00.000Z');
  expect(retryAfterMs('120', now)).toBe(120_000);
  expect(retryAfterMs('Sat, 29 Jun 2024 09:50:00 GMT', now)).toBe(60_000);
  expect(retryAfterMs('soon', now)).toBeNull();
  expect(retryAfterMs(null, now)).toBeNull();
});

test('destinations need https, except on this machine', () => {
  expect(checkDestinationUrl('https://baobaclieu.vn/api/ninjs').hostname).toBe('baobaclieu.vn');
  expect(checkDestinationUrl('http://127.0.0.1:8080/in').port).toBe('8080');
  expect(checkDestinationUrl('http://localhost/in').hostname).toBe('localhost');
  expect(checkDestinationUrl('http://[::1]:9000/in').hostname).toBe('[::1]');
  for (const url of ['http://baobaclieu.vn/api', 'http://192.168.1.10/in', 'ftp://example.com/', 'not a url', 'http://127.0.0.1.evil.com/']) {
    expect(() => checkDestinationUrl(url)).toThrow();
  }
});
