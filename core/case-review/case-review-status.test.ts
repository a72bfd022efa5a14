import { describe, expect, it } from 'vitest';
import { caseReviewStatus } from './case-review-status.ts';

const policy = {
  caseReview: { threshold: 3, windowMonths: 6, promptAtReport: 2, source: 'Test policy, ASB Case Review' },
};

describe('caseReviewStatus', () => {
  it('is quiet after one report', () => {
    const status = caseReviewStatus({ reportDates: ['2026-07-01'], today: '2026-08-03' }, policy);
    expect(status).toMatchObject({ qualifyingReports: 1, threshold: 3, windowStart: '2026-02-03', met: false, near: false, prompt: null });
    expect(status.reasons[0]).toContain('Test policy, ASB Case Review');
  });

  it('prompts officers to explain the Case Review at the second report', () => {
    const status = caseReviewStatus({ reportDates: ['2026-05-04', '2026-07-20T09:30:00+01:00'], today: '2026-08-03' }, policy);
    expect(status.near).toBe(true);
    expect(status.met).toBe(false);
    expect(status.prompt).toBe(
      'This is the 2nd report in 6 months. Explain the ASB Case Review (Community Trigger): a 3rd report in 6 months lets the resident ask for a review.',
    );
  });

  it('says the threshold is met at the third report in the window', () => {
    const status = caseReviewStatus({ reportDates: ['2026-02-03', '2026-05-04', '2026-08-03'], today: '2026-08-03' }, policy);
    expect(status).toMatchObject({ qualifyingReports: 3, met: true, near: false });
    expect(status.prompt).toBe(
      'The ASB Case Review threshold is met: 3 reports in 6 months. Tell the resident they can ask the council for a Case Review, and how.',
    );
  });

  it('counts the window from today minus the months, both ends included', () => {
    const status = caseReviewStatus({ reportDates: ['2026-02-02', '2026-02-03', '2026-08-03'], today: '2026-08-03' }, policy);
    expect(status.qualifyingReports).toBe(2);
    expect(status.reasons.join(' ')).toContain('1 earlier report (before 2026-02-03)');
  });

  it('clamps the window start to the end of a shorter month', () => {
    expect(caseReviewStatus({ reportDates: [], today: '2026-08-31' }, policy).windowStart).toBe('2026-02-28');
  });

  it('ignores reports after today, reading date-times as London dates', () => {
    // 23:30 UTC on 3 August is 00:30 on 4 August in London (BST).
    const status = caseReviewStatus({ reportDates: ['2026-07-01', '2026-08-03T23:30:00Z', '2026-09-01'], today: '2026-08-03' }, policy);
    expect(status.qualifyingReports).toBe(1);
    expect(status.reasons.join(' ')).toContain('2 reports dated after today (2026-08-03) are not counted');
  });

  it('follows the policy: a 4-report threshold prompts from the 3rd', () => {
    const status = caseReviewStatus(
      { reportDates: ['2026-06-01', '2026-07-01', '2026-08-01'], today: '2026-08-03' },
      { caseReview: { threshold: 4, windowMonths: 2, promptAtReport: 3, source: 'Local policy' } },
    );
    expect(status.qualifyingReports).toBe(2);
    expect(status.near).toBe(false);
    const wider = caseReviewStatus(
      { reportDates: ['2026-06-01', '2026-07-01', '2026-08-01'], today: '2026-08-03' },
      { caseReview: { threshold: 4, windowMonths: 3, promptAtReport: 3, source: 'Local policy' } },
    );
    expect(wider.prompt).toBe(
      'This is the 3rd report in 3 months. Explain the ASB Case Review (Community Trigger): a 4th report in 3 months lets the resident ask for a review.',
    );
  });

  it('names the offending field', () => {
    expect(() => caseReviewStatus({ reportDates: ['2026-07-01', 'last week'], today: '2026-08-03' }, policy)).toThrow(/^reportDates\[1\]: /);
    expect(() => caseReviewStatus({ reportDates: [''], today: '2026-08-03' }, policy)).toThrow('reportDates[0]: is required');
    expect(() => caseReviewStatus({ reportDates: [], today: '2026-02-30' }, policy)).toThrow(/^today: /);
    expect(() =>
      caseReviewStatus({ reportDates: [], today: '2026-08-03' }, { caseReview: { ...policy.caseReview, threshold: 0 } }),
    ).toThrow('caseReview.threshold: must be 1 or more');
    expect(() =>
      caseReviewStatus({ reportDates: [], today: '2026-08-03' }, { caseReview: { ...policy.caseReview, promptAtReport: 4 } }),
    ).toThrow('caseReview.promptAtReport: must not be more than caseReview.threshold');
  });
});
