import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '../policy/policy-schema.ts';
import { caseDeadlines } from './case-deadlines.ts';
import type { CaseDeadline } from './case-deadlines.ts';
import { policies } from '../policies/policies.ts';
import type { CaseEvent } from './read-case.ts';
import { testPolicy } from './test-policy.ts';

type RuleInput = PolicyInput['deadlines'][number];

const firstContact: RuleInput = {
  id: 'first-contact',
  type: 'first-contact',
  label: 'Contact the complainant',
  completedBy: 'complainant-contacted',
  source: '002 Co-op Homes procedure, 2.3',
};

/** The entry with this id, failing the test when it is missing. */
function entry(list: CaseDeadline[], id: string): CaseDeadline {
  const found = list.find((d) => d.id === id);
  if (!found) throw new Error(`no deadline "${id}" in ${JSON.stringify(list.map((d) => d.id))}`);
  return found;
}

describe('caseDeadlines: first contact', () => {
  const policy = testPolicy({ deadlines: [firstContact] });

  it('counts 1 working day for high over Christmas, skipping Christmas Day and the Boxing Day substitute', () => {
    const [d] = caseDeadlines(
      { reference: 'ASB-1', receivedAt: '2026-12-24T16:05:00Z', level: 'high' },
      policy,
      { today: '2026-12-24' },
    );
    expect(d).toEqual({
      id: 'first-contact',
      label: 'Contact the complainant',
      due: '2026-12-29',
      status: 'pending',
      workingDaysLeft: 1,
      basis: '002 Co-op Homes procedure, 2.3',
      kind: 'deadline',
      explanationOwed: false,
    });
  });

  it('counts 2 working days for medium and low', () => {
    for (const level of ['medium', 'low'] as const) {
      const [d] = caseDeadlines({ reference: 'ASB-1', receivedAt: '2026-12-24T16:05:00Z', level }, policy, {
        today: '2026-12-24',
      });
      expect(d?.due).toBe('2026-12-30');
    }
  });

  it('takes the London date of a date-time: late Sunday in UTC is Monday in London', () => {
    const [d] = caseDeadlines({ reference: 'ASB-1', receivedAt: '2027-06-13T23:30:00Z', level: 'high' }, policy, {
      today: '2027-06-14',
    });
    // Received Monday 14 June (00:30 BST), so due Tuesday 15 June, not Monday 14.
    expect(d?.due).toBe('2027-06-15');
  });

  it('uses the policy region: 2 January is a bank holiday in Scotland only', () => {
    const c = { reference: 'ASB-1', receivedAt: '2026-12-31T10:00:00Z', level: 'high' as const };
    // 1 January 2027 is a Friday; Scotland's 2 January (a Saturday) moves to Monday 4 January.
    expect(caseDeadlines(c, policy, { today: '2026-12-31' })[0]?.due).toBe('2027-01-04');
    const scotland = testPolicy({ region: 'scotland', deadlines: [firstContact] });
    expect(caseDeadlines(c, scotland, { today: '2026-12-31' })[0]?.due).toBe('2027-01-05');
  });

  it('is met when the complainant was contacted on or before the due date', () => {
    const [d] = caseDeadlines(
      {
        reference: 'ASB-1',
        receivedAt: '2026-12-24T16:05:00Z',
        level: 'high',
        events: [{ type: 'complainant-contacted', at: '2026-12-29T23:30:00Z' }], // still 29 December in London (GMT)
      },
      policy,
      { today: '2027-01-05' },
    );
    expect(d).toMatchObject({ status: 'met', metAt: '2026-12-29', workingDaysLeft: null });
  });

  it('is met late when the contact came after the due date', () => {
    const [d] = caseDeadlines(
      {
        reference: 'ASB-1',
        receivedAt: '2027-06-14T09:00:00+01:00',
        level: 'high',
        events: [{ type: 'complainant-contacted', at: '2027-06-15T23:30:00Z' }], // 00:30 BST on 16 June
      },
      policy,
      { today: '2027-06-20' },
    );
    expect(d).toMatchObject({ due: '2027-06-15', status: 'met-late', metAt: '2027-06-16', workingDaysLeft: null });
  });

  it('is pending on the due date and overdue the day after, counting working days late', () => {
    const c = { reference: 'ASB-1', receivedAt: '2026-12-24T16:05:00Z', level: 'high' as const };
    expect(caseDeadlines(c, policy, { today: '2026-12-29' })[0]).toMatchObject({ status: 'pending', workingDaysLeft: 0 });
    expect(caseDeadlines(c, policy, { today: '2026-12-30' })[0]).toMatchObject({ status: 'overdue', workingDaysLeft: -1 });
    // 30, 31 December and 4 January are working days after the 29th; 1 January is a bank holiday.
    expect(caseDeadlines(c, policy, { today: '2027-01-04T12:00:00Z' })[0]).toMatchObject({
      status: 'overdue',
      workingDaysLeft: -3,
    });
  });

  it('is completed by the first contact after receipt, so a later one cannot repair a late one', () => {
    const [d] = caseDeadlines(
      {
        reference: 'ASB-1',
        receivedAt: '2026-12-24',
        level: 'high',
        events: [
          { type: 'complainant-contacted', at: '2027-01-05' },
          { type: 'complainant-contacted', at: '2026-12-30' },
        ],
      },
      policy,
      { today: '2027-01-06' },
    );
    expect(d).toMatchObject({ status: 'met-late', metAt: '2026-12-30' });
  });

  it('ignores events dated before receipt', () => {
    const [d] = caseDeadlines(
      {
        reference: 'ASB-1',
        receivedAt: '2026-12-24T16:05:00Z',
        level: 'high',
        events: [{ type: 'complainant-contacted', at: '2026-12-23T10:00:00Z' }],
      },
      policy,
      { today: '2026-12-30' },
    );
    expect(d).toMatchObject({ status: 'overdue', workingDaysLeft: -1 });
    expect(d?.metAt).toBeUndefined();
  });

  it('counts a contact earlier on the day of receipt (same London date)', () => {
    const [d] = caseDeadlines(
      {
        reference: 'ASB-1',
        receivedAt: '2026-12-24T16:05:00Z',
        level: 'high',
        events: [{ type: 'complainant-contacted', at: '2026-12-24T09:00:00Z' }],
      },
      policy,
      { today: '2026-12-24' },
    );
    expect(d).toMatchObject({ status: 'met', metAt: '2026-12-24' });
  });
});

