import { formatDateInput } from '../../../shared/text/newsroom-time';

const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day a photo belongs to, `YYYY-MM-DD` in newsroom time, for the library's date filter: the
 * day it was taken, or the day it was imported when the file does not say. A time with an offset
 * is an instant (converted to Vietnam time); one without is the camera's own clock, taken as is
 * (the newsroom's cameras are set to local time).
 */
export function photoDay(takenAt: string | null, importedAt: string): string {
  if (takenAt && HAS_OFFSET.test(takenAt)) {
    const instant = new Date(takenAt);
    if (!Number.isNaN(instant.getTime())) return formatDateInput(instant);
  }
  const local = takenAt?.match(DAY)?.[0];
  return local ?? formatDateInput(importedAt);
}
