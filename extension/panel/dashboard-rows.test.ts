import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { summarizeCase } from '../cases/summarize-case.ts';
import type { TrackedCase } from '../storage/tracked-case.ts';
import { dashboardRows } from './dashboard-rows.ts';

const policy = policies.model!;
const today = '2027-01-20';

function tracked(reference: string, receivedAt: string, officer: string, extra: Partial<TrackedCase> = {}): TrackedCase {
  return {
    key: `activeh:${reference}`,
    system: 'activeh',
    reference,
    host: {
      system: 'activeh',
      reference,
      receivedAt,
      recordedCategory: 'ASB - Noise',
      description: extra.host?.description ?? 'Loud music at night',
      parties: [],
      officer,
      logEntries: [],
      url: 'http://127.0.0.1:4310/',
    },
    firstSeenAt: `${receivedAt}:00Z`,
    lastSeenAt: `${receivedAt}:00Z`,
    level: null,
    flags: [],
    officer,
    missedReasons: {},
    riskAnswers: {},
    reportDates: [],
    closedAt: null,
    events: [],
    ...extra,
  };
}

const summaries = [
  tracked('NEW', '2027-01-20T09:00', 'R. Whitlock'),
  tracked('CLOSED', '2026-11-02T09:00', 'R. Whitlock', { closedAt: '2027-01-10' }),
  tracked('OLDEST', '2026-11-02T09:00', 'S. Haddad'),
  tracked('OLD', '2026-12-15T09:00', 'R. Whitlock'),
  tracked('HATE', '2027-01-20T09:00', 'S. Haddad', {
    host: { ...tracked('HATE', '2027-01-20T09:00', 'S. Haddad').host, description: 'Racist abuse in the stairwell' },
  }),
].map((c) => summarizeCase(c, policy, today));

describe('dashboardRows', () => {
  it('puts overdue cases first, most overdue first, and closed cases last', () => {
    const rows = dashboardRows(summaries, { level: 'all', officer: 'all' }, today);
    expect(rows.map((r) => r.reference).slice(0, 2)).toEqual(['OLDEST', 'OLD']);
    expect(rows.map((r) => r.stateLabel).slice(0, 2)).toEqual(['Overdue', 'Overdue']);
    expect(rows.at(-1)?.reference).toBe('CLOSED');
    expect(rows.at(-1)?.stateLabel).toBe('Closed');
    expect(rows[0]?.next).toMatch(/overdue by \d+ working days/);
  });

  it('filters by officer and by level', () => {
    expect(dashboardRows(summaries, { level: 'all', officer: 'S. Haddad' }, today).map((r) => r.reference)).toEqual(['OLDEST', 'HATE']);
    const high = dashboardRows(summaries, { level: 'high', officer: 'all' }, today);
    expect(high.map((r) => r.reference)).toEqual(['HATE']);
    expect(high[0]?.levelLabel).toBe('Level 1 High Risk');
  });

  it('carries the ASB Case Review prompt when the threshold is near', () => {
    const near = summarizeCase(tracked('AGAIN', '2027-01-19T09:00', '', { reportDates: ['2026-12-01'] }), policy, today);
    const [row] = dashboardRows([near], { level: 'all', officer: 'all' }, today);
    expect(row?.caseReviewPrompt).toMatch(/^This is the 2nd report in 6 months/);
  });
});

describe('dashboardRows: due soon', () => {
  it('keeps only cases overdue or due within 5 working days', () => {
    const later = summarizeCase(
      tracked('LATER', '2027-01-20T09:00', 'R. Whitlock', {
        // Contact made, so the next deadline is weeks away.
        events: [
          { type: 'complainant-contacted', at: '2027-01-20T10:00', source: 'officer' },
          { type: 'acknowledgement-sent', at: '2027-01-20T10:00', source: 'officer' },
          { type: 'appointment-offered', at: '2027-01-20T10:00', source: 'officer' },
          { type: 'action-plan-produced', at: '2027-01-20T10:00', source: 'officer' },
          { type: 'case-log-updated', at: '2027-01-20T10:00', source: 'officer' },
        ] as never,
      }),
      policy,
      today,
    );
    const all = dashboardRows([...summaries, later], { level: 'all', officer: 'all' }, today).map((r) => r.reference);
    const soon = dashboardRows([...summaries, later], { level: 'all', officer: 'all', due: 'soon' }, today).map((r) => r.reference);
    expect(all).toContain('LATER');
    expect(soon).not.toContain('LATER');
    expect(soon).not.toContain('CLOSED');
    expect(soon).toEqual(expect.arrayContaining(['OLDEST', 'OLD', 'NEW', 'HATE']));
  });
});
