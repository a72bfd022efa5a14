import { describe, expect, it } from 'vitest';
import { caseDeadlines } from './case-deadlines.ts';
import type { CaseDeadline } from './case-deadlines.ts';
import { describeDeadline } from './describe-deadline.ts';
import { testPolicy } from './test-policy.ts';

const policy = testPolicy({
  deadlines: [
    { id: 'first-contact', type: 'first-contact', label: 'Contact the complainant', completedBy: 'complainant-contacted', source: 'test' },
    { id: 'case-review', type: 'recurring', every: { workingDays: 10 }, label: 'Review the case', completedBy: 'case-reviewed', source: 'test' },
    {
      id: 'resolution-target',
      type: 'months-after-receipt',
      months: { high: null, medium: 4, low: 2 },
      label: 'Resolve the case',
      completedBy: 'case-closed',
      source: 'test',
    },
    {
      id: 'reply-window',
      type: 'wait-after-event',
      after: ['closure-letter-sent'],
      workingDays: 5,
      label: 'Complainant’s time to reply',
      completedBy: 'case-closed',
      source: 'test',
    },
  ],
});

/** Describes deadline `id` of a case received on `receivedAt`, as of `today`. */
function say(id: string, today: string, extra: { receivedAt?: string; level?: 'high' | 'medium' | 'low'; events?: { type: string; at: string }[] } = {}): string {
  const list = caseDeadlines(
    { reference: 'ASB-1', receivedAt: extra.receivedAt ?? '2026-12-24T16:05:00Z', level: extra.level ?? 'high', events: extra.events ?? [] },
    policy,
    { today },
  );
  const found = list.find((d) => d.id === id);
  if (!found) throw new Error(`no ${id}`);
  return describeDeadline(found, today);
}

