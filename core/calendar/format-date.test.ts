import { describe, expect, it } from 'vitest';
import { formatDateLong, formatTime } from './format-date.ts';

describe('formatDateLong', () => {
  it('writes a date in words', () => {
    expect(formatDateLong('2026-12-22')).toBe('Tuesday 22 December 2026');
    expect(formatDateLong('2027-01-01')).toBe('Friday 1 January 2027');
    expect(formatDateLong('2028-02-29')).toBe('Tuesday 29 February 2028');
  });

  it('writes the London date of a date-time', () => {
    expect(formatDateLong('2027-06-13T23:30:00Z')).toBe('Monday 14 June 2027');
    expect(formatDateLong('2026-12-18T23:30:00Z')).toBe('Friday 18 December 2026');
  });

  it('throws naming the field', () => {
    expect(() => formatDateLong('2026-12-32', 'receivedAt')).toThrow(/^receivedAt: /);
    expect(() => formatDateLong('')).toThrow('date: required');
  });
});

describe('formatTime', () => {
  it('writes London time on the 12-hour clock', () => {
    expect(formatTime('2026-12-22T10:30:00Z')).toBe('10:30am');
    expect(formatTime('2026-12-22T16:05:00Z')).toBe('4:05pm');
    expect(formatTime('2026-12-22T12:00:00Z')).toBe('12:00pm');
    expect(formatTime('2026-12-22T00:15:00Z')).toBe('12:15am');
    expect(formatTime('2026-12-22T23:59:59Z')).toBe('11:59pm');
    expect(formatTime('2026-12-22T11:59')).toBe('11:59am');
  });

  it('converts to British Summer Time', () => {
    expect(formatTime('2026-08-29T10:00:00Z')).toBe('11:00am');
    expect(formatTime('2026-08-29T11:00:00+01:00')).toBe('11:00am');
    expect(formatTime('2026-08-29T23:30:00Z')).toBe('12:30am');
  });

  it('throws for a bare date or garbage, naming the field', () => {
    expect(() => formatTime('2026-12-22', 'appointmentAt')).toThrow(
      'appointmentAt: "2026-12-22" is a date without a time of day',
    );
    expect(() => formatTime('half past ten')).toThrow(/^dateTime: /);
  });
});
