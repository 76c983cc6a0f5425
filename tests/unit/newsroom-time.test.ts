import { expect, test } from 'vitest';
import { formatClockTime, formatPublishTime } from '../../src/shared/text/newsroom-time';

test('publish times read like the paper: Thứ Bảy, 29/06/2024 | 16:49', () => {
  expect(formatPublishTime('2024-06-29T09:49:00.000Z')).toBe('Thứ Bảy, 29/06/2024 | 16:49');
});

test('the day is Vietnam’s day, not UTC’s', () => {
  // 23:30 UTC on Saturday is already Sunday morning in Hà Nội.
  expect(formatPublishTime('2024-06-29T23:30:00.000Z')).toBe('Chủ Nhật, 30/06/2024 | 06:30');
  expect(formatClockTime('2024-06-29T23:30:00.000Z')).toBe('06:30');
});

test('every weekday name', () => {
  const names = Array.from({ length: 7 }, (_, day) =>
    formatPublishTime(new Date(Date.UTC(2024, 6, 1 + day, 3))).split(',')[0],
  );
  expect(names).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
});
