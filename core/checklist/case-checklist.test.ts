import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines/case-deadlines.ts';
import { testPolicy } from '../deadlines/test-policy.ts';
import { policies } from '../policies/policies.ts';
import { caseChecklist } from './case-checklist.ts';
import type { ChecklistItem, ChecklistStageGroup } from './case-checklist.ts';

const policy = testPolicy({
  deadlines: [
    { id: 'first-contact', type: 'first-contact', label: 'Contact the complainant', completedBy: 'complainant-contacted', source: '002, 2.3' },
    {
      id: 'action-plan',
      type: 'working-days-after-receipt',
      workingDays: 5,
      label: 'Produce the action plan',
      completedBy: 'action-plan-produced',
      source: '002, 3.2',
    },
    {
      id: 'personal-interview',
      type: 'working-days-after-receipt',
      workingDays: 5,
      levels: ['high'],
      label: 'Hold a personal interview',
      completedBy: 'interview-held',
      source: '002, 2.3',
    },
    { id: 'case-review', type: 'recurring', every: { workingDays: 10 }, label: 'Review the case', completedBy: 'case-reviewed', source: '002, 3.3' },
    {
      id: 'resolution-target',
      type: 'months-after-receipt',
      months: { high: null, medium: 4, low: 2 },
      label: 'Resolve the case',
      completedBy: 'case-closed',
      source: '002, 1.2',
    },
    {
      id: 'reply-window',
      type: 'wait-after-event',
      after: ['closure-letter-sent'],
      workingDays: 5,
      label: 'Give the complainant 5 working days to reply',
      completedBy: 'case-closed',
      source: '002, 8.2',
    },
    {
      id: 'close-early-check',
      type: 'wait-after-event',
      after: ['closure-letter-sent'],
      workingDays: 5,
      label: 'Wait for the reply',
      completedBy: 'case-closed',
      source: '002, 8.2',
    },
  ],
  checklist: [
    { id: 'log-report', stage: 'report-and-record', label: 'Log the report', event: 'report-logged', source: '002, 2.2' },
    { id: 'contact-complainant', stage: 'first-contact', label: 'Contact the complainant', event: 'complainant-contacted', deadlines: ['first-contact'], source: '002, 2.3' },
    { id: 'hold-interview', stage: 'first-contact', label: 'Hold a personal interview', event: 'interview-held', deadlines: ['personal-interview'], levels: ['high'], source: '002, 2.3' },
    {
      id: 'refer-hate-crime',
      stage: 'assessment',
      label: 'Refer under the hate crime policy',
      event: 'hate-crime-referred',
      whenFlags: ['hate-incident'],
      source: 'test',
      decided: 'Test step for flags.',
    },
    { id: 'produce-action-plan', stage: 'investigation', label: 'Produce the action plan', event: 'action-plan-produced', deadlines: ['action-plan'], source: '002, 3.2' },
    { id: 'review-case', stage: 'review', label: 'Review the case', event: 'case-reviewed', deadlines: ['case-review'], source: '002, 3.3' },
    { id: 'wait-for-reply', stage: 'closure', label: 'Wait for the complainant to reply', event: 'reply-received', deadlines: ['close-early-check'], source: '002, 8.2' },
    {
      id: 'close-case',
      stage: 'closure',
      label: 'Close the case',
      event: 'case-closed',
      deadlines: ['resolution-target', 'reply-window'],
      source: '002, 8.5',
    },
  ],
});

const base = { reference: 'ASB-1', receivedAt: '2026-12-24T16:05:00Z', level: 'low' as const };

/** The step with this id, failing the test when it is missing. */
function step(groups: ChecklistStageGroup[], id: string): ChecklistItem {
  const found = groups.flatMap((g) => g.steps).find((s) => s.id === id);
  if (!found) throw new Error(`no step "${id}"`);
  return found;
}