describe('describeDeadline', () => {
  it('says due today on the due date', () => {
    expect(say('first-contact', '2026-12-29')).toBe('Contact the complainant: due today');
  });

  it('says due tomorrow on the calendar day before', () => {
    expect(say('first-contact', '2026-12-28')).toBe('Contact the complainant: due tomorrow');
  });

  it('counts working days and names the date further ahead', () => {
    // From Thursday 24 December: 29 December is 1 working day away but not tomorrow.
    expect(say('first-contact', '2026-12-24')).toBe('Contact the complainant: due in 1 working day (Tuesday 29 December 2026)');
    expect(say('case-review', '2026-12-24T18:00:00Z')).toBe('Review the case: due in 10 working days (Tuesday 12 January 2027)');
  });

  it('names the date alone when no working day comes before it', () => {
    // Low: 2 months from 31 December is Sunday 28 February; from Friday 26 February no working day is left.
    expect(say('resolution-target', '2027-02-26', { receivedAt: '2026-12-31', level: 'low' })).toBe(
      'Resolve the case: due Sunday 28 February 2027',
    );
  });

  it('says by how many working days it is overdue', () => {
    expect(say('first-contact', '2026-12-30')).toBe('Contact the complainant: overdue by 1 working day');
    expect(say('first-contact', '2027-01-04')).toBe('Contact the complainant: overdue by 3 working days');
  });

  it('names the date when it passed with no working day since', () => {
    // Low: 2 months from Sunday 27 December is Saturday 27 February; on Sunday 28 February it is overdue.
    expect(say('resolution-target', '2027-02-28', { receivedAt: '2026-12-27', level: 'low' })).toBe(
      'Resolve the case: overdue (due Saturday 27 February 2027)',
    );
    expect(say('resolution-target', '2027-03-01', { receivedAt: '2026-12-27', level: 'low' })).toBe(
      'Resolve the case: overdue by 1 working day',
    );
  });

  it('says met or met late', () => {
    expect(say('first-contact', '2027-01-05', { events: [{ type: 'complainant-contacted', at: '2026-12-29' }] })).toBe(
      'Contact the complainant: met',
    );
    // Due Tuesday 29 December 2026; met Wednesday 30 December: 1 working day after.
    expect(say('first-contact', '2027-01-05', { events: [{ type: 'complainant-contacted', at: '2026-12-30' }] })).toBe(
      'Contact the complainant: met late, 1 working day after the target',
    );
    // Met Monday 4 January 2027: 30, 31 December and 4 January (1 January a bank holiday).
    expect(say('first-contact', '2027-01-05', { events: [{ type: 'complainant-contacted', at: '2027-01-04T10:00:00Z' }] })).toBe(
      'Contact the complainant: met late, 3 working days after the target',
    );
  });

  it('says "met late" alone when the count is not known', () => {
    const d: CaseDeadline = { id: 'first-contact', label: 'Contact the reporter', due: '2026-12-29', status: 'met-late', metAt: '2026-12-30', workingDaysLeft: null, basis: 'test', kind: 'deadline', explanationOwed: false };
    expect(describeDeadline(d, '2027-01-05')).toBe('Contact the reporter: met late');
  });

  it('says when there is no fixed date', () => {
    expect(say('resolution-target', '2027-01-05')).toBe('Resolve the case (no fixed timescale): no fixed date');
  });

  it('says when a waiting period ends, has ended, or was cut short', () => {
    const letter = { type: 'closure-letter-sent', at: '2027-01-04' };
    expect(say('reply-window', '2027-01-06', { events: [letter] })).toBe(
      'Complainant’s time to reply: ends in 3 working days (Monday 11 January 2027)',
    );
    expect(say('reply-window', '2027-01-11', { events: [letter] })).toBe('Complainant’s time to reply: ends today');
    expect(say('reply-window', '2027-01-12', { events: [letter] })).toBe('Complainant’s time to reply: ended');
    expect(say('reply-window', '2027-01-12', { events: [letter, { type: 'case-closed', at: '2027-01-05' }] })).toMatch(
      /^Complainant’s time to reply: The case was closed on Tuesday 5 January 2027, before/,
    );
  });

  it('rejects a bad today, naming it', () => {
    const d: CaseDeadline = { id: 'x', label: 'X', due: '2027-01-04', status: 'pending', workingDaysLeft: 1, basis: 't', kind: 'deadline', explanationOwed: false };
    expect(() => describeDeadline(d, 'tomorrow')).toThrow(/^today: /);
  });

  describe('an explanation owed (Plus Dane: "An explanation will be recorded on the housing management system")', () => {
    const owing = testPolicy({
      deadlines: [{ id: 'first-contact', type: 'first-contact', label: 'Contact the reporter', completedBy: 'complainant-contacted', explanationRequired: true, source: 'test' }],
    });
    // Received Thursday 24 December 2026, high: due Tuesday 29 December.
    const of = (today: string, events: { type: string; at: string; deadline?: string; reason?: string }[] = []) =>
      caseDeadlines({ reference: 'PD-9', receivedAt: '2026-12-24T16:05:00Z', level: 'high', events }, owing, { today })[0]!;

    it('says so after a line met late, with how late', () => {
      const d = of('2027-01-05', [{ type: 'complainant-contacted', at: '2026-12-31T09:00:00Z' }]);
      expect(describeDeadline(d, '2027-01-05')).toBe('Contact the reporter: met late, 2 working days after the target. An explanation is owed: record why it was met late.');
    });

    it('says so after a line overdue', () => {
      expect(describeDeadline(of('2026-12-30'), '2026-12-30')).toBe('Contact the reporter: overdue by 1 working day. An explanation is owed: record why it was missed.');
    });

    it('says nothing more once the explanation is recorded, or when the view asks for it beside the line', () => {
      const explained = of('2027-01-05', [
        { type: 'complainant-contacted', at: '2026-12-31T09:00:00Z' },
        { type: 'explanation-recorded', at: '2027-01-04', deadline: 'first-contact', reason: 'The reporter was in hospital.' },
      ]);
      expect(describeDeadline(explained, '2027-01-05')).toBe('Contact the reporter: met late, 2 working days after the target');
      expect(describeDeadline(of('2026-12-30'), '2026-12-30', { explanation: false })).toBe('Contact the reporter: overdue by 1 working day');
    });
  });
});
