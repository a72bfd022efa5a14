import { describe, expect, it } from 'vitest';
import { tsmReportingYear } from './tsm-reporting-year.ts';

describe('tsmReportingYear', () => {
  it('runs from 1 April to 31 March', () => {
    expect(tsmReportingYear('2026-12-06')).toEqual({ from: '2026-04-01', to: '2027-03-31', label: '2026-27' });
    expect(tsmReportingYear('2026-04-01')).toEqual({ from: '2026-04-01', to: '2027-03-31', label: '2026-27' });
    expect(tsmReportingYear('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31', label: '2026-27' });
    expect(tsmReportingYear('2027-04-01')).toEqual({ from: '2027-04-01', to: '2028-03-31', label: '2027-28' });
    expect(tsmReportingYear('2099-06-30')).toEqual({ from: '2099-04-01', to: '2100-03-31', label: '2099-00' });
  });

  it('refuses what is not a date, naming it', () => {
    expect(() => tsmReportingYear('6 December 2026')).toThrow('today: must be a date (YYYY-MM-DD)');
  });
});
