/**
 * The three ways a photo says when it was taken, each turned into ISO 8601 at the precision the file
 * gives: "2024-06-29", "2024-06-29T16:49:05", "2024-06-29T16:49:05.25+07:00". No time zone is
 * invented: a camera without an offset recorded local wall-clock time, and that is what we return.
 */

const OFFSET = /^[+-](?:0\d|1[0-4]):[0-5]\d$/;

/** EXIF DateTimeOriginal (exif-reader gives it as a Date whose UTC fields are the wall clock). */
export function exifTakenAt(dateTime: unknown, subSeconds: unknown, offset: unknown): string | null {
  if (!(dateTime instanceof Date) || Number.isNaN(dateTime.getTime())) return null;
  const year = dateTime.getUTCFullYear();
  // "0000:00:00 00:00:00" is how cameras without a clock say "unknown"; exif-reader builds it with
  // Date.UTC, which reads year 0 as 1900 and month 0 as the month before: 1899-11-30. No camera
  // wrote EXIF before 1900, so anything earlier is that placeholder.
  if (year < 1900) return null;
  const date = `${pad(year, 4)}-${pad(dateTime.getUTCMonth() + 1)}-${pad(dateTime.getUTCDate())}`;
  const time = `${pad(dateTime.getUTCHours())}:${pad(dateTime.getUTCMinutes())}:${pad(dateTime.getUTCSeconds())}`;
  const fraction = typeof subSeconds === 'string' && /^\d{1,9}$/.test(subSeconds.trim()) ? `.${subSeconds.trim()}` : '';
  const zone = typeof offset === 'string' && OFFSET.test(offset.trim()) ? offset.trim() : '';
  return `${date}T${time}${fraction}${zone}`;
}

/** IPTC 2:55 DateCreated (CCYYMMDD) and 2:60 TimeCreated (HHMMSS±HHMM). */
export function iptcTakenAt(dateCreated: string, timeCreated: string): string | null {
  const date = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(dateCreated.trim());
  if (!date || !validDate(date[1]!, date[2]!, date[3]!)) return null;
  const day = `${date[1]}-${date[2]}-${date[3]}`;
  const time = /^(\d{2}):?(\d{2}):?(\d{2})(?:([+-]\d{2}):?(\d{2}))?$/.exec(timeCreated.trim());
  if (!time || !validTime(time[1]!, time[2]!, time[3]!)) return day;
  const zone = time[4] && OFFSET.test(`${time[4]}:${time[5]}`) ? `${time[4]}:${time[5]}` : '';
  return `${day}T${time[1]}:${time[2]}:${time[3]}${zone}`;
}

const XMP_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** XMP dates (photoshop:DateCreated, exif:DateTimeOriginal): ISO 8601 at any precision. */
export function xmpTakenAt(value: string): string | null {
  const match = XMP_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, fraction, zone] = match;
  if (!month) return year!;
  if (!day) return Number(month) >= 1 && Number(month) <= 12 ? `${year}-${month}` : null;
  if (!validDate(year!, month, day)) return null;
  if (!hours) return `${year}-${month}-${day}`;
  if (!validTime(hours, minutes!, seconds ?? '00')) return `${year}-${month}-${day}`;
  const validZone = zone === 'Z' || (zone !== undefined && OFFSET.test(zone)) ? zone : '';
  return `${year}-${month}-${day}T${hours}:${minutes}:${seconds ?? '00'}${fraction ?? ''}${validZone}`;
}

/**
 * When two sources agree on the day but one says more (XMP photoshop:DateCreated often carries only
 * the date that IPTC 2:55 + 2:60 give with a time), the more precise one is the same fact, told better.
 */
export function morePreciseIfSameDay(preferred: string | null, other: string | null): string | null {
  if (!preferred || !other) return preferred ?? other;
  return other.length > preferred.length && other.startsWith(preferred) ? other : preferred;
}

function validDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validTime(hours: string, minutes: string, seconds: string): boolean {
  return Number(hours) <= 23 && Number(minutes) <= 59 && Number(seconds) <= 60;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
