import { formatClockTime, formatDateInput, instantFromNewsroomTime } from './newsroom-time';

/**
 * Dates and times as a Vietnamese newsroom types them: `29/06/2024` and `29/06/2024 16:49`
 * (day first, 24-hour, Vietnam time), whatever the laptop's locale. Browsers' own date inputs follow
 * the system locale (mm/dd on an American laptop), so the renderer uses text fields read by these
 * functions; what is stored stays ISO (`YYYY-MM-DD` days, UTC instants).
 */
export type DateEntryProblem = 'format' | 'no_such_date' | 'no_such_time';

export type DayEntry = { ok: true; day: string } | { ok: false; problem: DateEntryProblem };
export type InstantEntry = { ok: true; instant: string } | { ok: false; problem: DateEntryProblem };

const DAY_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_TIME_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD` if day, month and year name a real calendar day (no 31/02, no 29/02/2023). */
function calendarDay(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** `29/06/2024` (or `29/6/2024`) → `2024-06-29`. */
export function parseNewsroomDay(text: string): DayEntry {
  const match = DAY_TEXT.exec(text.trim());
  if (!match) return { ok: false, problem: 'format' };
  const day = calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return day ? { ok: true, day } : { ok: false, problem: 'no_such_date' };
}

/** `29/06/2024 16:49`, Vietnam time → the UTC instant as an ISO string. */
export function parseNewsroomDateTime(text: string): InstantEntry {
  const match = DATE_TIME_TEXT.exec(text.trim());
  if (!match) return { ok: false, problem: 'format' };
  const day = calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!day) return { ok: false, problem: 'no_such_date' };
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (hour > 23 || minute > 59) return { ok: false, problem: 'no_such_time' };
  const instant = instantFromNewsroomTime(day, `${pad(hour)}:${pad(minute)}`);
  return instant ? { ok: true, instant } : { ok: false, problem: 'no_such_date' };
}

/** `2024-06-29` → `29/06/2024`; anything else is returned as it is. */
export function formatNewsroomDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/** An instant as `29/06/2024 16:49` in Vietnam time, for the field that edits it. */
export function formatNewsroomDateTime(instant: Date | string): string {
  return `${formatNewsroomDay(formatDateInput(instant))} ${formatClockTime(instant)}`;
}
