import { describe, expect, it } from 'vitest';
import { isWorkingDay } from './is-working-day.ts';

describe('isWorkingDay', () => {
  it('is false at weekends and true on ordinary weekdays', () => {
    expect(isWorkingDay('2026-12-18')).toBe(true); // Friday
    expect(isWorkingDay('2026-12-19')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-20')).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-21')).toBe(true); // Monday
  });

  it('is false on bank holidays and substitute days', () => {
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day, substitute
    expect(isWorkingDay('2027-12-27')).toBe(false); // Christmas Day, substitute
    expect(isWorkingDay('2027-12-28')).toBe(false); // Boxing Day, substitute
    expect(isWorkingDay('2027-12-29')).toBe(true);
  });

  it('uses the region’s own bank holidays', () => {
    expect(isWorkingDay('2027-01-04', 'scotland')).toBe(false); // 2nd January, substitute
    expect(isWorkingDay('2027-01-04', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2027-08-02', 'scotland')).toBe(false);
    expect(isWorkingDay('2027-08-30', 'scotland')).toBe(true);
    expect(isWorkingDay('2027-08-30', 'northern-ireland')).toBe(false);
    expect(isWorkingDay('2027-11-30', 'scotland')).toBe(false);
    expect(isWorkingDay('2027-03-29', 'scotland')).toBe(true); // Easter Monday is not a Scottish bank holiday
    expect(isWorkingDay('2027-03-17', 'northern-ireland')).toBe(false);
    expect(isWorkingDay('2027-07-12', 'northern-ireland')).toBe(false);
    expect(isWorkingDay('2027-07-12', 'england-and-wales')).toBe(true);
  });

  it('judges a date-time by its London date', () => {
    expect(isWorkingDay('2027-06-13T23:30:00Z')).toBe(true); // Monday 14 June 00:30 BST
    expect(isWorkingDay('2027-06-13T22:30:00Z')).toBe(false); // Sunday 23:30 BST
    expect(isWorkingDay('2026-12-24T23:30:00-01:00')).toBe(false); // Christmas Day 00:30 GMT
  });

  it('throws naming the field for a bad date or region', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(/^date: /);
    expect(() => isWorkingDay('next Tuesday')).toThrow(/^date: /);
    expect(() => isWorkingDay('')).toThrow('date: required');
    expect(() => isWorkingDay('2026-12-18', 'wales' as never)).toThrow(/^region: unknown region "wales"/);
    expect(() => isWorkingDay('1970-06-01')).toThrow(/^date: no bank holidays known for 1970/);
  });
});
