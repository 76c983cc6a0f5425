import { describe, expect, test } from 'vitest';
import { formatClockTime, formatDateInput, formatPublishTime, instantFromNewsroomTime } from '../../src/shared/text/newsroom-time';

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

test('in the English UI only the weekday changes: still dd/mm/yyyy, 24-hour, Vietnam time', () => {
  expect(formatPublishTime('2024-06-29T09:49:00.000Z', 'en')).toBe('Saturday, 29/06/2024 | 16:49');
  expect(formatPublishTime('2024-06-29T23:30:00.000Z', 'en')).toBe('Sunday, 30/06/2024 | 06:30');
  expect(formatPublishTime('2024-06-29T09:49:00.000Z', 'vi')).toBe('Thứ Bảy, 29/06/2024 | 16:49');
});

describe('times typed by an editor are Vietnam time', () => {
  test('16:49 on 29/06/2024 in Hà Nội is 09:49 UTC', () => {
    expect(instantFromNewsroomTime('2024-06-29', '16:49')).toBe('2024-06-29T09:49:00.000Z');
  });

  test('early morning in Vietnam is the previous day in UTC', () => {
    expect(instantFromNewsroomTime('2024-07-01', '05:30')).toBe('2024-06-30T22:30:00.000Z');
  });

  test('impossible dates and malformed input are refused', () => {
    expect(instantFromNewsroomTime('2024-02-30', '08:00')).toBeNull();
    expect(instantFromNewsroomTime('2024-13-01', '08:00')).toBeNull();
    expect(instantFromNewsroomTime('29/06/2024', '08:00')).toBeNull();
    expect(instantFromNewsroomTime('2024-06-29', '25:00')).toBeNull();
  });

  test('the date input shows the Vietnamese day', () => {
    expect(formatDateInput('2024-06-29T20:00:00.000Z')).toBe('2024-06-30');
  });
});
