import { describe, expect, it } from 'vitest';
import { policies } from '../policies/policies.ts';
import { policySchema } from '../policy/policy-schema.ts';
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

describe('caseReviewStatus: the 2025 statutory guidance', () => {
  const guided = { caseReview: { ...policy.caseReview, qualifyingWithinMonths: 1 } };

  it('counts a report made within 1 month of the incident, to the same date', () => {
    // Incident 2 June: a report up to 2 July qualifies; one on 20 July does not.
    const status = caseReviewStatus(
      {
        reportDates: [
          { reportedAt: '2026-07-02', incidentAt: '2026-06-02' },
          { reportedAt: '2026-07-20T09:30:00+01:00', incidentAt: '2026-06-02' },
          '2026-07-28',
        ],
        today: '2026-08-03',
      },
      guided,
    );
    expect(status).toMatchObject({ qualifyingReports: 2, lateReports: 1, met: false, near: true, explain: true });
    expect(status.reasons).toContain(
      '1 report made more than 1 month after the incident does not count: a qualifying complaint is made within 1 month of the incident.',
    );
  });

  it('clamps the month at its end: an incident on 31 January can be reported up to 28 February', () => {
    const on = caseReviewStatus({ reportDates: [{ reportedAt: '2027-02-28', incidentAt: '2027-01-31' }], today: '2027-03-01' }, guided);
    const after = caseReviewStatus({ reportDates: [{ reportedAt: '2027-03-01', incidentAt: '2027-01-31' }], today: '2027-03-01' }, guided);
    expect([on.qualifyingReports, after.qualifyingReports]).toEqual([1, 0]);
  });

  it('counts every report when the rule sets no qualifying period', () => {
    const status = caseReviewStatus({ reportDates: [{ reportedAt: '2026-07-20', incidentAt: '2026-01-02' }], today: '2026-08-03' }, policy);
    expect(status).toMatchObject({ qualifyingReports: 1, lateReports: 0 });
  });

  it('refuses an incident after its report, naming the field', () => {
    expect(() =>
      caseReviewStatus({ reportDates: ['2026-07-01', { reportedAt: '2026-07-20', incidentAt: '2026-07-21' }], today: '2026-08-03' }, guided),
    ).toThrow('reportDates[1].incidentAt: must not be after the report (2026-07-20), not 2026-07-21');
  });

  it('tells officers to explain the Case Review at the second report in 6 months, and a lower local threshold is met sooner', () => {
    const second = caseReviewStatus({ reportDates: ['2026-03-10', '2026-08-01'], today: '2026-08-03' }, guided);
    expect(second).toMatchObject({ explain: true, near: true, met: false });
    const local = caseReviewStatus(
      { reportDates: ['2026-03-10', '2026-08-01'], today: '2026-08-03' },
      { caseReview: { ...guided.caseReview, threshold: 2, source: 'Stockport Council local threshold' } },
    );
    expect(local).toMatchObject({ explain: true, met: true, near: false });
    expect(local.prompt).toBe(
      'The ASB Case Review threshold is met: 2 reports in 6 months. Tell the resident they can ask the council for a Case Review, and how.',
    );
    // A report on 2 February 2026 is outside the 6 months to 3 August (window from 3 February).
    expect(caseReviewStatus({ reportDates: ['2026-02-02', '2026-08-01'], today: '2026-08-03' }, guided).explain).toBe(false);
  });
});

describe.each(['co-op-homes', 'plus-dane', 'model'])('the ASB Case Review in the %s preset', (id) => {
  const preset = policies[id]!;

  it('states the local threshold, the 2025 guidance and, where the seed predates it, says so', () => {
    expect(preset.caseReview).toMatchObject({ threshold: 3, windowMonths: 6, promptAtReport: 2, qualifyingWithinMonths: 1 });
    expect(preset.caseReview.source).toContain('ASB Case Review statutory guidance (Home Office, 2025)');
    expect(preset.caseReview.decided).toMatch(/predate|before the 2025 guidance/);
  });

  it('explains the Case Review at a second qualifying report, not at a late one', () => {
    const input = (incidentAt: string) => ({
      reportDates: ['2026-06-01', { reportedAt: '2026-07-20', incidentAt }],
      today: '2026-08-03',
    });
    expect(caseReviewStatus(input('2026-07-01'), preset).explain).toBe(true);
    expect(caseReviewStatus(input('2026-06-19'), preset).explain).toBe(false);
  });

  it('takes a lower local threshold, but never more than the law\u2019s 3 complaints in 6 months', () => {
    const with_ = (caseReview: object) => policySchema.safeParse({ ...preset, caseReview: { ...preset.caseReview, ...caseReview } });
    expect(with_({ threshold: 2, promptAtReport: 2 }).success).toBe(true);
    expect(with_({ threshold: 4 }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'caseReview.threshold: must be 3 or fewer: the law sets at most 3 complaints in 6 months',
    ]);
    expect(with_({ windowMonths: 3 }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'caseReview.windowMonths: must be 6 or more: the law counts complaints over at least 6 months',
    ]);
  });
});