describe('caseChecklist', () => {
  it('returns all seven stages in order with plain-English names, empty ones included', () => {
    const groups = caseChecklist(base, policy, { today: '2026-12-24' });
    expect(groups.map((g) => [g.stage, g.label, g.steps.map((s) => s.id)])).toEqual([
      ['report-and-record', 'Report and record', ['log-report']],
      ['first-contact', 'First contact', ['contact-complainant']],
      ['assessment', 'Assessment', []],
      ['investigation', 'Investigation', ['produce-action-plan']],
      ['action', 'Action', []],
      ['review', 'Review', ['review-case']],
      ['closure', 'Closure', ['wait-for-reply', 'close-case']],
    ]);
  });

  it('takes due and status from the linked deadline', () => {
    const groups = caseChecklist(base, policy, { today: '2026-12-24' });
    expect(step(groups, 'contact-complainant')).toEqual({
      id: 'contact-complainant',
      label: 'Contact the complainant',
      event: 'complainant-contacted',
      done: false,
      doneAt: null,
      due: '2026-12-30',
      status: 'pending',
      deadlines: ['first-contact'],
      source: '002, 2.3',
    });
    expect(step(caseChecklist(base, policy, { today: '2026-12-31' }), 'contact-complainant')).toMatchObject({
      done: false,
      status: 'overdue',
    });
  });

  it('marks a step done at the London date of the first matching event, met or met late', () => {
    const events = [
      { type: 'complainant-contacted', at: '2026-12-30T23:30:00Z' },
      { type: 'complainant-contacted', at: '2027-01-04T10:00:00Z' },
      { type: 'action-plan-produced', at: '2027-01-06' },
    ];
    const groups = caseChecklist({ ...base, events }, policy, { today: '2027-01-07' });
    expect(step(groups, 'contact-complainant')).toMatchObject({ done: true, doneAt: '2026-12-30', due: '2026-12-30', status: 'met' });
    expect(step(groups, 'produce-action-plan')).toMatchObject({ done: true, doneAt: '2027-01-06', due: '2027-01-05', status: 'met-late' });
  });

  it('with no linked deadline, is met when done and pending otherwise, with no due date', () => {
    const before = caseChecklist(base, policy, { today: '2027-03-01' });
    expect(step(before, 'log-report')).toMatchObject({ done: false, doneAt: null, due: null, status: 'pending', deadlines: [] });
    const after = caseChecklist({ ...base, events: [{ type: 'report-logged', at: '2026-12-24T16:10:00Z' }] }, policy, {
      today: '2027-03-01',
    });
    expect(step(after, 'log-report')).toMatchObject({ done: true, doneAt: '2026-12-24', due: null, status: 'met' });
  });

  it('ignores events dated before receipt', () => {
    const groups = caseChecklist({ ...base, events: [{ type: 'report-logged', at: '2026-12-20' }] }, policy, {
      today: '2026-12-24',
    });
    expect(step(groups, 'log-report')).toMatchObject({ done: false, doneAt: null });
  });

  it('filters steps by level and flag, and lists only linked deadlines the case has', () => {
    const high = caseChecklist({ ...base, level: 'high', flags: ['hate-incident'] }, policy, { today: '2026-12-24' });
    expect(step(high, 'hold-interview')).toMatchObject({ due: '2027-01-05', status: 'pending', deadlines: ['personal-interview'] });
    expect(step(high, 'refer-hate-crime')).toMatchObject({ decided: 'Test step for flags.', status: 'pending', due: null });
    // The reply window is not open until a closure letter has been sent.
    expect(step(high, 'close-case')).toMatchObject({ deadlines: ['resolution-target'], due: null, status: 'pending' });
  });

  it('keeps a review step done but overdue when the next review is missed', () => {
    const groups = caseChecklist({ ...base, events: [{ type: 'case-reviewed', at: '2027-01-04' }] }, policy, {
      today: '2027-01-20',
    });
    // 10 working days after Monday 4 January is Monday 18 January.
    expect(step(groups, 'review-case')).toMatchObject({ done: true, doneAt: '2027-01-04', due: '2027-01-18', status: 'overdue' });
  });

  it('shows a review step as met once the case is closed, the reviews having stopped', () => {
    const groups = caseChecklist(
      { ...base, events: [{ type: 'case-reviewed', at: '2027-01-04' }, { type: 'case-closed', at: '2027-01-08' }] },
      policy,
      { today: '2027-03-01' },
    );
    expect(step(groups, 'review-case')).toMatchObject({ done: true, status: 'met', due: null, deadlines: [] });
  });

  it('takes the most urgent linked deadline, counting waiting periods only when nothing else is linked', () => {
    const events = [{ type: 'closure-letter-sent', at: '2027-01-04' }];
    const groups = caseChecklist({ ...base, events }, policy, { today: '2027-01-06' });
    // The reply window ends Monday 11 January, but closing is only due by the resolution target,
    // Wednesday 24 February (low: 2 months), so that is what the step shows.
    expect(step(groups, 'close-case')).toMatchObject({
      deadlines: ['resolution-target', 'reply-window'],
      due: '2027-02-24',
      status: 'pending',
    });
    expect(step(groups, 'wait-for-reply')).toMatchObject({ deadlines: ['close-early-check'], due: '2027-01-11', status: 'pending' });
  });

  it('shows an overdue linked deadline before a met one', () => {
    const twoLinks = testPolicy({
      deadlines: [
        { id: 'first-contact', type: 'first-contact', label: 'Contact the complainant', completedBy: 'complainant-contacted', source: 't' },
        { id: 'appointment', type: 'working-days-after-receipt', workingDays: 5, label: 'Offer an appointment', completedBy: 'appointment-offered', source: 't' },
      ],
      checklist: [
        { id: 'first-call', stage: 'first-contact', label: 'Call and offer an appointment', event: 'complainant-contacted', deadlines: ['first-contact', 'appointment'], source: 't' },
      ],
    });
    const groups = caseChecklist(
      { ...base, events: [{ type: 'complainant-contacted', at: '2026-12-29' }] },
      twoLinks,
      { today: '2027-01-06' },
    );
    expect(step(groups, 'first-call')).toMatchObject({ done: true, due: '2027-01-05', status: 'overdue' });
  });

  it('carries the problem of a waiting period cut short', () => {
    const events = [
      { type: 'closure-letter-sent', at: '2027-01-04' },
      { type: 'case-closed', at: '2027-01-05' },
    ];
    const groups = caseChecklist({ ...base, events }, policy, { today: '2027-01-06' });
    expect(step(groups, 'close-case')).toMatchObject({ done: true, doneAt: '2027-01-05', status: 'met' });
    expect(step(groups, 'close-case').problem).toMatch(/^The case was closed on Tuesday 5 January 2027, before the waiting period/);
  });

  it('throws for bad input, naming the field', () => {
    expect(() =>
      caseChecklist(
        { ...base, events: [{ type: 'report-logged', at: '2026-12-24' }, { type: 'case-reviewed', at: '31/12/2026' }] },
        policy,
        { today: '2027-01-01' },
      ),
    ).toThrow(/^events\[1\]\.at: /);
    expect(() => caseChecklist(base, policy, { today: '' })).toThrow(/^today: /);
  });
});

