import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse-policy.ts';
import { policies } from './policies.ts';

// Issue 11: what the presets must say, checked on the data itself.
describe('preset policies: every deadline event has a checklist step', () => {
  it.each(Object.entries(policies))('%s has a step recording each event that starts or completes a deadline', (_id, policy) => {
    const stepEvents = new Set(policy.checklist.map((s) => s.event));
    const needed = new Set<string>();
    for (const d of policy.deadlines) {
      needed.add(d.completedBy);
      if (d.type === 'working-days-after-event' || d.type === 'wait-after-event') d.after.forEach((e) => needed.add(e));
    }
    expect([...needed].filter((e) => !stepEvents.has(e))).toEqual([]);
  });

  it.each(Object.entries(policies))('%s links each deadline to a step', (_id, policy) => {
    const linked = new Set(policy.checklist.flatMap((s) => s.deadlines ?? []));
    expect(policy.deadlines.map((d) => d.id).filter((id) => !linked.has(id))).toEqual([]);
  });
});

describe('preset policies: the case log follows every action (002 2.5)', () => {
  it.each(['co-op-homes', 'model'])('%s starts the case-log deadline from every step but logging, the log itself and the survey', (id) => {
    const policy = policies[id]!;
    const rule = policy.deadlines.find((d) => d.id === 'case-log-updated');
    if (rule?.type !== 'working-days-after-event') throw new Error('case-log-updated must be a working-days-after-event rule');
    expect(rule.each).toBe(true);
    const notActions = new Set(['report-logged', 'case-log-updated', 'survey-sent']);
    const actions = policy.checklist.map((s) => s.event).filter((e) => !notActions.has(e));
    expect(actions.filter((e) => !rule.after.includes(e))).toEqual([]);
  });
});

describe('preset policies: assumed values', () => {
  it('marks Plus Dane reviews and updates every 10 working days as assumed', () => {
    const plusDane = policies['plus-dane']!;
    for (const id of ['case-review', 'complainant-update']) {
      expect(plusDane.deadlines.find((d) => d.id === id), id).toMatchObject({ every: { workingDays: 10 }, assumed: true });
    }
  });

  it.each(Object.entries(policies))('%s says why wherever it marks a value assumed', (_id, policy) => {
    const marked = [
      ...policy.deadlines,
      ...policy.rules,
      ...policy.checklist,
      ...policy.routes,
      ...policy.levels.flatMap((l) => [l.firstContact, l.resolution, ...l.behaviours]),
      ...policy.outsideAsb.behaviours,
    ].filter((r) => r.assumed === true);
    for (const r of marked) expect(r.decided, JSON.stringify(r).slice(0, 80)).toMatch(/\w/);
  });
});

describe('preset policies: explanations for missed targets (003 Reporting ASB)', () => {
  it('requires an explanation for a missed Plus Dane first contact, and nothing Co-op Homes does not ask for', () => {
    expect(policies['plus-dane']!.deadlines.find((d) => d.id === 'first-contact')!.explanationRequired).toBe(true);
    expect(policies['co-op-homes']!.deadlines.filter((d) => d.explanationRequired).map((d) => d.id)).toEqual([]);
  });
});

describe('parsePolicy: the new rule and deadline fields', () => {
  const plusDane = policies['plus-dane']!;

  it('names a bad time of day, frequency or tenure in a rule', () => {
    const rule = (condition: unknown) => ({ ...plusDane, rules: [{ id: 'x', when: { allOf: [condition] }, then: {}, reason: 'x', source: '003' }] });
    expect(() => parsePolicy(rule({ timeBetween: { from: '11pm', to: '07:00' } }))).toThrow(/rules\[0\]\.when\.allOf\[0\]/);
    expect(() => parsePolicy(rule({ frequencyIn: ['hourly'] }))).toThrow(/rules\[0\]\.when\.allOf\[0\]/);
    expect(parsePolicy(rule({ reporterIn: ['leaseholder'] })).rules[0]!.when.allOf).toEqual([{ reporterIn: ['leaseholder'] }]);
  });

  it('names a bad dateFrom and a bad return reason', () => {
    const deadlines = [{ ...plusDane.deadlines[0]!, dateFrom: 'offeredAt' }];
    expect(() => parsePolicy({ ...plusDane, deadlines })).toThrow(/deadlines\[0\]\.dateFrom/);
    const outsideAsb = { ...plusDane.outsideAsb, behaviours: [{ ...plusDane.outsideAsb.behaviours[0]!, alsoReturnsWhen: ['loudness'] }] };
    expect(() => parsePolicy({ ...plusDane, outsideAsb })).toThrow(/outsideAsb\.behaviours\[0\]\.alsoReturnsWhen\[0\]/);
  });
});
