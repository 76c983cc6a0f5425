/**
 * Newsroom times are shown in Asia/Ho_Chi_Minh whatever zone the laptop is set to; instants are
 * stored as UTC ISO strings. `Intl` with vi-VN knows the weekday names, but its combined format puts
 * the time first, so the paper's `Thứ Bảy, 29/06/2024 | 16:49` is assembled from parts.
 */
export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const partsFormatter = new Intl.DateTimeFormat('vi-VN', {
  timeZone: NEWSROOM_TIME_ZONE,
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(instant: Date | string): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const out: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** Capitalizes each word: ICU writes "Thứ Bảy" in some versions and "thứ bảy" in others. */
const titleCase = (text: string): string =>
  text.replace(/(^|\s)(\p{Ll})/gu, (_match, space: string, letter: string) => space + letter.toUpperCase());

/** `16:49` */
export function formatClockTime(instant: Date | string): string {
  const { hour, minute } = parts(instant);
  return `${hour}:${minute}`;
}

/** `Thứ Bảy, 29/06/2024 | 16:49` */
export function formatPublishTime(instant: Date | string): string {
  const { weekday = '', day, month, year, hour, minute } = parts(instant);
  return `${titleCase(weekday)}, ${day}/${month}/${year} | ${hour}:${minute}`;
}
