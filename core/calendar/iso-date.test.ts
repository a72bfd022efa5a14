import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  compareIsoDates,
  dayNumberFromParts,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  parseIsoDate,
  partsFromDayNumber,
  toDayNumber,
} from './iso-date.ts';

describe('parseIsoDate', () => {
  it('returns a real calendar date unchanged', () => {
    expect(parseIsoDate('2026-12-18', 'today')).toBe('2026-12-18');
    expect(parseIsoDate('2028-02-29', 'today')).toBe('2028-02-29');
    expect(parseIsoDate('2000-02-29', 'today')).toBe('2000-02-29');
  });

  it('rejects dates that do not exist, naming the field', () => {
    expect(() => parseIsoDate('2026-02-30', 'today')).toThrow(
      'today: "2026-02-30" is not a real date (February 2026 has 28 days)',
    );
    expect(() => parseIsoDate('2027-02-29', 'today')).toThrow(/^today: .*February 2027 has 28 days/);
    expect(() => parseIsoDate('1900-02-29', 'today')).toThrow(/^today: /);
    expect(() => parseIsoDate('2026-13-01', 'today')).toThrow('today: "2026-13-01" is not a real date (there is no month 13)');
    expect(() => parseIsoDate('2026-04-31', 'today')).toThrow(/April 2026 has 30 days/);
    expect(() => parseIsoDate('2026-04-00', 'today')).toThrow(/^today: /);
  });

  it('rejects other shapes, missing values and non-strings', () => {
    for (const bad of ['yesterday', '2026-1-01', '2026/01/01', ' 2026-01-01', '2026-01-01 ', '20260101', '2026-12-18T10:00Z']) {
      expect(() => parseIsoDate(bad, 'today'), bad).toThrow(/^today: .* is not a date in the form YYYY-MM-DD$/);
    }
    expect(() => parseIsoDate('', 'today')).toThrow('today: required');
    expect(() => parseIsoDate(undefined, 'today')).toThrow('today: required');
    expect(() => parseIsoDate(20261218, 'today')).toThrow("today: expected a date 'YYYY-MM-DD', got number 20261218");
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC for every kind of date from year 0000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (dayNumber) => {
        const utc = new Date(dayNumber * 86_400_000);
        expect(partsFromDayNumber(dayNumber)).toEqual({
          year: utc.getUTCFullYear(),
          month: utc.getUTCMonth() + 1,
          day: utc.getUTCDate(),
        });
        expect(fromDayNumber(dayNumber)).toBe(utc.toISOString().slice(0, 10));
        expect(toDayNumber(fromDayNumber(dayNumber), 'date')).toBe(dayNumber);
      }),
      { numRuns: 2000 },
    );
  });

  it('number 1970-01-01 as day 0', () => {
    expect(dayNumberFromParts(1970, 1, 1)).toBe(0);
    expect(toDayNumber('1969-12-31', 'date')).toBe(-1);
  });
});

describe('dayOfWeek', () => {
  it('gives 0 for Sunday through 6 for Saturday', () => {
    expect(dayOfWeek('2026-12-18')).toBe(5);
    expect(dayOfWeek('2026-12-20')).toBe(0);
    expect(dayOfWeek('2026-12-19')).toBe(6);
    expect(dayOfWeek('2027-06-14')).toBe(1);
  });
});

describe('addCalendarDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('rejects a fractional number of days', () => {
    expect(() => addCalendarDays('2026-12-31', 1.5)).toThrow(/^days: /);
  });
});

describe('compareIsoDates', () => {
  it('orders dates as a sort comparator', () => {
    expect(['2027-01-04', '2026-12-18', '2026-12-31'].sort(compareIsoDates)).toEqual([
      '2026-12-18',
      '2026-12-31',
      '2027-01-04',
    ]);
    expect(compareIsoDates('2026-12-18', '2026-12-18')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(() => compareIsoDates('2026-12-18', 'soon')).toThrow(/^b: /);
  });
});

describe('daysInMonth', () => {
  it('knows the Gregorian leap years', () => {
    expect([daysInMonth(2027, 2), daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([28, 29, 28, 29]);
  });
});