describe('caseDeadlines: working days after receipt', () => {
  it('counts working days from receipt (appointment in 5 over Christmas and New Year)', () => {
    const policy = testPolicy({
      deadlines: [
        {
          id: 'appointment-offered',
          type: 'working-days-after-receipt',
          workingDays: 5,
          label: 'Offer an appointment',
          completedBy: 'appointment-offered',
          source: '002, 2.3',
        },
      ],
    });
    const [d] = caseDeadlines({ reference: 'ASB-1', receivedAt: '2026-12-24T16:05:00Z', level: 'low' }, policy, {
      today: '2026-12-24',
    });
    // 29, 30, 31 December, 4 and 5 January.
    expect(d).toMatchObject({ id: 'appointment-offered', due: '2027-01-05', status: 'pending', workingDaysLeft: 5 });
  });

  it('takes the number for the level, and leaves the entry out for a level with null', () => {
    const policy = testPolicy({
      deadlines: [
        {
          id: 'home-visit',
          type: 'working-days-after-receipt',
          workingDays: { high: 3, medium: 10, low: null },
          label: 'Visit the complainant',
          completedBy: 'home-visited',
          source: 'test',
        },
      ],
    });
    const c = { reference: 'ASB-1', receivedAt: '2027-03-01' };
    expect(caseDeadlines({ ...c, level: 'high' }, policy, { today: '2027-03-01' })[0]?.due).toBe('2027-03-04');
    expect(caseDeadlines({ ...c, level: 'medium' }, policy, { today: '2027-03-01' })[0]?.due).toBe('2027-03-15');
    expect(caseDeadlines({ ...c, level: 'low' }, policy, { today: '2027-03-01' })).toEqual([]);
  });
});

describe('caseDeadlines: months after receipt', () => {
  const policy = testPolicy({
    deadlines: [
      {
        id: 'resolution-target',
        type: 'months-after-receipt',
        months: { high: null, medium: 4, low: 2 },
        label: 'Resolve the case',
        completedBy: 'case-closed',
        source: '002 Co-op Homes procedure, 1.2',
      },
    ],
  });

  it('clamps to the end of the month and does not move to a working day (31 December + 2 months)', () => {
    const [d] = caseDeadlines({ reference: 'ASB-1', receivedAt: '2026-12-31T15:00:00Z', level: 'low' }, policy, {
      today: '2027-01-04',
    });
    expect(d).toMatchObject({ due: '2027-02-28', status: 'pending', label: 'Resolve the case' }); // a Sunday
  });

  it('gives medium 4 months', () => {
    const [d] = caseDeadlines({ reference: 'ASB-1', receivedAt: '2026-12-31', level: 'medium' }, policy, {
      today: '2027-01-04',
    });
    expect(d?.due).toBe('2027-04-30');
  });

  it('gives high no date, says so in the label, and is met once the case is closed', () => {
    const c = { reference: 'ASB-1', receivedAt: '2026-12-31', level: 'high' as const };
    expect(caseDeadlines(c, policy, { today: '2028-01-01' })[0]).toMatchObject({
      due: null,
      status: 'pending',
      workingDaysLeft: null,
      label: 'Resolve the case (no fixed timescale)',
    });
    const closed = caseDeadlines({ ...c, events: [{ type: 'case-closed', at: '2027-09-01' }] }, policy, {
      today: '2028-01-01',
    });
    expect(closed[0]).toMatchObject({ due: null, status: 'met', metAt: '2027-09-01' });
  });

  it('is overdue the day after the target date', () => {
    const [d] = caseDeadlines({ reference: 'ASB-1', receivedAt: '2026-12-31', level: 'low' }, policy, {
      today: '2027-03-01',
    });
    // Due Sunday 28 February; Monday 1 March is the first working day after it.
    expect(d).toMatchObject({ status: 'overdue', workingDaysLeft: -1 });
  });
});

describe('caseDeadlines: recurring', () => {
  const policy = testPolicy({
    deadlines: [
      {
        id: 'case-review',
        type: 'recurring',
        every: { workingDays: 10 },
        label: 'Review the case',
        completedBy: 'case-reviewed',
        source: '002 Co-op Homes procedure, 3.3',
      },
      {
        id: 'manager-review',
        type: 'recurring',
        every: { months: 1 },
        label: 'Housing Manager reviews progress',
        completedBy: 'manager-reviewed',
        source: '002 Co-op Homes procedure, 3.4',
      },
    ],
  });
  const c = { reference: 'ASB-1', receivedAt: '2026-12-18T16:05:00Z', level: 'medium' as const };

  it('is due 10 working days after receipt until the first review', () => {
    const list = caseDeadlines(c, policy, { today: '2026-12-21' });
    // 21, 22, 23, 24, 29, 30, 31 December, 4, 5, 6 January.
    expect(entry(list, 'case-review')).toEqual({
      id: 'case-review',
      label: 'Review the case',
      due: '2027-01-06',
      status: 'pending',
      workingDaysLeft: 9,
      basis: '002 Co-op Homes procedure, 3.3',
      kind: 'recurring',
      explanationOwed: false,
    });
  });

  it('is the next review: 10 working days after the latest case-reviewed, whatever order events come in', () => {
    const list = caseDeadlines(
      {
        ...c,
        events: [
          { type: 'case-reviewed', at: '2027-01-04T10:00:00Z' },
          { type: 'case-reviewed', at: '2026-12-30T10:00:00Z' },
        ],
      },
      policy,
      { today: '2027-01-05' },
    );
    expect(entry(list, 'case-review')).toMatchObject({ due: '2027-01-18', status: 'pending', metAt: '2027-01-04' });
  });

  it('is overdue, never met late, when the next review is missed', () => {
    const list = caseDeadlines({ ...c, events: [{ type: 'case-reviewed', at: '2027-01-04' }] }, policy, {
      today: '2027-01-20',
    });
    expect(entry(list, 'case-review')).toMatchObject({ due: '2027-01-18', status: 'overdue', workingDaysLeft: -2 });
  });

  it('ignores reviews dated after today and before receipt', () => {
    const list = caseDeadlines(
      {
        ...c,
        events: [
          { type: 'case-reviewed', at: '2026-12-01' },
          { type: 'case-reviewed', at: '2027-02-01' },
        ],
      },
      policy,
      { today: '2027-01-07' },
    );
    const review = entry(list, 'case-review');
    expect(review).toMatchObject({ due: '2027-01-06', status: 'overdue' });
    expect(review.metAt).toBeUndefined();
  });

  it('counts calendar months for a monthly review, clamped to the month end', () => {
    const list = caseDeadlines(
      { ...c, receivedAt: '2027-01-31', events: [{ type: 'manager-reviewed', at: '2027-03-31' }] },
      policy,
      { today: '2027-04-01' },
    );
    expect(entry(list, 'manager-review')).toMatchObject({ due: '2027-04-30', status: 'pending', metAt: '2027-03-31' });
    const none = caseDeadlines({ ...c, receivedAt: '2027-01-31' }, policy, { today: '2027-02-01' });
    expect(entry(none, 'manager-review').due).toBe('2027-02-28');
  });

  it('stops once the case is closed', () => {
    const list = caseDeadlines({ ...c, events: [{ type: 'case-closed', at: '2027-01-05' }] }, policy, {
      today: '2027-03-01',
    });
    expect(list).toEqual([]);
  });

  it('keeps going while the closure is dated after today', () => {
    const list = caseDeadlines({ ...c, events: [{ type: 'case-closed', at: '2027-01-05' }] }, policy, {
      today: '2027-01-04',
    });
    expect(list.map((d) => d.id)).toEqual(['case-review', 'manager-review']);
  });
});

