import { describe, expect, test } from 'vitest';
import {
  formatNewsroomDateTime,
  formatNewsroomDay,
  parseNewsroomDateTime,
  parseNewsroomDay,
} from '../../src/shared/text/newsroom-date-entry';
import { formatPublishTime } from '../../src/shared/text/newsroom-time';

describe('dates typed dd/mm/yyyy and 24-hour, Vietnam time', () => {
  test('a day: dd/mm/yyyy, with or without leading zeros, to ISO', () => {
    expect(parseNewsroomDay('29/06/2024')).toEqual({ ok: true, day: '2024-06-29' });
    expect(parseNewsroomDay(' 1/7/2024 ')).toEqual({ ok: true, day: '2024-07-01' });
    expect(parseNewsroomDay('29/02/2024')).toEqual({ ok: true, day: '2024-02-29' });
  });

  test('impossible days are told apart from text that is not a date', () => {
    for (const impossible of ['31/02/2024', '29/02/2023', '31/04/2024', '00/06/2024', '15/13/2024', '32/01/2024']) {
      expect(parseNewsroomDay(impossible), impossible).toEqual({ ok: false, problem: 'no_such_date' });
    }
    for (const malformed of ['', '2024-06-29', '06/29', '29-06-2024', '29/06/24', 'hôm nay', '29/06/2024 16:49']) {
      expect(parseNewsroomDay(malformed), malformed).toEqual({ ok: false, problem: 'format' });
    }
  });

  test('a date and time is Vietnam time (UTC+7) whatever the machine’s zone, stored as UTC ISO', () => {
    expect(parseNewsroomDateTime('29/06/2024 16:49')).toEqual({ ok: true, instant: '2024-06-29T09:49:00.000Z' });
    expect(parseNewsroomDateTime('1/7/2024 5:30')).toEqual({ ok: true, instant: '2024-06-30T22:30:00.000Z' });
    expect(parseNewsroomDateTime('14/03/2027 15:00')).toEqual({ ok: true, instant: '2027-03-14T08:00:00.000Z' });
    expect(parseNewsroomDateTime('31/12/2024 23:59')).toEqual({ ok: true, instant: '2024-12-31T16:59:00.000Z' });
  });

  test('a date and time names what is wrong with it', () => {
    expect(parseNewsroomDateTime('31/02/2024 08:00')).toEqual({ ok: false, problem: 'no_such_date' });
    expect(parseNewsroomDateTime('29/06/2024 24:00')).toEqual({ ok: false, problem: 'no_such_time' });
    expect(parseNewsroomDateTime('29/06/2024 16:60')).toEqual({ ok: false, problem: 'no_such_time' });
    for (const malformed of ['29/06/2024', '29/06/2024 4:49 PM', '2024-06-29T16:49', '16:49 29/06/2024', '29/06/2024 16h49']) {
      expect(parseNewsroomDateTime(malformed), malformed).toEqual({ ok: false, problem: 'format' });
    }
  });

  test('formatting gives back what parsing reads, and the paper’s display form is unchanged', () => {
    expect(formatNewsroomDay('2024-06-29')).toBe('29/06/2024');
    expect(formatNewsroomDateTime('2024-06-29T09:49:00.000Z')).toBe('29/06/2024 16:49');
    expect(formatNewsroomDateTime('2024-06-30T22:30:00.000Z')).toBe('01/07/2024 05:30');
    for (const instant of ['2024-06-29T09:49:00.000Z', '2027-03-14T08:00:00.000Z', '2024-02-29T00:00:00.000Z']) {
      expect(parseNewsroomDateTime(formatNewsroomDateTime(instant))).toEqual({ ok: true, instant });
    }
    expect(formatPublishTime('2024-06-29T09:49:00.000Z')).toBe('Thứ Bảy, 29/06/2024 | 16:49');
  });
});
