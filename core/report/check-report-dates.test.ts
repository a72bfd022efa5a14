import { describe, expect, it } from 'vitest';
import { checkReportDates } from './check-report-dates.ts';

describe('checkReportDates', () => {
  const report = {
    started: { kind: 'date' as const, date: '2026-03-01' },
    diary: [
      { date: '2026-03-02', whatHappened: 'Shouting' },
      { date: '2026-03-09', whatHappened: 'Music' },
    ],
  };

  it('accepts dates up to and including today', () => {
    expect(checkReportDates(report, '2026-03-09')).toEqual([]);
  });

  it('names every date after today', () => {
    expect(checkReportDates(report, '2026-02-28')).toEqual([
      { path: 'started.date', message: 'The date it started must be today or in the past' },
      { path: 'diary[0].date', message: 'The date must be today or in the past' },
      { path: 'diary[1].date', message: 'The date must be today or in the past' },
    ]);
  });

  it('has nothing to check for approximate or unknown start dates and no diary', () => {
    expect(checkReportDates({ started: { kind: 'approximate', text: 'last summer' } }, '2020-01-01')).toEqual([]);
    expect(checkReportDates({ started: { kind: 'not-sure' } }, '2020-01-01')).toEqual([]);
  });

  it('throws when today is not a real date', () => {
    expect(() => checkReportDates(report, '2026-02-30')).toThrow(/^today: must be a real date/);
    expect(() => checkReportDates(report, '')).toThrow(/^today: /);
  });
});