describe('caseDeadlines: working days after an event', () => {
  const policy = testPolicy({
    deadlines: [
      {
        id: 'diary-sheets-returned',
        type: 'working-days-after-event',
        after: ['diary-sheets-sent'],
        workingDays: 10,
        label: 'Diary sheets back from the complainant',
        completedBy: 'diary-sheets-returned',
        source: '002 Co-op Homes procedure, 2.4',
      },
      {
        id: 'case-log-updated',
        type: 'working-days-after-event',
        after: ['complainant-contacted', 'action-taken'],
        workingDays: 2,
        label: 'Update the case log',
        completedBy: 'case-log-updated',
        source: '002 Co-op Homes procedure, 2.5',
      },
    ],
  });
  const c = { reference: 'ASB-1', receivedAt: '2027-01-04', level: 'low' as const };

  it('has no entry until the triggering event happens', () => {
    expect(caseDeadlines(c, policy, { today: '2027-01-10' })).toEqual([]);
  });

  it('is due n working days after the trigger and met by the completing event', () => {
    const sent = { ...c, events: [{ type: 'diary-sheets-sent', at: '2027-01-04T15:00:00Z' }] };
    expect(caseDeadlines(sent, policy, { today: '2027-01-05' })[0]).toMatchObject({
      id: 'diary-sheets-returned',
      due: '2027-01-18',
      status: 'pending',
      workingDaysLeft: 9,
      kind: 'deadline',
    });
    const back = { ...c, events: [...sent.events, { type: 'diary-sheets-returned', at: '2027-01-19' }] };
    expect(caseDeadlines(back, policy, { today: '2027-01-20' })[0]).toMatchObject({
      status: 'met-late',
      metAt: '2027-01-19',
    });
  });

  it('follows the latest trigger of any listed type; an older completion does not count', () => {
    const list = caseDeadlines(
      {
        ...c,
        events: [
          { type: 'complainant-contacted', at: '2027-01-04' },
          { type: 'case-log-updated', at: '2027-01-05' },
          { type: 'action-taken', at: '2027-01-07' },
        ],
      },
      policy,
      { today: '2027-01-12' },
    );
    expect(entry(list, 'case-log-updated')).toMatchObject({ due: '2027-01-11', status: 'overdue', workingDaysLeft: -1 });
  });

  it('counts a completion on the same day as the trigger', () => {
    const list = caseDeadlines(
      {
        ...c,
        events: [
          { type: 'action-taken', at: '2027-01-07T10:00:00Z' },
          { type: 'case-log-updated', at: '2027-01-07T16:00:00Z' },
        ],
      },
      policy,
      { today: '2027-01-08' },
    );
    expect(entry(list, 'case-log-updated')).toMatchObject({ status: 'met', metAt: '2027-01-07' });
  });
});

describe('caseDeadlines: waiting periods', () => {
  const policy = testPolicy({
    deadlines: [
      {
        id: 'closure-response-window',
        type: 'wait-after-event',
        after: ['closure-letter-sent'],
        workingDays: 5,
        label: 'Give the complainant at least 5 working days to reply before closing',
        completedBy: 'case-closed',
        source: '002 Co-op Homes procedure, 8.2',
      },
    ],
  });
  const letter = { type: 'closure-letter-sent', at: '2027-01-04T11:00:00Z' };
  const c = { reference: 'ASB-1', receivedAt: '2026-11-02', level: 'low' as const };

  it('has no entry before the letter is sent', () => {
    expect(caseDeadlines(c, policy, { today: '2027-01-04' })).toEqual([]);
  });

  it('is pending while the complainant has time to reply', () => {
    const [d] = caseDeadlines({ ...c, events: [letter] }, policy, { today: '2027-01-06' });
    expect(d).toMatchObject({ kind: 'wait', due: '2027-01-11', status: 'pending', workingDaysLeft: 3 });
    expect(d?.problem).toBeUndefined();
  });

  it('is met once the period has run, even before the case is closed', () => {
    const [d] = caseDeadlines({ ...c, events: [letter] }, policy, { today: '2027-01-12' });
    expect(d).toMatchObject({ status: 'met', workingDaysLeft: null });
    expect(d?.metAt).toBeUndefined();
  });

  it('is met with no problem when the case is closed on or after the last day', () => {
    const [d] = caseDeadlines(
      { ...c, events: [letter, { type: 'case-closed', at: '2027-01-11' }] },
      policy,
      { today: '2027-01-11' },
    );
    expect(d).toMatchObject({ status: 'met', metAt: '2027-01-11' });
    expect(d?.problem).toBeUndefined();
  });

  it('reports a problem in plain English when the case was closed before the period ended', () => {
    const [d] = caseDeadlines(
      { ...c, events: [letter, { type: 'case-closed', at: '2027-01-07' }] },
      policy,
      { today: '2027-01-08' },
    );
    expect(d).toMatchObject({ status: 'met', metAt: '2027-01-07', workingDaysLeft: null });
    expect(d?.problem).toBe(
      'The case was closed on Thursday 7 January 2027, before the waiting period of 5 working days had ended ' +
        'on Monday 11 January 2027.',
    );
  });

  it('names another completing event in words', () => {
    const other = testPolicy({
      deadlines: [
        {
          id: 'cooling-off',
          type: 'wait-after-event',
          after: ['warning-given'],
          workingDays: 1,
          label: 'Allow a day before the next step',
          completedBy: 'notice-served',
          source: 'test',
        },
      ],
    });
    const [d] = caseDeadlines(
      { ...c, events: [{ type: 'warning-given', at: '2027-01-04' }, { type: 'notice-served', at: '2027-01-04' }] },
      other,
      { today: '2027-01-05' },
    );
    expect(d?.problem).toBe(
      '"notice served" was recorded on Monday 4 January 2027, before the waiting period of 1 working day had ended on Tuesday 5 January 2027.',
    );
  });

  it('ignores a closure from before the letter', () => {
    const [d] = caseDeadlines(
      { ...c, events: [{ type: 'case-closed', at: '2026-12-01' }, letter] },
      policy,
      { today: '2027-01-05' },
    );
    expect(d).toMatchObject({ status: 'pending' });
    expect(d?.problem).toBeUndefined();
  });
});