describe('caseChecklist with deadlines passed in', () => {
  it('gives the same checklist as computing them itself', async () => {
    const { caseDeadlines } = await import('../deadlines/case-deadlines.ts');
    const { policies } = await import('../policies/policies.ts');
    const policy = policies['co-op-homes']!;
    const c = { reference: 'R', receivedAt: '2026-12-18T16:05:00Z', level: 'medium' as const, events: [{ type: 'complainant-contacted', at: '2026-12-21' }] };
    const today = '2027-01-15';
    expect(caseChecklist(c, policy, { today, deadlines: caseDeadlines(c, policy, { today }) })).toEqual(caseChecklist(c, policy, { today }));
  });

  it('reads the case itself when the list is a copy, another case or another day', () => {
    const c = { ...base, events: [{ type: 'report-logged', at: '2026-12-24T16:10:00Z' }] };
    const deadlines = caseDeadlines(c, policy, { today: '2026-12-24' });
    const other = { ...base, events: [] };
    // Another case object with the same list: its own events decide what is done.
    expect(step(caseChecklist(other, policy, { today: '2026-12-24', deadlines }), 'log-report').done).toBe(false);
    expect(step(caseChecklist(c, policy, { today: '2026-12-24', deadlines: [...deadlines] }), 'log-report').done).toBe(true);
    // Another day: the case is read, and checked, again.
    expect(() => caseChecklist({ ...c, level: 'urgent' as never }, policy, { today: '2026-12-25', deadlines })).toThrow('level: unknown level "urgent"');
  });
});

