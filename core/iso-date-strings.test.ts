import { describe, expect, it } from 'vitest';
import { daysInMonth, hasUtcOffset, isIsoDate, isIsoDateOrDateTime } from './iso-date-strings.ts';

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-3-1')).toBe(false);
    expect(isIsoDate('2026-03-01T10:00')).toBe(false);
  });
});

describe('isIsoDateOrDateTime', () => {
  it('accepts dates and ISO 8601 date-times with or without offset', () => {
    for (const ok of ['2026-12-18', '2026-12-18T16:05', '2026-12-18T16:05:00Z', '2026-08-29T11:00:00.123+01:00']) {
      expect(isIsoDateOrDateTime(ok)).toBe(true);
    }
  });

  it('refuses impossible dates, times and offsets', () => {
    for (const bad of ['2026-02-30T10:00', '2026-12-18T24:00', '2026-12-18T10:60', '2026-12-18T10:00+15:00', 'yesterday', '']) {
      expect(isIsoDateOrDateTime(bad)).toBe(false);
    }
  });
});

describe('hasUtcOffset and daysInMonth', () => {
  it('tells offset date-times from London local ones', () => {
    expect(hasUtcOffset('2027-06-13T23:30:00Z')).toBe(true);
    expect(hasUtcOffset('2027-06-13T23:30:00-05:00')).toBe(true);
    expect(hasUtcOffset('2027-06-13T23:30:00')).toBe(false);
    expect(hasUtcOffset('2027-06-13')).toBe(false);
  });

  it('knows leap years', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
  });
});