describe('caseDeadlines: filters, order, closure and explanations', () => {
  const policy = testPolicy({
    deadlines: [
      firstContact,
      {
        id: 'personal-interview',
        type: 'working-days-after-receipt',
        workingDays: 5,
        levels: ['high'],
        label: 'Hold a personal interview',
        completedBy: 'interview-held',
        source: '002, 2.3',
      },
      {
        id: 'hate-crime-referral',
        type: 'working-days-after-receipt',
        workingDays: 1,
        whenFlags: ['hate-incident', 'domestic-abuse'],
        label: 'Refer under the hate crime policy',
        completedBy: 'hate-crime-referred',
        source: 'test',
        decided: 'Test rule: refer hate incidents within a day.',
      },
      {
        id: 'case-review',
        type: 'recurring',
        every: { workingDays: 10 },
        label: 'Review the case',
        completedBy: 'case-reviewed',
        source: '002, 3.3',
      },
    ],
  });
  const c = { reference: 'ASB-1', receivedAt: '2027-03-01', level: 'low' as const };

  it('skips rules for other levels and rules whose flags the case does not carry', () => {
    expect(caseDeadlines(c, policy, { today: '2027-03-01' }).map((d) => d.id)).toEqual(['first-contact', 'case-review']);
    expect(
      caseDeadlines({ ...c, level: 'high', flags: ['hate-incident'] }, policy, { today: '2027-03-01' }).map((d) => d.id),
    ).toEqual(['first-contact', 'personal-interview', 'hate-crime-referral', 'case-review']);
    expect(
      caseDeadlines({ ...c, flags: ['vulnerable-reporter'] }, policy, { today: '2027-03-01' }).map((d) => d.id),
    ).toEqual(['first-contact', 'case-review']);
  });

  it('carries the rule source as basis and its decision', () => {
    const list = caseDeadlines({ ...c, flags: ['domestic-abuse'] }, policy, { today: '2027-03-01' });
    expect(entry(list, 'hate-crime-referral')).toMatchObject({
      basis: 'test',
      decided: 'Test rule: refer hate incidents within a day.',
    });
    expect(entry(list, 'first-contact').decided).toBeUndefined();
  });

  it('leaves missed deadlines overdue after closure, and stops the reviews', () => {
    const list = caseDeadlines({ ...c, events: [{ type: 'case-closed', at: '2027-03-05' }] }, policy, {
      today: '2027-03-10',
    });
    expect(list).toEqual([expect.objectContaining({ id: 'first-contact', status: 'overdue', due: '2027-03-03' })]);
  });

  it('carries a recorded explanation only for deadlines met late or overdue', () => {
    const reasons = {
      'first-contact': 'The complainant was away until 8 March.',
      'case-review': 'Officer on leave.',
      'hate-crime-referral': 'Not used',
    };
    const overdue = caseDeadlines({ ...c, missedReasons: reasons }, policy, { today: '2027-03-16' });
    expect(entry(overdue, 'first-contact')).toMatchObject({
      status: 'overdue',
      missedReason: 'The complainant was away until 8 March.',
    });
    expect(entry(overdue, 'case-review')).toMatchObject({ status: 'overdue', missedReason: 'Officer on leave.' });

    const late = caseDeadlines(
      { ...c, missedReasons: reasons, events: [{ type: 'complainant-contacted', at: '2027-03-08' }] },
      policy,
      { today: '2027-03-09' },
    );
    expect(entry(late, 'first-contact')).toMatchObject({ status: 'met-late', missedReason: reasons['first-contact'] });
    expect(entry(late, 'case-review').missedReason).toBeUndefined(); // pending

    const onTime = caseDeadlines(
      { ...c, missedReasons: reasons, events: [{ type: 'complainant-contacted', at: '2027-03-02' }] },
      policy,
      { today: '2027-03-09' },
    );
    expect(entry(onTime, 'first-contact').missedReason).toBeUndefined();
  });

  it('treats an empty explanation as none', () => {
    const list = caseDeadlines({ ...c, missedReasons: { 'first-contact': '  ' } }, policy, { today: '2027-03-15' });
    expect(entry(list, 'first-contact').missedReason).toBeUndefined();
  });

  it('returns one entry per id in policy order', () => {
    const list = caseDeadlines({ ...c, level: 'high', flags: ['hate-incident'] }, policy, { today: '2027-03-01' });
    expect(new Set(list.map((d) => d.id)).size).toBe(list.length);
    expect(list.map((d) => d.kind)).toEqual(['deadline', 'deadline', 'deadline', 'recurring']);
  });

  it('does not read the clock: the same case gives the same answer for the same today', () => {
    const a = caseDeadlines(c, policy, { today: '2030-01-01' });
    expect(entry(a, 'first-contact')).toMatchObject({ status: 'overdue' });
    expect(caseDeadlines(c, policy, { today: '2027-03-01' })[0]).toMatchObject({ status: 'pending' });
  });
});

