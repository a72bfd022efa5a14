import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../types.ts';
import type { Region } from '../types.ts';
import { addWorkingDays } from './add-working-days.ts';
import { isWorkingDay } from './is-working-day.ts';

const DAY = 86_400_000;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Any date from 1978 to mid-2199, made with Date.UTC, independently of the code under test. */
const anyDate = fc
  .integer({ min: Date.UTC(1978, 0, 1) / DAY, max: Date.UTC(2199, 5, 30) / DAY })
  .map((day) => utcDate(day * DAY));
const anyRegion = fc.constantFrom(...REGIONS);

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays('2026-12-18', 1)).toBe('2026-12-21');
    expect(addWorkingDays('2026-12-18', 5)).toBe('2026-12-29');
  });

  it('skips bank holidays and substitute days', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29'); // 25, 26 (Sat), 27, 28 (substitute)
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29'); // 27 and 28 both substitutes
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07'); // Good Friday, Easter Monday
  });

  it('never counts the start date, working day or not', () => {
    expect(addWorkingDays('2026-12-19', 1)).toBe('2026-12-21'); // from a Saturday
    expect(addWorkingDays('2026-12-20', 1)).toBe('2026-12-21'); // from a Sunday
    expect(addWorkingDays('2026-12-25', 1)).toBe('2026-12-29'); // from Christmas Day
  });

  it('returns the London date for n = 0, even when it is not a working day', () => {
    expect(addWorkingDays('2027-06-13T23:30:00Z', 0)).toBe('2027-06-14');
    expect(addWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
  });

  it('counts from the London date of a date-time', () => {
    expect(addWorkingDays('2027-06-13T23:30:00Z', 1)).toBe('2027-06-15');
    expect(addWorkingDays('2026-12-18T16:05:00Z', 1)).toBe('2026-12-21');
  });

  it('uses the region’s bank holidays', () => {
    // Scotland: 1 January (Fri) and 2nd January's substitute, Monday 4 January 2027.
    expect(addWorkingDays('2026-12-31', 1, 'scotland')).toBe('2027-01-05');
    expect(addWorkingDays('2026-12-31', 1, 'england-and-wales')).toBe('2027-01-04');
    // Summer bank holiday: first Monday of August in Scotland, last elsewhere.
    expect(addWorkingDays('2027-07-30', 1, 'scotland')).toBe('2027-08-03');
    expect(addWorkingDays('2027-07-30', 1)).toBe('2027-08-02');
    expect(addWorkingDays('2027-08-27', 1, 'scotland')).toBe('2027-08-30');
    expect(addWorkingDays('2027-08-27', 1, 'northern-ireland')).toBe('2027-08-31');
    // St Andrew's Day.
    expect(addWorkingDays('2027-11-29', 1, 'scotland')).toBe('2027-12-01');
    expect(addWorkingDays('2027-11-29', 1)).toBe('2027-11-30');
    // Northern Ireland: St Patrick's Day and the Battle of the Boyne.
    expect(addWorkingDays('2027-03-16', 1, 'northern-ireland')).toBe('2027-03-18');
    expect(addWorkingDays('2027-07-09', 1, 'northern-ireland')).toBe('2027-07-13');
    expect(addWorkingDays('2027-07-09', 1)).toBe('2027-07-12');
  });

  it('crosses into the next year', () => {
    expect(addWorkingDays('2026-12-24', 10)).toBe('2027-01-12');
  });

  it('rejects n that is not a whole number >= 0, naming n', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, undefined]) {
      expect(() => addWorkingDays('2026-12-18', bad as number), String(bad)).toThrow(/^n: expected a whole number/);
    }
  });

  it('rejects a bad date or region, naming it', () => {
    expect(() => addWorkingDays('2026-12-32', 1)).toThrow(/^date: /);
    expect(() => addWorkingDays('', 1)).toThrow('date: required');
    expect(() => addWorkingDays('2026-12-18', 1, 'wales' as Region)).toThrow(/^region: /);
    expect(() => addWorkingDays('2200-12-30', 5)).toThrow(/^n: no bank holidays known for 2201/);
    expect(() => addWorkingDays('1950-06-01', 1)).toThrow(/^date: no bank holidays known for 1950/);
    // The date itself never counts, so the last day before the known years is a valid start.
    expect(addWorkingDays('1977-12-31', 1)).toBe('1978-01-03');
  });

  it('agrees with a plain day-by-day count over gov.uk’s own list, 2019-2027', () => {
    const file = JSON.parse(
      readFileSync(new URL('./fixtures/gov-uk-bank-holidays-2019-2027.json', import.meta.url), 'utf8'),
    ) as Record<Region, { events: { date: string }[] }>;
    const oracle = (date: string, n: number, region: Region) => {
      const holidays = new Set(file[region].events.map((e) => e.date));
      let ms = Date.parse(`${date}T00:00:00Z`);
      for (let left = n; left > 0; ) {
        ms += DAY;
        const weekday = new Date(ms).getUTCDay();
        if (weekday !== 0 && weekday !== 6 && !holidays.has(utcDate(ms))) left--;
      }
      return utcDate(ms);
    };
    const dateIn2019To2027 = fc
      .integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2027, 9, 31) / DAY })
      .map((day) => utcDate(day * DAY));
    fc.assert(
      fc.property(dateIn2019To2027, fc.integer({ min: 0, max: 40 }), anyRegion, (date, n, region) => {
        expect(addWorkingDays(date, n, region)).toBe(oracle(date, n, region));
      }),
      { numRuns: 2000 },
    );
  });

  describe('properties, every region, 1978-2199', () => {
    it('lands on a working day strictly after the date when n >= 1', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 60 }), anyRegion, (date, n, region) => {
          const result = addWorkingDays(date, n, region);
          expect(isWorkingDay(result, region)).toBe(true);
          expect(result > date).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });

    it('lands exactly n working days later: n - 1 working days strictly between', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 30 }), anyRegion, (date, n, region) => {
          const result = addWorkingDays(date, n, region);
          let between = 0;
          for (let ms = Date.parse(`${date}T00:00:00Z`) + DAY; utcDate(ms) < result; ms += DAY) {
            if (isWorkingDay(utcDate(ms), region)) between++;
          }
          expect(between).toBe(n - 1);
        }),
        { numRuns: 300 },
      );
    });

    it('composes: (d + a) + b = d + (a + b) for all a, b >= 0, whether or not d is a working day', () => {
      // Counting always starts after the date and n = 0 is the identity, so this holds even for
      // a = 0 with d a weekend or holiday. What does NOT hold there is "d + 0 is a working day".
      fc.assert(
        fc.property(
          anyDate,
          fc.integer({ min: 0, max: 30 }),
          fc.integer({ min: 0, max: 30 }),
          anyRegion,
          (date, a, b, region) => {
            expect(addWorkingDays(addWorkingDays(date, a, region), b, region)).toBe(addWorkingDays(date, a + b, region));
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('treats a non-working date like the day before it: d + n = (d - 1 day) + n for n >= 1', () => {
      const nonWorking = fc
        .tuple(anyDate, anyRegion)
        .filter(([date, region]) => !isWorkingDay(date, region));
      fc.assert(
        fc.property(nonWorking, fc.integer({ min: 1, max: 30 }), ([date, region], n) => {
          const dayBefore = utcDate(Date.parse(`${date}T00:00:00Z`) - DAY);
          expect(addWorkingDays(date, n, region)).toBe(addWorkingDays(dayBefore, n, region));
          expect(addWorkingDays(date, 0, region)).toBe(date);
          expect(isWorkingDay(addWorkingDays(date, 0, region), region)).toBe(false);
        }),
        { numRuns: 500 },
      );
    });

    it('is monotonic: a later date never gives an earlier result', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 30 }), anyRegion, (date, gap, n, region) => {
          const later = utcDate(Date.parse(`${date}T00:00:00Z`) + gap * DAY);
          expect(addWorkingDays(later, n, region) >= addWorkingDays(date, n, region)).toBe(true);
        }),
        { numRuns: 500 },
      );
    });
  });
});
