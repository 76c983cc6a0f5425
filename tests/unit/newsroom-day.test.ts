import { expect, test } from 'vitest';
import { newsroomDayEnd, newsroomDayStart } from '../../src/shared/text/newsroom-day';

test('a newsroom day runs from midnight to midnight in Việt Nam (UTC+7)', () => {
  expect(newsroomDayStart('2024-06-29')).toBe('2024-06-28T17:00:00.000Z');
  expect(newsroomDayEnd('2024-06-29')).toBe('2024-06-29T17:00:00.000Z');
  expect(newsroomDayEnd('2024-12-31')).toBe('2024-12-31T17:00:00.000Z');
});

test('anything but a YYYY-MM-DD day is no bound at all', () => {
  expect(newsroomDayStart('')).toBeNull();
  expect(newsroomDayStart('29/06/2024')).toBeNull();
  expect(newsroomDayEnd('2024-13-45')).toBeNull();
});
