import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../iso-date-strings.ts';
import { isStrictIsoDateOrDateTime, londonOffsetMinutes, toLondonDate, toLondonDateTime } from './to-london-date.ts';

/** The regex check `isStrictIsoDateOrDateTime` replaced, kept here as its reference. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/;
function byPattern(value: string): boolean {
  if (isIsoDate(value)) return true;
  const m = DATE_TIME.exec(value);
  if (m === null || !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return false;
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false;
  return true;
}

describe('toLondonDate', () => {
  it('validates and returns a bare date', () => {
    expect(toLondonDate('2026-12-18')).toBe('2026-12-18');
  });

  it('converts an instant to its London date in summer time', () => {
    expect(toLondonDate('2027-06-13T23:30:00Z')).toBe('2027-06-14');
    expect(toLondonDate('2027-06-13T22:59:59Z')).toBe('2027-06-13');
    expect(toLondonDate('2027-06-14T00:30:00+01:00')).toBe('2027-06-14');
  });

  it('keeps the UTC date in winter', () => {
    expect(toLondonDate('2026-12-18T23:30:00Z')).toBe('2026-12-18');
    expect(toLondonDate('2026-12-18T23:59:59.999Z')).toBe('2026-12-18');
  });

  it('converts other offsets to London', () => {
    expect(toLondonDate('2026-12-19T01:00:00+02:00')).toBe('2026-12-18');
    expect(toLondonDate('2026-12-18T20:00:00-05:00')).toBe('2026-12-19');
    expect(toLondonDate('2026-12-18T20:00:00-0500')).toBe('2026-12-19');
    expect(toLondonDate('2026-12-18T20:00-05')).toBe('2026-12-19');
  });

  it('reads a date-time without an offset as London local time', () => {
    expect(toLondonDate('2027-06-13T23:30:00')).toBe('2027-06-13');
    expect(toLondonDate('2027-06-13T23:30')).toBe('2027-06-13');
    expect(toLondonDate('2027-06-13 23:30')).toBe('2027-06-13');
  });

  it('changes to BST at 01:00 UTC on the last Sunday of March', () => {
    // 28 March 2027 is the last Sunday of March.
    expect(toLondonDateTime('2027-03-28T00:59:59Z')).toEqual({ date: '2027-03-28', time: '00:59' });
    expect(toLondonDateTime('2027-03-28T01:00:00Z')).toEqual({ date: '2027-03-28', time: '02:00' });
    expect(toLondonDateTime('2027-03-27T23:30:00Z')).toEqual({ date: '2027-03-27', time: '23:30' });
    expect(toLondonDateTime('2027-03-28T23:30:00Z')).toEqual({ date: '2027-03-29', time: '00:30' });
    // 21 March 2027 is a Sunday, but not the last one.
    expect(toLondonDateTime('2027-03-21T23:30:00Z')).toEqual({ date: '2027-03-21', time: '23:30' });
  });

  it('changes back to GMT at 01:00 UTC on the last Sunday of October', () => {
    // 31 October 2027 is the last Sunday of October.
    expect(toLondonDateTime('2027-10-30T23:30:00Z')).toEqual({ date: '2027-10-31', time: '00:30' });
    expect(toLondonDateTime('2027-10-31T00:59:00Z')).toEqual({ date: '2027-10-31', time: '01:59' });
    expect(toLondonDateTime('2027-10-31T01:00:00Z')).toEqual({ date: '2027-10-31', time: '01:00' });
    expect(toLondonDateTime('2027-10-31T23:30:00Z')).toEqual({ date: '2027-10-31', time: '23:30' });
    // 2026: last Sunday of October is the 25th.
    expect(toLondonDate('2026-10-24T23:30:00Z')).toBe('2026-10-25');
    expect(toLondonDate('2026-10-25T23:30:00Z')).toBe('2026-10-25');
  });

  it('rejects garbage, naming the field', () => {
    expect(() => toLondonDate('yesterday')).toThrow(
      'date: "yesterday" is not a date (YYYY-MM-DD) or an ISO 8601 date-time',
    );
    expect(() => toLondonDate('', 'receivedAt')).toThrow('receivedAt: required');
    expect(() => toLondonDate('2026-13-01')).toThrow('date: "2026-13-01" is not a real date (there is no month 13)');
    expect(() => toLondonDate('2026-02-30T10:00:00Z')).toThrow(/^date: .*February 2026 has 28 days/);
    for (const bad of [
      '2026-12-18T',
      '2026-12-18T25:00:00Z',
      '2026-12-18T24:00:00Z',
      '2026-12-18T10:60Z',
      '2026-12-18T10:00:00+1:00',
      '2026-12-18T10:00:00 Z',
      '2026-12-18T10:00:00Zjunk',
      '2026-12-18X10:00',
      'Fri Dec 18 2026',
    ]) {
      expect(() => toLondonDate(bad, 'receivedAt'), bad).toThrow(/^receivedAt: /);
    }
    expect(() => toLondonDate(1_797_000_000_000 as unknown as string, 'receivedAt')).toThrow(/^receivedAt: expected/);
  });
});

describe('toLondonDateTime: the forms of a time', () => {
  it('reads every form of time and offset it accepts', () => {
    expect(toLondonDateTime('2026-12-18t10:30')).toEqual({ date: '2026-12-18', time: '10:30' });
    expect(toLondonDateTime('2026-12-18T10:30:15,999z')).toEqual({ date: '2026-12-18', time: '10:30' });
    expect(toLondonDateTime('2026-12-18T23:30:00.5-01')).toEqual({ date: '2026-12-19', time: '00:30' });
    expect(toLondonDateTime('2026-12-18T10:30+0530')).toEqual({ date: '2026-12-18', time: '05:00' });
    expect(toLondonDateTime('2026-12-18T10:30-05:30')).toEqual({ date: '2026-12-18', time: '16:00' });
    // Only the first three digits of a fraction count.
    expect(toLondonDateTime('2027-03-28T00:59:59.99999Z')).toEqual({ date: '2027-03-28', time: '00:59' });
  });

  it('accepts exactly the date-times the documented pattern describes', () => {
    // The pattern is the specification; the code reads time parts by hand.
    const pattern = /^\d{4}-\d{2}-\d{2}(?:[Tt ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:[Zz]|[+-]([01]\d|2[0-3])(?::?[0-5]\d)?)?)?$/;
    const pieces = ['T', 't', ' ', '0', '1', '2', '3', '5', '9', ':', '.', ',', 'Z', 'z', '+', '-', '00', '23', '24', '59', '60', 'x'];
    const anyTime = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => `2026-06-01${parts.join('')}`);
    // Times near the edge of valid: numbers just past their limits, then perhaps cut short or
    // with a piece inserted.
    const two = fc.integer({ min: 0, max: 61 }).map((n) => String(n).padStart(2, '0'));
    const nearlyValidTime = fc
      .tuple(
        fc.constantFrom('T', 't', ' '),
        two,
        two,
        fc.option(fc.tuple(two, fc.option(fc.tuple(fc.constantFrom('.', ','), fc.constantFrom('', '5', '123', '99999'))))),
        fc.option(fc.tuple(fc.constantFrom('Z', 'z', '+', '-'), two, fc.constantFrom('', ':', '::'), fc.constantFrom('', '00', '59', '60', '5'))),
      )
      .map(([separator, hours, minutes, seconds, offset]) => {
        const secondsPart = seconds === null ? '' : `:${seconds[0]}${seconds[1] === null ? '' : seconds[1].join('')}`;
        const offsetPart = offset === null ? '' : offset[0].toUpperCase() === 'Z' ? offset[0] : offset.join('');
        return `2026-06-01${separator}${hours}:${minutes}${secondsPart}${offsetPart}`;
      });
    const edited = fc
      .tuple(nearlyValidTime, fc.nat(), fc.constantFrom('', ...pieces), fc.boolean())
      .map(([value, at, piece, cut]) => {
        const i = 10 + (at % (value.length - 9));
        return cut ? value.slice(0, i) : value.slice(0, i) + piece + value.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(anyTime, nearlyValidTime, edited), (value) => {
        let accepted = true;
        try {
          toLondonDateTime(value);
        } catch {
          accepted = false;
        }
        expect(accepted, value).toBe(pattern.test(value));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('isStrictIsoDateOrDateTime', () => {
  it('takes real dates and strict ISO 8601 date-times only', () => {
    for (const good of ['2026-12-18', '2028-02-29', '2026-12-18T16:05', '2026-12-18T16:05:00Z', '2026-08-29T11:00:00.123456789+01:00', '2026-12-18T23:59:59-14:00']) {
      expect(isStrictIsoDateOrDateTime(good), good).toBe(true);
    }
    for (const bad of ['2026-02-29', '0000-01-01', '2026-12-18t16:05', '2026-12-18 16:05', '2026-12-18T16:05z', '2026-12-18T16:05+0100', '2026-12-18T16:05+01', '2026-12-18T16:05:00,5', '2026-12-18T16:05:00.1234567890Z', '2026-12-18T16:05+15:00', '2026-12-18T24:00', '']) {
      expect(isStrictIsoDateOrDateTime(bad), bad).toBe(false);
    }
  });

  it('accepts dates and ISO 8601 date-times with or without offset; refuses impossible dates, times and offsets', () => {
    for (const ok of ['2026-12-18', '2026-12-18T16:05', '2026-12-18T16:05:00Z', '2026-08-29T11:00:00.123+01:00']) {
      expect(isStrictIsoDateOrDateTime(ok), ok).toBe(true);
    }
    for (const bad of ['2026-02-30T10:00', '2026-12-18T24:00', '2026-12-18T10:60', '2026-12-18T10:00+15:00', 'yesterday', '']) {
      expect(isStrictIsoDateOrDateTime(bad), bad).toBe(false);
    }
  });

  it('gives the same answer as the ISO 8601 pattern it replaced', () => {
    const pieces = ['T', 't', ' ', '0', '1', '2', '4', '5', '9', ':', '.', ',', 'Z', 'z', '+', '-', '00', '14', '15', '23', '24', '59', '60', '123456789'];
    const dates = fc.constantFrom('2026-06-01', '2028-02-29', '2027-02-29', '0000-01-01', '0001-01-01', '2026-13-01', '2026-6-01');
    const anyValue = fc.tuple(dates, fc.array(fc.constantFrom(...pieces), { maxLength: 12 })).map(([date, parts]) => date + parts.join(''));
    const nearlyStrict = fc
      .tuple(dates, fc.nat({ max: 25 }), fc.nat({ max: 61 }), fc.option(fc.nat({ max: 61 })), fc.constantFrom('', '.5', '.123456789', '.1234567890', ','), fc.constantFrom('', 'Z', 'z', '+14:00', '-14:59', '+15:00', '+01', '+0100', '-00:60'))
      .map(([date, h, m, sec, fraction, offset]) => {
        const two = (n: number) => String(n).padStart(2, '0');
        return `${date}T${two(h)}:${two(m)}${sec === null ? '' : `:${two(sec)}${fraction}`}${offset}`;
      });
    fc.assert(
      fc.property(fc.oneof(anyValue, nearlyStrict), (value) => {
        expect(isStrictIsoDateOrDateTime(value), value).toBe(byPattern(value));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('toLondonDateTime', () => {
  it('gives London local date and time, seconds dropped', () => {
    expect(toLondonDateTime('2026-08-29T10:00:00Z')).toEqual({ date: '2026-08-29', time: '11:00' });
    expect(toLondonDateTime('2026-08-29T11:00:00+01:00')).toEqual({ date: '2026-08-29', time: '11:00' });
    expect(toLondonDateTime('2026-12-18T16:05:59Z')).toEqual({ date: '2026-12-18', time: '16:05' });
    expect(toLondonDateTime('2026-12-22T10:30')).toEqual({ date: '2026-12-22', time: '10:30' });
  });

  it('gives no time for a bare date', () => {
    expect(toLondonDateTime('2026-12-22')).toEqual({ date: '2026-12-22', time: null });
  });
});

describe('londonOffsetMinutes', () => {
  it('is 60 in British Summer Time and 0 otherwise', () => {
    expect(londonOffsetMinutes(Date.UTC(2027, 5, 13, 23, 30))).toBe(60);
    expect(londonOffsetMinutes(Date.UTC(2026, 11, 18, 16, 5))).toBe(0);
    expect(londonOffsetMinutes(Date.UTC(2027, 2, 28, 1, 0))).toBe(60);
    expect(londonOffsetMinutes(Date.UTC(2027, 2, 28, 0, 59, 59, 999))).toBe(0);
    expect(londonOffsetMinutes(Date.UTC(2027, 9, 31, 0, 59, 59, 999))).toBe(60);
    expect(londonOffsetMinutes(Date.UTC(2027, 9, 31, 1, 0))).toBe(0);
  });

  it('agrees with the Europe/London zone of the runtime for instants 1996-2100', () => {
    // The runtime's tz data is only the test's oracle; the code does not use it.
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    const start = Date.UTC(1996, 0, 1);
    const end = Date.UTC(2100, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: start / 60_000, max: end / 60_000 }), (minute) => {
        const instant = minute * 60_000;
        const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
        const iso = new Date(instant).toISOString();
        expect(toLondonDateTime(iso)).toEqual({
          date: `${parts.year}-${parts.month}-${parts.day}`,
          time: `${parts.hour}:${parts.minute}`,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the runtime at every changeover 1996-2100, a minute either side', () => {
    const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', hour: '2-digit' });
    for (let year = 1996; year <= 2100; year++) {
      for (const month of [2, 9]) {
        for (let day = 24; day <= 31; day++) {
          for (const minutes of [59, 60]) {
            const instant = Date.UTC(year, month, day, 0, minutes);
            const londonHour = Number(format.format(instant));
            expect(londonHour - new Date(instant).getUTCHours(), new Date(instant).toISOString()).toBe(
              londonOffsetMinutes(instant) / 60,
            );
          }
        }
      }
    }
  });
});
