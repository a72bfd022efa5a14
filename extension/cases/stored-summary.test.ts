import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import type { TrackedCase } from './tracked-case.ts';
import { soonBefore, staleSummary, storedSummaryOf, summaryOn, summaryStamp } from './stored-summary.ts';
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
  it('keeps the dates the dashboard, badge and notifications read, stamped with the day and policy', () => {
    // Received Tuesday 15 December 2026, noise: Level 2, first contact within 2 working days (Thursday 17).
    const row = storedSummaryOf(tracked('OLD', '2026-12-15T09:00', { host: { ...tracked('OLD', '2026-12-15T09:00').host, parties: [{ role: 'reported', name: ' Flat 4  Tenant ' }] } }), policy, today);
    expect(row).toMatchObject({
      key: 'activeh:OLD',
      reference: 'OLD',
      officer: 'R. Whitlock',
      level: 'medium',
      levelKey: 'medium',
      group: 'open',
      next: { label: 'Contact the complainant', due: '2026-12-17' },
      region: 'england-and-wales',
      rank: '0|2026-12-17|OLD',
      stamp: summaryStamp(today, summaryBasis(policy)),
      opened: '2026-12-15',
      closed: null,
      party: 'flat 4 tenant',
      asb: true,
      hate: false,
    });
    expect(row.dated).toContainEqual({ label: 'Contact the complainant', due: '2026-12-17', owed: true });
    expect(row.rank < storedSummaryOf(tracked('NEW', '2027-01-20T09:00'), policy, today).rank).toBe(true);
  });

  it('puts a closed case last, and it is never "due soon"', () => {
    const row = storedSummaryOf(tracked('CLOSED', '2026-11-02T09:00', { closedAt: '2027-01-10' }), policy, today);
    expect(row).toMatchObject({ group: 'closed', next: null, closed: '2027-01-10', rank: '3|9999-12-31|CLOSED' });
    expect(summaryOn(row, today)).toMatchObject({ state: 'closed', stateLabel: 'Closed', soon: false, overdueCount: 0 });
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

describe('summaryOn: a row worked out once reads right on every later day', () => {
  // Worked out on the day it arrived, Tuesday 15 December 2026; first contact due Thursday 17.
  const row = storedSummaryOf(tracked('OLD', '2026-12-15T09:00'), policy, '2026-12-15');

  it('is open, due tomorrow, on Wednesday 16 December', () => {
    expect(summaryOn(row, '2026-12-16')).toMatchObject({ state: 'pending', stateLabel: 'Open', next: 'Contact the complainant: due tomorrow', soon: true, overdueCount: 0, dueTodayCount: 0 });
  });

  it('is due today on Thursday 17 December', () => {
    expect(summaryOn(row, '2026-12-17')).toMatchObject({
      state: 'due-today',
      stateLabel: 'Due today',
      next: 'Contact the complainant: due today',
      soon: true,
      overdueCount: 0,
      dueTodayCount: 1,
      alerts: ['Contact the complainant: due today'],
    });
  });

  it('is overdue by 1 working day on Friday 18 December', () => {
    expect(summaryOn(row, '2026-12-18')).toMatchObject({ state: 'overdue', stateLabel: 'Overdue', next: 'Contact the complainant: overdue by 1 working day. An explanation is owed: record why it was missed.', soon: true, overdueCount: 1 });
  });

  it('is overdue by 9 working days on Monday 4 January 2027 (Christmas, Boxing Day’s substitute and New Year’s Day do not count)', () => {
    const on = summaryOn(row, '2027-01-04');
    expect(on).toMatchObject({ state: 'overdue', next: 'Contact the complainant: overdue by 9 working days. An explanation is owed: record why it was missed.', soon: true });
    // And it says what a row worked out that morning says.
    expect(on).toEqual(summaryOn(storedSummaryOf(tracked('OLD', '2026-12-15T09:00'), policy, '2027-01-04'), '2027-01-04'));
  });

  it('is "due soon" from the 5th working day before its date, not the 6th', () => {
    // Due Thursday 17 December: Wednesday 9 December is 6 working days before, Thursday 10 December 5.
    expect(summaryOn(row, '2026-12-09').soon).toBe(false);
    expect(summaryOn(row, '2026-12-10')).toMatchObject({ soon: true, next: 'Contact the complainant: due in 5 working days (Thursday 17 December 2026)' });
  });
});

describe('soonBefore', () => {
  it('is the 6th working day after today, bank holidays skipped', () => {
    expect(soonBefore('2026-12-18', 'england-and-wales')).toBe('2026-12-30');
    expect(soonBefore('2026-12-09', 'england-and-wales')).toBe('2026-12-17');
    // Scotland: 1 and 4 January 2027 (2 January's substitute) are bank holidays; England and Wales only 1 January.
    expect(soonBefore('2026-12-31', 'scotland')).toBe('2027-01-12');
    expect(soonBefore('2026-12-31', 'england-and-wales')).toBe('2027-01-11');
  });
});

describe('staleSummary', () => {
  it('keeps the previous row to show, marked stale', () => {
    const previous = storedSummaryOf(tracked('OLD', '2026-12-15T09:00'), policy, today);
    const stale = staleSummary({ ...tracked('OLD', '2026-12-15T09:00'), officer: 'S. Haddad' }, previous);
    expect(stale).toMatchObject({ stamp: '', group: 'open', officer: 'S. Haddad' });
    expect(summaryOn(stale, today).stateLabel).toBe('Overdue');
  });

  it('says the deadlines are not worked out yet for a new case', () => {
    const stale = staleSummary(tracked('NEW', '2027-01-20T09:00', { level: 'high' }), undefined);
    expect(stale).toMatchObject({ stamp: '', levelKey: 'high', opened: '2027-01-20', group: 'open', next: null });
    expect(summaryOn(stale, today)).toMatchObject({ stateLabel: 'Open', next: 'Deadlines not worked out yet', soon: false });
  });
});
