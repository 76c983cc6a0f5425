import { DEFAULT_LANGUAGE, type Language } from '../domain/language';

/**
 * Newsroom times are shown in Asia/Ho_Chi_Minh whatever zone the laptop is set to; instants are
 * stored as UTC ISO strings. `Intl` with vi-VN knows the weekday names, but its combined format puts
 * the time first, so the paper's `Thứ Bảy, 29/06/2024 | 16:49` is assembled from parts.
 */
export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Only the weekday's name follows the UI language; the date stays dd/mm/yyyy and the time 24-hour
 * in both (en-GB writes them so), whatever the laptop's locale.
 */
const partsFormatters: Record<Language, Intl.DateTimeFormat> = {
  vi: partsFormatter('vi-VN'),
  en: partsFormatter('en-GB'),
};

function partsFormatter(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    timeZone: NEWSROOM_TIME_ZONE,
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

function parts(instant: Date | string, language: Language = DEFAULT_LANGUAGE): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const out: Record<string, string> = {};
  for (const part of partsFormatters[language].formatToParts(date)) out[part.type] = part.value;
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

/**
 * `Thứ Bảy, 29/06/2024 | 16:49` (`Saturday, 29/06/2024 | 16:49` in the English UI). Published pages
 * and correction notices always use the Vietnamese default.
 */
export function formatPublishTime(instant: Date | string, language: Language = DEFAULT_LANGUAGE): string {
  const { weekday = '', day, month, year, hour, minute } = parts(instant, language);
  return `${titleCase(weekday)}, ${day}/${month}/${year} | ${hour}:${minute}`;
}

/** Vietnam has used UTC+7 all year since 1975: no daylight saving to reason about. */
const VIETNAM_OFFSET = '+07:00';

/**
 * The UTC instant for a date and time as a Vietnamese editor types them ("2024-06-29", "16:49"),
 * whatever zone the laptop is in. Returns null for input that is not a real date and time.
 */
export function instantFromNewsroomTime(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const instant = new Date(`${date}T${time}:00${VIETNAM_OFFSET}`);
  if (Number.isNaN(instant.getTime())) return null;
  // Reject dates the Date parser rolled over (2024-02-31 → March 2).
  return formatDateInput(instant) === date ? instant.toISOString() : null;
}

/** `YYYY-MM-DD` of an instant in newsroom time, for <input type="date">. */
export function formatDateInput(instant: Date | string): string {
  const { year, month, day } = parts(instant);
  return `${year}-${month}-${day}`;
}