describe('caseDeadlines: bad input', () => {
  const policy = testPolicy({ deadlines: [firstContact] });
  const good = { reference: 'ASB-1', receivedAt: '2027-03-01T10:00:00Z', level: 'low' as const };
  const run = (c: unknown, today: unknown = '2027-03-02') =>
    () => caseDeadlines(c as any, policy, { today: today as string });

  it('names the field', () => {
    expect(run({ ...good, reference: '' })).toThrow(/^reference: /);
    expect(run({ ...good, reference: undefined })).toThrow(/^reference: /);
    expect(run({ ...good, receivedAt: '' })).toThrow(/^receivedAt: /);
    expect(run({ ...good, receivedAt: 'yesterday' })).toThrow(/^receivedAt: /);
    expect(run({ ...good, receivedAt: '2027-02-30' })).toThrow(/^receivedAt: /);
    expect(run({ ...good, level: 'urgent' })).toThrow(/^level: unknown level "urgent"/);
    expect(run({ ...good, level: undefined })).toThrow(/^level: /);
    expect(run(good, '')).toThrow(/^today: /);
    expect(run(good, '2027-13-01')).toThrow(/^today: /);
    expect(() => caseDeadlines(good, policy, {} as { today: string })).toThrow(/^today: /);
    expect(run({ ...good, events: 'none' })).toThrow(/^events: /);
    expect(run({ ...good, flags: [''] })).toThrow(/^flags\[0\]: /);
    expect(run({ ...good, missedReasons: { 'first-contact': 3 } })).toThrow(/^missedReasons\.first-contact: /);
  });

  it('names the event and its field', () => {
    const events = (second: unknown) => ({
      ...good,
      events: [{ type: 'complainant-contacted', at: '2027-03-01T12:00:00Z' }, second],
    });
    expect(run(events({ type: 'case-reviewed', at: 'soon' }))).toThrow(/^events\[1\]\.at: /);
    expect(run(events({ type: 'case-reviewed', at: '' }))).toThrow(/^events\[1\]\.at: /);
    expect(run(events({ type: 'case-reviewed' }))).toThrow(/^events\[1\]\.at: is required$/);
    expect(run(events({ type: 'case-reviewed', at: 5 }))).toThrow(/^events\[1\]\.at: must be a date or date-time, not number$/);
    expect(run(events({ type: '', at: '2027-03-02' }))).toThrow(/^events\[1\]\.type: /);
    expect(run(events(null))).toThrow(/^events\[1\]: /);
  });

  it('throws when the case is missing altogether', () => {
    expect(() => caseDeadlines(undefined as any, policy, { today: '2027-03-02' })).toThrow(/^case: /);
  });
});

describe('caseDeadlines: reading a case', () => {
  const policy = testPolicy({
    deadlines: [
      firstContact,
      { id: 'case-review', type: 'recurring', every: { workingDays: 10 }, label: 'Review the case', completedBy: 'case-reviewed', source: 't' },
    ],
  });
  const c = { reference: 'ASB-1', receivedAt: '2027-03-01T10:00:00Z', level: 'low' as const };

  it('reads events given in any order by date, same-day events in the order given', () => {
    const events = [
      { type: 'case-reviewed', at: '2027-03-10' },
      { type: 'complainant-contacted', at: '2027-03-03T09:00:00Z' },
      { type: 'complainant-contacted', at: '2027-03-02T17:00:00Z' },
      { type: 'case-reviewed', at: '2027-03-04' },
    ];
    const list = caseDeadlines({ ...c, events }, policy, { today: '2027-03-12' });
    // The first contact is the earliest event (2 March), the last review the latest (10 March).
    expect(entry(list, 'first-contact')).toMatchObject({ status: 'met', metAt: '2027-03-02' });
    expect(entry(list, 'case-review')).toMatchObject({ metAt: '2027-03-10', due: '2027-03-24' });
  });

  it('treats text of white space only as missing, and text with a space inside as text', () => {
    const run = (type: string) => () =>
      caseDeadlines({ ...c, events: [{ type, at: '2027-03-02' }] }, policy, { today: '2027-03-02' });
    expect(run(' \t\u00a0')).toThrow(/^events\[0\]\.type: is required$/);
    expect(run(' complainant-contacted')).not.toThrow();
  });

  it('names an event far down a long list', () => {
    const events = Array.from({ length: 1500 }, (_, i) => ({ type: 'case-reviewed', at: i === 1203 ? 'soon' : '2027-03-02' }));
    expect(() => caseDeadlines({ ...c, events }, policy, { today: '2027-03-02' })).toThrow(/^events\[1203\]\.at: /);
  });

  it('follows an edited copy of a policy it has already used', () => {
    expect(caseDeadlines(c, policy, { today: '2027-03-01' })[0]).toMatchObject({ due: '2027-03-03' });
    const faster = { ...policy, levels: policy.levels.map((l) => ({ ...l, firstContact: { ...l.firstContact, workingDays: 1 } })) };
    expect(caseDeadlines(c, faster, { today: '2027-03-01' })[0]).toMatchObject({ due: '2027-03-02' });
    const renamed = { ...policy, deadlines: policy.deadlines.map((d) => ({ ...d, label: `${d.label}!` })) };
    expect(caseDeadlines(c, renamed, { today: '2027-03-01' })[0]!.label).toBe('Contact the complainant!');
    expect(caseDeadlines(c, policy, { today: '2027-03-01' })[0]).toMatchObject({ due: '2027-03-03', label: 'Contact the complainant' });
  });
});