describe('caseChecklist and policy edits', () => {
  it('follows an edited copy of a policy it has already used', () => {
    const c = { ...base, events: [{ type: 'report-logged', at: '2026-12-24' }] };
    const today = '2026-12-24';
    expect(step(caseChecklist(c, policy, { today }), 'log-report').label).toBe('Log the report');
    const edited = {
      ...policy,
      checklist: policy.checklist.map((s) => (s.id === 'log-report' ? { ...s, label: 'Record the report', stage: 'assessment' as const } : s)),
    };
    const groups = caseChecklist(c, edited, { today });
    expect(groups[2]!.steps.map((s) => s.id)).toContain('log-report');
    expect(step(groups, 'log-report')).toMatchObject({ label: 'Record the report', done: true });
    // The original is unchanged.
    expect(caseChecklist(c, policy, { today })[0]!.steps.map((s) => s.id)).toContain('log-report');
  });

  it('links the last deadline of an id when a list passed in repeats it', () => {
    const c = { ...base, events: [] };
    const today = '2027-01-06';
    const [first, ...rest] = caseDeadlines(c, policy, { today });
    const repeated = [first!, ...rest, { ...first!, due: '2027-02-01', status: 'pending' as const }];
    expect(step(caseChecklist(c, policy, { today, deadlines: repeated }), 'contact-complainant')).toMatchObject({ due: '2027-02-01', status: 'pending' });
  });
});

describe('caseChecklist: level history and anonymous cases (issue 11)', () => {
  const coOp = policies['co-op-homes']!;
  const stepIds = (groups: ReturnType<typeof caseChecklist>) => groups.flatMap((g) => g.steps.map((s) => s.id));

  it('adds the personal interview once a Co-op case is raised to high, due 5 working days after the change', () => {
    // Raised on Wednesday 13 January 2027: 14, 15, 18, 19, 20 January.
    const c = {
      reference: 'CH-2',
      receivedAt: '2026-12-24T09:00:00Z',
      level: 'low' as const,
      events: [{ type: 'case-reclassified', at: '2027-01-13T14:00:00Z', level: 'high' as const, reason: 'Damage to the front door' }],
    };
    expect(stepIds(caseChecklist({ ...c, events: [] }, coOp, { today: '2027-01-14' }))).not.toContain('hold-interview');
    const interview = caseChecklist(c, coOp, { today: '2027-01-14' })
      .flatMap((g) => g.steps)
      .find((s) => s.id === 'hold-interview');
    expect(interview).toMatchObject({ due: '2027-01-20', status: 'pending', done: false });
  });

  it('keeps the interview step when the case was lowered after the interview fell due', () => {
    // High from Monday 4 January 2027: interview due Monday 11 January; lowered on 12 January.
    const c = {
      reference: 'CH-4',
      receivedAt: '2027-01-04',
      level: 'high' as const,
      events: [{ type: 'case-reclassified', at: '2027-01-12', level: 'medium' as const, reason: 'No further incidents' }],
    };
    const interview = caseChecklist(c, coOp, { today: '2027-01-12' })
      .flatMap((g) => g.steps)
      .find((s) => s.id === 'hold-interview');
    expect(interview).toMatchObject({ due: '2027-01-11', status: 'overdue' });
  });

  it('leaves out the contact steps for an anonymous case', () => {
    const ids = stepIds(caseChecklist({ reference: 'A-1', receivedAt: '2026-12-18', level: 'high', flags: ['anonymous'] }, coOp, { today: '2026-12-21' }));
    expect(ids).not.toContain('contact-complainant');
    expect(ids).not.toContain('offer-appointment');
    expect(ids).toContain('review-case');
  });

  it('has the step that starts the closure letter to the alleged perpetrator (002 8.3)', () => {
    const closure = caseChecklist({ reference: 'CH-8', receivedAt: '2027-01-04', level: 'medium' }, coOp, { today: '2027-01-04' }).find((g) => g.stage === 'closure')!;
    expect(closure.steps.map((s) => s.event)).toEqual(expect.arrayContaining(['closure-accepted', 'perpetrator-closure-letter-sent']));
  });
});
