import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../types.ts';
import { addWorkingDays } from './add-working-days.ts';
import { workingDaysBetween } from './working-days-between.ts';

const DAY = 86_400_000;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const anyDate = fc
  .integer({ min: Date.UTC(1978, 0, 1) / DAY, max: Date.UTC(2199, 5, 30) / DAY })
  .map((day) => utcDate(day * DAY));
const anyRegion = fc.constantFrom(...REGIONS);

describe('workingDaysBetween', () => {
  it('counts working days after from, up to and including to', () => {
    expect(workingDaysBetween('2026-12-18', '2026-12-21')).toBe(1);
    expect(workingDaysBetween('2026-12-18', '2026-12-29')).toBe(5);
    expect(workingDaysBetween('2026-12-18', '2026-12-18')).toBe(0);
    expect(workingDaysBetween('2026-12-24', '2026-12-28')).toBe(0);
  });

  it('is negative when to is before from', () => {
    expect(workingDaysBetween('2026-12-29', '2026-12-18')).toBe(-5);
    expect(workingDaysBetween('2026-12-21', '2026-12-18')).toBe(-1);
    expect(workingDaysBetween('2026-12-28', '2026-12-24')).toBe(0); // +0, not -0
  });

  it('says how overdue a deadline is', () => {
    // Due Friday 18 December 2026; today Wednesday 23 December: overdue by 3 working days.
    expect(workingDaysBetween('2026-12-18', '2026-12-23')).toBe(3);
  });

  it('uses the region and London dates', () => {
    expect(workingDaysBetween('2026-12-31', '2027-01-05', 'scotland')).toBe(1);
    expect(workingDaysBetween('2026-12-31', '2027-01-05')).toBe(2);
    expect(workingDaysBetween('2027-06-11', '2027-06-13T23:30:00Z')).toBe(1);
  });

  it('throws naming the field', () => {
    expect(() => workingDaysBetween('soon', '2026-12-18')).toThrow(/^from: /);
    expect(() => workingDaysBetween('2026-12-18', '')).toThrow('to: required');
    expect(() => workingDaysBetween('2026-12-18', '2026-12-19', 'wales' as never)).toThrow(/^region: /);
    expect(() => workingDaysBetween('1970-01-01', '2026-12-19')).toThrow(/^from: no bank holidays known for 1970/);
  });

  it('inverts addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) = n', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 300 }), anyRegion, (date, n, region) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n, region), region)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('is antisymmetric and adds up across an intermediate date', () => {
    const base = Date.UTC(1978, 0, 1) / DAY;
    const anyDay = fc.integer({ min: base, max: Date.UTC(2200, 11, 31) / DAY }).map((day) => utcDate(day * DAY));
    fc.assert(
      fc.property(anyDay, anyDay, anyDay, anyRegion, (a, b, c, region) => {
        expect(workingDaysBetween(b, a, region) + workingDaysBetween(a, b, region)).toBe(0);
        expect(workingDaysBetween(a, b, region) + workingDaysBetween(b, c, region)).toBe(workingDaysBetween(a, c, region));
      }),
      { numRuns: 200 },
    );
  });
});
