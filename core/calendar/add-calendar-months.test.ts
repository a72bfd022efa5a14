import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from './add-calendar-months.ts';

describe('addCalendarMonths', () => {
  it('adds calendar months, keeping the day of the month', () => {
    expect(addCalendarMonths('2026-12-18', 2)).toBe('2027-02-18');
    expect(addCalendarMonths('2026-12-18', 4)).toBe('2027-04-18');
    expect(addCalendarMonths('2026-12-18', 0)).toBe('2026-12-18');
    expect(addCalendarMonths('2026-01-15', 24)).toBe('2028-01-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addCalendarMonths('2027-01-31', 3)).toBe('2027-04-30');
    expect(addCalendarMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('does not move to a working day', () => {
    expect(addCalendarMonths('2026-10-25', 2)).toBe('2026-12-25');
    expect(addCalendarMonths('2027-02-19', 2)).toBe('2027-04-19');
  });

  it('counts back for negative months', () => {
    expect(addCalendarMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-01-15', -13)).toBe('2025-12-15');
  });

  it('starts from the London date of a date-time', () => {
    expect(addCalendarMonths('2027-06-30T23:30:00Z', 1)).toBe('2027-08-01');
    expect(addCalendarMonths('2026-12-31T23:30:00Z', 2)).toBe('2027-02-28');
  });

  it('throws naming the field', () => {
    expect(() => addCalendarMonths('2026-12-18', 1.5)).toThrow(/^months: /);
    expect(() => addCalendarMonths('2026-12-18', Number.NaN)).toThrow(/^months: /);
    expect(() => addCalendarMonths('2026-12-18', '2' as unknown as number)).toThrow(/^months: /);
    expect(() => addCalendarMonths('2026-02-29', 1)).toThrow(/^date: /);
  });
});