// Level history, explanations, appointments and the case log, on the presets themselves.
// Calendar (England and Wales): 25 and 28 December 2026, 1 January, 26 and 29 March 2027 are
// bank holidays. Friday 18 December 2026; Monday 4 January 2027; Monday 22 March 2027.
describe('caseDeadlines: level history (case-reclassified)', () => {
  const plusDane = policies['plus-dane']!;
  const coOp = policies['co-op-homes']!;
  const reclassified = (at: string, level: string, reason: string) => ({ type: 'case-reclassified', at, level, reason }) as CaseEvent;

  it('keeps Plus Dane first contact met when Level 3 is raised to Level 1 after contact on working day 4', () => {
    // Level 3: 5 working days after Friday 18 December: 21, 22, 23, 24, 29 December.
    const c = {
      reference: 'PD-1',
      receivedAt: '2026-12-18T16:05:00Z',
      level: 'low' as const,
      events: [
        { type: 'complainant-contacted', at: '2026-12-24T10:00:00Z' },
        reclassified('2026-12-24T15:00:00Z', 'high', 'Threats of violence during the call'),
      ],
    };
    expect(entry(caseDeadlines(c, plusDane, { today: '2027-01-04' }), 'first-contact')).toMatchObject({
      due: '2026-12-29',
      status: 'met',
      metAt: '2026-12-24',
      level: 'low',
      countedFrom: '2026-12-18',
      explanationOwed: false,
    });
  });

  it('counts the Level 1 target from the change when Plus Dane raises a case before contact', () => {
    // Raised on Tuesday 22 December: 1 working day later is Wednesday 23 December.
    const c = {
      reference: 'PD-2',
      receivedAt: '2026-12-18T16:05:00Z',
      level: 'low' as const,
      events: [reclassified('2026-12-22T09:30:00Z', 'high', 'Neighbour now threatens the reporter')],
    };
    expect(entry(caseDeadlines(c, plusDane, { today: '2026-12-24' }), 'first-contact')).toMatchObject({
      due: '2026-12-23',
      status: 'overdue',
      level: 'high',
      countedFrom: '2026-12-22',
      explanationOwed: true,
    });
    const contacted = { ...c, events: [...c.events, { type: 'complainant-contacted', at: '2026-12-24T09:00:00Z' }] };
    expect(entry(caseDeadlines(contacted, plusDane, { today: '2026-12-29' }), 'first-contact')).toMatchObject({
      due: '2026-12-23',
      status: 'met-late',
      explanationOwed: true,
    });
  });

  it('ignores a reclassification dated after today', () => {
    const c = {
      reference: 'PD-3',
      receivedAt: '2026-12-18',
      level: 'low' as const,
      events: [reclassified('2026-12-22', 'high', 'Threats')],
    };
    expect(entry(caseDeadlines(c, plusDane, { today: '2026-12-21' }), 'first-contact')).toMatchObject({
      due: '2026-12-29',
      status: 'pending',
      level: 'low',
      countedFrom: '2026-12-18',
    });
  });

  it('judges a deadline that fell due before the level was lowered against the old level', () => {
    // Co-op high: 1 working day after Friday 18 December is Monday 21 December.
    const c = {
      reference: 'CH-1',
      receivedAt: '2026-12-18',
      level: 'high' as const,
      events: [
        reclassified('2026-12-23', 'low', 'The police found no threat'),
        { type: 'complainant-contacted', at: '2026-12-23T11:00:00Z' },
      ],
    };
    expect(entry(caseDeadlines(c, coOp, { today: '2026-12-29' }), 'first-contact')).toMatchObject({
      due: '2026-12-21',
      status: 'met-late',
      level: 'high',
      countedFrom: '2026-12-18',
      explanationOwed: false,
    });
  });

  it('gives a Co-op case raised from low to high a personal interview counted from the change', () => {
    // Received Thursday 24 December (low), raised Wednesday 13 January 2027: the interview is due
    // 5 working days later (14, 15, 18, 19, 20 January).
    const c = {
      reference: 'CH-2',
      receivedAt: '2026-12-24T09:00:00Z',
      level: 'low' as const,
      events: [
        { type: 'complainant-contacted', at: '2026-12-29T10:00:00Z' },
        reclassified('2027-01-13T14:00:00Z', 'high', 'Damage to the front door'),
      ],
    };
    const list = caseDeadlines(c, coOp, { today: '2027-01-14' });
    expect(entry(list, 'personal-interview')).toMatchObject({ due: '2027-01-20', status: 'pending', level: 'high', countedFrom: '2027-01-13' });
    // First contact was met under low (2 working days: 29, 30 December).
    expect(entry(list, 'first-contact')).toMatchObject({ due: '2026-12-30', status: 'met', level: 'low' });
    // The appointment offer fell due on 5 January (29, 30, 31 December, 4, 5 January), under low.
    expect(entry(list, 'appointment-offered')).toMatchObject({ due: '2027-01-05', status: 'overdue', level: 'low', countedFrom: '2026-12-24' });
    // High-level cases have no fixed resolution date; the low target (24 February) is gone.
    expect(entry(list, 'resolution-target')).toMatchObject({ due: null, label: 'Resolve the case (no fixed timescale)', level: 'high', countedFrom: '2027-01-13' });
    // The same case, never raised, has no interview.
    expect(caseDeadlines({ ...c, events: [c.events[0]!] }, coOp, { today: '2027-01-14' }).map((d) => d.id)).not.toContain('personal-interview');
  });

  it('keeps a target the new level shares and recounts one it changes', () => {
    // Co-op medium to low on Monday 21 December: first contact is 2 working days at both levels
    // (due Tuesday 22 December, from receipt); the resolution target becomes 2 months from the change.
    const c = {
      reference: 'CH-3',
      receivedAt: '2026-12-18',
      level: 'medium' as const,
      events: [reclassified('2026-12-21', 'low', 'One incident only, no threats')],
    };
    const list = caseDeadlines(c, coOp, { today: '2026-12-21' });
    expect(entry(list, 'first-contact')).toMatchObject({ due: '2026-12-22', level: 'low', countedFrom: '2026-12-18' });
    expect(entry(list, 'resolution-target')).toMatchObject({ due: '2027-02-21', level: 'low', countedFrom: '2026-12-21' });
  });

  it('drops a high-only deadline when the case is lowered before it falls due, and keeps it when lowered after', () => {
    // Co-op high from Monday 4 January 2027: interview due 11 January (5, 6, 7, 8, 11).
    const base = { reference: 'CH-4', receivedAt: '2027-01-04', level: 'high' as const };
    const early = { ...base, events: [reclassified('2027-01-06', 'medium', 'The complainant confirms there were no threats')] };
    expect(caseDeadlines(early, coOp, { today: '2027-01-07' }).map((d) => d.id)).not.toContain('personal-interview');
    const late = { ...base, events: [reclassified('2027-01-12', 'medium', 'No further incidents')] };
    expect(entry(caseDeadlines(late, coOp, { today: '2027-01-12' }), 'personal-interview')).toMatchObject({
      due: '2027-01-11',
      status: 'overdue',
      level: 'high',
    });
  });

  it('refuses a reclassification without a reason or with an unknown level, naming the field', () => {
    const at = '2026-12-22';
    const read = (event: Record<string, unknown>) =>
      caseDeadlines({ reference: 'X', receivedAt: '2026-12-18', level: 'low', events: [{ type: 'complainant-contacted', at }, event as unknown as CaseEvent] }, coOp, { today: at });
    expect(() => read({ type: 'case-reclassified', at, level: 'high' })).toThrow(/^events\[1\]\.reason: is required/);
    expect(() => read({ type: 'case-reclassified', at, level: 'high', reason: '   ' })).toThrow(/^events\[1\]\.reason: is required/);
    expect(() => read({ type: 'case-reclassified', at, level: 'urgent', reason: 'Worse' })).toThrow(/^events\[1\]\.level: unknown level "urgent"/);
    expect(() => read({ type: 'case-reclassified', at, reason: 'Worse' })).toThrow(/^events\[1\]\.level: is required/);
  });
});

