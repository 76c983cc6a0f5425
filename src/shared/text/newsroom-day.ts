/**
 * Day boundaries in the newsroom's zone for date filters. Asia/Ho_Chi_Minh has been UTC+7 without
 * daylight saving since 1975, so a calendar day there is [D 00:00+07:00, D+1 00:00+07:00).
 */
const NEWSROOM_OFFSET = '+07:00';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a `YYYY-MM-DD` day starts in the newsroom, as a UTC ISO string; null if not a day. */
export function newsroomDayStart(day: string): string | null {
  if (!DAY.test(day)) return null;
  const instant = new Date(`${day}T00:00:00${NEWSROOM_OFFSET}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The instant the day after `day` starts: the exclusive end of a range that includes `day`. */
export function newsroomDayEnd(day: string): string | null {
  const start = newsroomDayStart(day);
  return start === null ? null : new Date(Date.parse(start) + 86_400_000).toISOString();
}
