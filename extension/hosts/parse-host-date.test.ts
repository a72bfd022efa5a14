import { describe, expect, it } from 'vitest';
import { parseHostDateTime, parseHostTime } from './parse-host-date.ts';

describe('parseHostDateTime', () => {
  it.each([
    ['18/12/2026 16:05', undefined, '2026-12-18T16:05'],
    ['18/12/2026', undefined, '2026-12-18'],
    ['1/2/2027 09:30', undefined, '2027-02-01T09:30'],
    ['18 Dec 2026', '4:05pm', '2026-12-18T16:05'],
    ['18 Dec 2026', undefined, '2026-12-18'],
    ['Fri 18 December 2026', '12:10am', '2026-12-18T00:10'],
    ['3rd Sept 2027', '12pm', '2027-09-03T12:00'],
    ['18 Dec 2026 4:05pm', undefined, '2026-12-18T16:05'],
    ['2026-12-18T16:05', undefined, '2026-12-18T16:05'],
    ['2026-12-18', '16:05', '2026-12-18T16:05'],
  ])('reads %s (time %s) as %s', (text, time, expected) => {
    expect(parseHostDateTime(text, 'receivedAt', time)).toBe(expected);
  });

  it('reads day first, as UK systems print dates', () => {
    expect(parseHostDateTime('03/04/2027', 'receivedAt')).toBe('2027-04-03');
  });

  it('names the field for a date that does not exist', () => {
    expect(() => parseHostDateTime('29/02/2027', 'receivedAt')).toThrow('receivedAt: "29/02/2027" is not a real date');
  });

  it('names the field for text that is not a date', () => {
    expect(() => parseHostDateTime('next Tuesday', 'logEntries[2].at')).toThrow('logEntries[2].at: "next Tuesday" is not a date');
    expect(() => parseHostDateTime('18 Decoy 2026', 'receivedAt')).toThrow('receivedAt:');
  });

  it('treats an empty date as missing', () => {
    expect(() => parseHostDateTime('  ', 'receivedAt')).toThrow('receivedAt: is required');
  });

  it('names the field for a time that is not a time', () => {
    expect(() => parseHostDateTime('18 Dec 2026', 'receivedAt', '25:00')).toThrow('receivedAt: "25:00" is not a time');
  });
});

describe('parseHostTime', () => {
  it('reads 12-hour and 24-hour times', () => {
    expect(parseHostTime('4:05pm')).toBe('16:05');
    expect(parseHostTime('12:30 a.m.')).toBe('00:30');
    expect(parseHostTime('12pm')).toBe('12:00');
    expect(parseHostTime('09.15')).toBe('09:15');
    expect(parseHostTime('13pm')).toBeNull();
  });
});
