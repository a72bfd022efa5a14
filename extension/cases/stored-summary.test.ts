import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import type { TrackedCase } from './tracked-case.ts';
import { staleSummary, storedSummaryOf, summaryStamp } from './stored-summary.ts';
import { summaryBasis } from './summary-basis.ts';

const policy = policies.model!;
const today = '2027-01-20';

function tracked(reference: string, receivedAt: string, extra: Partial<TrackedCase> = {}): TrackedCase {
  return {
    key: `activeh:${reference}`,
    system: 'activeh',
    reference,
    host: {
      system: 'activeh',
      reference,
      receivedAt,
      recordedCategory: 'ASB - Noise',
      description: 'Loud music at night',
      parties: [],
      officer: 'R. Whitlock',
      logEntries: [],
      url: 'http://127.0.0.1:4310/',
    },
    firstSeenAt: `${receivedAt}:00Z`,
    lastSeenAt: `${receivedAt}:00Z`,
    level: null,
    flags: [],
    officer: 'R. Whitlock',
    missedReasons: {},
    riskAnswers: {},
    reportDates: [],
    closedAt: null,
    events: [],
    ...extra,
  };
}

describe('storedSummaryOf', () => {
  it('keeps what the dashboard, badge and notifications show, stamped with the day and policy', () => {
    const row = storedSummaryOf(tracked('OLD', '2026-12-15T09:00'), policy, today);
    expect(row).toMatchObject({
      key: 'activeh:OLD',
      reference: 'OLD',
      officer: 'R. Whitlock',
      level: 'medium',
      levelKey: 'medium',
      state: 'overdue',
      stateLabel: 'Overdue',
      soon: 1,
      stamp: summaryStamp(today, summaryBasis(policy)),
    });
    expect(row.next).toMatch(/^Contact the complainant: overdue by \d+ working days/);
    expect(row.overdueCount).toBeGreaterThan(0);
    expect(row.alerts[0]).toBe(row.next);
    expect(row.rank < storedSummaryOf(tracked('NEW', '2027-01-20T09:00'), policy, today).rank).toBe(true);
  });

  it('puts a closed case last and never "due soon"', () => {
    const row = storedSummaryOf(tracked('CLOSED', '2026-11-02T09:00', { closedAt: '2027-01-10' }), policy, today);
    expect(row).toMatchObject({ state: 'closed', stateLabel: 'Closed', soon: 0 });
    expect(row.rank.startsWith('5|')).toBe(true);
  });

  it('carries the ASB Case Review prompt when the threshold is near', () => {
    const row = storedSummaryOf(tracked('AGAIN', '2027-01-19T09:00', { reportDates: ['2026-12-01'] }), policy, today);
    expect(row.caseReviewPrompt).toMatch(/^This is the 2nd report in 6 months/);
  });

  it('changes its stamp with the day and the policy', () => {
    const a = storedSummaryOf(tracked('NEW', '2027-01-20T09:00'), policy, today);
    expect(storedSummaryOf(tracked('NEW', '2027-01-20T09:00'), policy, '2027-01-21').stamp).not.toBe(a.stamp);
    expect(storedSummaryOf(tracked('NEW', '2027-01-20T09:00'), policies['plus-dane']!, today).stamp).not.toBe(a.stamp);
    expect(summaryBasis({ ...policy })).toBe(summaryBasis(policy));
  });
});

describe('staleSummary', () => {
  it('keeps the previous row to show, marked stale', () => {
    const previous = storedSummaryOf(tracked('OLD', '2026-12-15T09:00'), policy, today);
    const stale = staleSummary({ ...tracked('OLD', '2026-12-15T09:00'), officer: 'S. Haddad' }, previous);
    expect(stale).toMatchObject({ stamp: '', stateLabel: 'Overdue', officer: 'S. Haddad' });
  });

  it('says the deadlines are not worked out yet for a new case', () => {
    const stale = staleSummary(tracked('NEW', '2027-01-20T09:00', { level: 'high' }), undefined);
    expect(stale).toMatchObject({ stamp: '', stateLabel: 'Open', next: 'Deadlines not worked out yet', levelKey: 'high', soon: 0 });
  });
});