describe('caseDeadlines: explanations owed (003 Reporting ASB)', () => {
  const plusDane = policies['plus-dane']!;
  // Level 1 from Friday 18 December: due Monday 21 December; today Tuesday 22 December.
  const overdue = { reference: 'PD-5', receivedAt: '2026-12-18', level: 'high' as const };

  it('is owed while Plus Dane first contact is overdue with no reason', () => {
    expect(entry(caseDeadlines(overdue, plusDane, { today: '2026-12-22' }), 'first-contact')).toMatchObject({ status: 'overdue', explanationOwed: true });
  });

  it('is settled by missedReasons or by an explanation-recorded event', () => {
    const byMap = caseDeadlines({ ...overdue, missedReasons: { 'first-contact': 'Reporter away until 23 December' } }, plusDane, { today: '2026-12-22' });
    expect(entry(byMap, 'first-contact')).toMatchObject({ explanationOwed: false, missedReason: 'Reporter away until 23 December' });
    const event = { type: 'explanation-recorded', at: '2026-12-22T12:00:00Z', deadline: 'first-contact', reason: 'No answer on three calls' } as CaseEvent;
    const byEvent = caseDeadlines({ ...overdue, events: [event] }, plusDane, { today: '2026-12-22' });
    expect(entry(byEvent, 'first-contact')).toMatchObject({ explanationOwed: false, missedReason: 'No answer on three calls' });
  });

  it('is never owed for a target met on time, pending, or one the policy asks no explanation for', () => {
    expect(entry(caseDeadlines(overdue, plusDane, { today: '2026-12-21' }), 'first-contact').explanationOwed).toBe(false);
    const reviewLate = caseDeadlines(overdue, plusDane, { today: '2027-02-01' });
    expect(entry(reviewLate, 'case-review')).toMatchObject({ status: 'overdue', explanationOwed: false });
    for (const d of reviewLate) expect(typeof d.explanationOwed).toBe('boolean');
  });

  it('refuses an explanation without a deadline or a reason, naming the field', () => {
    const at = '2026-12-22';
    expect(() => caseDeadlines({ ...overdue, events: [{ type: 'explanation-recorded', at, reason: 'x' } as CaseEvent] }, plusDane, { today: at })).toThrow(
      /^events\[0\]\.deadline: is required/,
    );
    expect(() =>
      caseDeadlines({ ...overdue, events: [{ type: 'explanation-recorded', at, deadline: 'first-contact', reason: '' } as CaseEvent] }, plusDane, { today: at }),
    ).toThrow(/^events\[0\]\.reason: is required/);
  });
});

describe('caseDeadlines: the appointment by its own date (002 2.3)', () => {
  const coOp = policies['co-op-homes']!;
  // 5 working days after Friday 18 December: 21, 22, 23, 24, 29 December.
  const c = (appointmentAt?: string) => ({
    reference: 'CH-6',
    receivedAt: '2026-12-18',
    level: 'low' as const,
    events: [{ type: 'appointment-offered', at: '2026-12-21T10:00:00Z', ...(appointmentAt ? { appointmentAt } : {}) }],
  });

  it('is met when the appointment falls within 5 working days, met late when after', () => {
    const onTime = caseDeadlines(c('2026-12-29T10:30:00Z'), coOp, { today: '2027-01-04' });
    expect(entry(onTime, 'appointment-held')).toMatchObject({ due: '2026-12-29', status: 'met', metAt: '2026-12-29' });
    expect(entry(onTime, 'appointment-offered')).toMatchObject({ due: '2026-12-29', status: 'met', metAt: '2026-12-21' });
    const late = caseDeadlines(c('2026-12-30T10:00:00Z'), coOp, { today: '2027-01-04' });
    expect(entry(late, 'appointment-held')).toMatchObject({ due: '2026-12-29', status: 'met-late', metAt: '2026-12-30' });
    expect(entry(late, 'appointment-offered').status).toBe('met');
  });

  it('falls back to the date of an offer recorded without the appointment, and says so', () => {
    const d = entry(caseDeadlines(c(), coOp, { today: '2027-01-04' }), 'appointment-held');
    expect(d).toMatchObject({ due: '2026-12-29', status: 'met', metAt: '2026-12-21' });
    expect(d.problem).toBe(
      '"appointment offered" was recorded without the appointment’s date, so this is judged by the date it was recorded. Record the appointment’s date to check the target.',
    );
    expect(entry(caseDeadlines(c('2026-12-29T10:30:00Z'), coOp, { today: '2027-01-04' }), 'appointment-held').problem).toBeUndefined();
  });

  it('refuses an appointment before the report, naming the field', () => {
    expect(() => caseDeadlines(c('2026-12-17T10:00:00Z'), coOp, { today: '2027-01-04' })).toThrow(
      /^events\[0\]\.appointmentAt: the appointment \(2026-12-17\) is before the report was received \(2026-12-18\)/,
    );
  });
});

