import { describe, expect, it } from 'vitest';
import { teamNm01, type Nm01Facts } from './team-nm01.ts';

const held = (opened: string, extra: Partial<Nm01Facts> = {}): Nm01Facts => ({ opened, closed: null, party: '', asb: true, hate: false, ...extra });

// Seen on Sunday 6 December 2026: the 2026-27 reporting year (1 April 2026 to 31 March 2027).
const cases: Nm01Facts[] = [
  held('2026-04-01', { party: 'flat 4 tenant', closed: '2026-08-15' }), // first day: a case
  held('2026-03-31', { party: 'no. 12' }), // the year before, still open
  held('2026-05-10', { party: 'no. 12', hate: true }), // a further report in that open case: not a case
  held('2026-07-01', { hate: true }), // a hate case
  held('2026-08-01', { asb: false }), // outside the ASB policy: not counted
  held('2026-09-01', { party: 'flat 4 tenant' }), // the same party after the first case closed: a new case
  held('2027-03-31', { party: 'no. 30' }), // last day: a case
  held('2027-04-01'), // the next year
];

describe('teamNm01', () => {
  it('counts the ASB cases opened in the reporting year, hate cases among them, and further reports as part of their case', () => {
    expect(teamNm01(cases, 2400, '2026-12-06')).toEqual({
      year: { from: '2026-04-01', to: '2027-03-31', label: '2026-27' },
      figures: {
        asbCases: 4,
        hateCases: 1,
        furtherReports: 1,
        homes: 2400,
        asbPer1000: 1.67, // 4 / 2,400 × 1,000 = 1.666…
        hatePer1000: 0.42, // 1 / 2,400 × 1,000 = 0.416…
        from: '2026-04-01',
        to: '2027-03-31',
      },
      outsidePolicy: 1,
    });
  });

  it('gives counts without rates when the number of homes is not set', () => {
    expect(teamNm01(cases, null, '2026-12-06').figures).toMatchObject({ asbCases: 4, hateCases: 1, homes: null, asbPer1000: null, hatePer1000: null });
  });

  it('counts nothing from an empty browser', () => {
    expect(teamNm01([], 1500, '2027-05-01').figures).toMatchObject({ asbCases: 0, hateCases: 0, furtherReports: 0, asbPer1000: 0, from: '2027-04-01', to: '2028-03-31' });
  });
});