describe('caseDeadlines: the case log after every action (002 2.5)', () => {
  const coOp = policies['co-op-homes']!;
  const received = { reference: 'CH-7', receivedAt: '2027-03-22T09:00:00Z', level: 'low' as const };

  it('is started by witness statements, which the fixed list left out', () => {
    // Tuesday 23 March + 2 working days: 24, 25 March.
    const c = { ...received, events: [{ type: 'witness-statements-sought', at: '2027-03-23' }] };
    expect(entry(caseDeadlines(c, coOp, { today: '2027-03-30' }), 'case-log-updated')).toMatchObject({ due: '2027-03-25', status: 'overdue' });
  });

  it('checks each action, so an earlier late update is kept', () => {
    const events = [
      { type: 'complainant-contacted', at: '2027-03-22T10:00:00Z' }, // due 24 March: updated 24 March, met
      { type: 'case-log-updated', at: '2027-03-24T16:00:00Z' },
      { type: 'appointment-offered', at: '2027-03-25T11:00:00Z' }, // due 31 March (26 and 29 are holidays): updated 1 April, late
      { type: 'case-log-updated', at: '2027-04-01T09:00:00Z' },
      { type: 'action-plan-produced', at: '2027-04-02T15:00:00Z' }, // due Tuesday 6 April: not yet updated
    ];
    const pending = entry(caseDeadlines({ ...received, events }, coOp, { today: '2027-04-02' }), 'case-log-updated');
    expect(pending).toMatchObject({ due: '2027-04-06', status: 'pending' });
    expect(pending.missed).toEqual([{ after: 'appointment-offered', at: '2027-03-25', due: '2027-03-31', metAt: '2027-04-01' }]);

    const overdue = entry(caseDeadlines({ ...received, events }, coOp, { today: '2027-04-07' }), 'case-log-updated');
    expect(overdue).toMatchObject({ due: '2027-04-06', status: 'overdue' });
    expect(overdue.missed).toEqual([
      { after: 'appointment-offered', at: '2027-03-25', due: '2027-03-31', metAt: '2027-04-01' },
      { after: 'action-plan-produced', at: '2027-04-02', due: '2027-04-06', metAt: null },
    ]);

    const updated = [...events, { type: 'case-log-updated', at: '2027-04-05T09:00:00Z' }];
    expect(entry(caseDeadlines({ ...received, events: updated }, coOp, { today: '2027-04-07' }), 'case-log-updated')).toMatchObject({
      due: '2027-03-31',
      status: 'met-late',
      metAt: '2027-04-01',
    });
  });
});

describe('caseDeadlines: closure letter to the alleged perpetrator (002 8.3)', () => {
  it('starts when the checklist records that the complainant accepted the closure', () => {
    // Discussion and acceptance on Wednesday 24 March 2027: 5 working days are 25, 30, 31 March, 1, 2 April.
    const c = {
      reference: 'CH-8',
      receivedAt: '2027-01-04',
      level: 'medium' as const,
      events: [
        { type: 'closure-discussed', at: '2027-03-24T10:00:00Z' },
        { type: 'closure-accepted', at: '2027-03-24T10:00:00Z' },
      ],
    };
    expect(entry(caseDeadlines(c, policies['co-op-homes']!, { today: '2027-03-25' }), 'perpetrator-closure-letter')).toMatchObject({
      due: '2027-04-02',
      status: 'pending',
    });
  });
});

describe('caseDeadlines: the closure confirmed in writing (002 8.2), counted from the discussion, else from the closing', () => {
  const received = { reference: 'CH-9', receivedAt: '2026-11-02T10:00:00Z', level: 'medium' as const };

  it('a case closed with no discussion recorded (closed in the housing system): 5 working days from the closing, over Christmas', () => {
    // Closed Monday 21 December 2026: 22, 23, 24 December, then 25 (Christmas Day) and 28 (Boxing Day, substitute) are not working days: 29, 30.
    for (const id of ['co-op-homes', 'model']) {
      const list = caseDeadlines({ ...received, events: [{ type: 'case-closed', at: '2026-12-21T09:30:00Z' }] }, policies[id]!, { today: '2026-12-21' });
      expect(entry(list, 'closure-confirmation'), id).toMatchObject({ due: '2026-12-30', status: 'pending', workingDaysLeft: 5 });
      // The reviews stop; the resolution target (4 months for medium: 2 March 2027) is met.
      expect(list.map((d) => d.id), id).not.toContain('case-review');
      expect(entry(list, 'resolution-target'), id).toMatchObject({ due: '2027-03-02', status: 'met', metAt: '2026-12-21' });
    }
  });

  it('counted from the discussion when one was recorded before the closing', () => {
    // Discussed Monday 14 December 2026: 15, 16, 17, 18, 21 December. Closed on the 21st, nothing in writing: overdue on the 22nd.
    const events = [
      { type: 'closure-discussed', at: '2026-12-14T11:00:00Z' },
      { type: 'case-closed', at: '2026-12-21T09:30:00Z' },
    ];
    expect(entry(caseDeadlines({ ...received, events }, policies['co-op-homes']!, { today: '2026-12-22' }), 'closure-confirmation')).toMatchObject({
      due: '2026-12-21',
      status: 'overdue',
      workingDaysLeft: -1,
    });
    // Confirmed in writing on Wednesday 16 December, before the closing: met.
    const confirmed = [...events.slice(0, 1), { type: 'closure-confirmed-in-writing', at: '2026-12-16T15:00:00Z' }, ...events.slice(1)];
    expect(entry(caseDeadlines({ ...received, events: confirmed }, policies['co-op-homes']!, { today: '2026-12-22' }), 'closure-confirmation')).toMatchObject({
      due: '2026-12-21',
      status: 'met',
      metAt: '2026-12-16',
    });
  });

  it('is not there while the case is open and nothing was discussed, nor under a policy without it (003 sets no closure letter)', () => {
    expect(caseDeadlines(received, policies['co-op-homes']!, { today: '2026-12-21' }).map((d) => d.id)).not.toContain('closure-confirmation');
    const closed = { ...received, events: [{ type: 'case-closed', at: '2026-12-21T09:30:00Z' }] };
    expect(caseDeadlines(closed, policies['plus-dane']!, { today: '2026-12-21' }).map((d) => d.id)).not.toContain('closure-confirmation');
  });
});

describe('caseDeadlines: anonymous reports', () => {
  it('has no first-contact or update deadline for an anonymous case', () => {
    for (const id of ['plus-dane', 'co-op-homes', 'model']) {
      const ids = caseDeadlines({ reference: 'A-1', receivedAt: '2026-12-18', level: 'high', flags: ['anonymous'] }, policies[id]!, { today: '2027-01-04' }).map((d) => d.id);
      expect(ids, id).not.toContain('first-contact');
      expect(ids, id).not.toContain('complainant-update');
      expect(ids, id).toContain('case-review');
    }
  });
});
