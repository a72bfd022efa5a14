// The core contract (../shared/docs/core-contract.md), checked through core/index.ts only,
// with the real presets: the names and semantics outside checks depend on.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  caseDeadlines,
  caseLevelHistory,
  isWorkingDay,
  parsePolicy,
  policies,
  triage,
  BEHAVIOUR_CODES,
} from './index.ts';

const coOp = policies['co-op-homes']!;
const plusDane = policies['plus-dane']!;
const model = policies.model!;

describe('contract: policies', () => {
  it('has the three presets with display names and regions', () => {
    expect(coOp).toMatchObject({ id: 'co-op-homes', landlord: 'Co-op Homes', region: 'england-and-wales' });
    expect(plusDane).toMatchObject({ id: 'plus-dane', landlord: 'Plus Dane Housing' });
    expect(model.id).toBe('model');
    expect(plusDane.levels.map((l) => l.label)).toEqual(['Level 1 High Risk', 'Level 2 Medium Risk', 'Level 3 Low Risk']);
  });

  it('parsePolicy names the offending path', () => {
    expect(() => parsePolicy({ ...model, region: 'mars' })).toThrow(/region: /);
  });

  it('places every behaviour code in each preset', () => {
    for (const policy of Object.values(policies)) {
      for (const code of BEHAVIOUR_CODES) {
        const r = triage({ behaviours: [code], receivedAt: '2026-12-01' }, policy);
        expect(r.isAsb ? r.level : 'outside').toBeTruthy();
      }
    }
  });
});

describe('contract: working days', () => {
  it('skips weekends and bank holidays, substitute days included', () => {
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day substitute
    expect(isWorkingDay('2027-01-04', 'scotland')).toBe(false); // 2 January substitute
    expect(isWorkingDay('2027-01-04')).toBe(true);
    expect(isWorkingDay('2026-07-13', 'northern-ireland')).toBe(false);
  });

  it('never counts the start date and accepts date-times', () => {
    expect(addWorkingDays('2026-12-18', 1)).toBe('2026-12-21');
    expect(addWorkingDays('2026-12-19', 1)).toBe('2026-12-21');
    expect(addWorkingDays('2027-06-13T23:30:00Z', 0)).toBe('2027-06-14');
    expect(() => addWorkingDays('2026-12-18', -1)).toThrow(/n/);
    expect(() => addWorkingDays('2026-12-18', 1.5)).toThrow(/n/);
  });
});

describe('contract: triage', () => {
  it('returns the contract shape', () => {
    const r = triage({ behaviours: ['violence'], receivedAt: '2026-12-18T16:05:00Z' }, coOp);
    expect(r).toMatchObject({ isAsb: true, level: 'high', firstContactDue: '2026-12-21' });
    expect(Array.isArray(r.flags)).toBe(true);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('sets the three contract flags', () => {
    const r = triage(
      { behaviours: ['domestic-abuse'], receivedAt: '2026-12-18', perceivedHate: ['disability'], riskOfHarm: true },
      plusDane,
    );
    expect(r.flags).toEqual(expect.arrayContaining(['hate-incident', 'domestic-abuse', 'risk-of-harm']));
  });

  it('errors name the field', () => {
    expect(() => triage({ behaviours: ['karaoke' as never], receivedAt: '2026-12-18' }, model)).toThrow(
      'behaviours[0]: unknown behaviour "karaoke"',
    );
  });
});

describe('contract: deadlines (Co-op Homes)', () => {
  const today = '2027-01-20';
  const base = { reference: 'ASB-1', receivedAt: '2026-12-18T16:05:00Z' };

  it('produces the contract ids with the Co-op timescales', () => {
    const list = caseDeadlines({ ...base, level: 'low' }, coOp, { today });
    const byId = Object.fromEntries(list.map((d) => [d.id, d]));
    expect(new Set(list.map((d) => d.id)).size).toBe(list.length);
    expect(byId['first-contact']!.due).toBe('2026-12-22');
    expect(byId['appointment-offered']!.due).toBe(addWorkingDays('2026-12-18', 5));
    expect(byId['action-plan']!.due).toBe(addWorkingDays('2026-12-18', 5));
    expect(byId['case-review']!.due).toBe(addWorkingDays('2026-12-18', 10));
    expect(byId['resolution-target']!.due).toBe('2027-02-18');
    expect(byId['first-contact']!.status).toBe('overdue');
  });

  it('has no fixed resolution date for high-level cases', () => {
    const high = caseDeadlines({ ...base, level: 'high' }, coOp, { today }).find((d) => d.id === 'resolution-target');
    expect(high === undefined || high.due === null).toBe(true);
  });

  it('clamps months to the end of the month', () => {
    const d = caseDeadlines({ reference: 'X', receivedAt: '2026-12-31', level: 'low' }, coOp, { today }).find(
      (x) => x.id === 'resolution-target',
    );
    expect(d!.due).toBe('2027-02-28');
  });

  it('marks met and met-late by the completing event', () => {
    const events = [
      { type: 'complainant-contacted', at: '2026-12-22T09:00:00Z' },
      { type: 'appointment-offered', at: '2027-01-05T09:00:00Z' },
    ];
    const list = caseDeadlines({ ...base, level: 'low', events }, coOp, { today });
    expect(list.find((d) => d.id === 'first-contact')!.status).toBe('met');
    expect(list.find((d) => d.id === 'appointment-offered')!.status).toBe('met-late');
  });

  it('schedules the next review after the latest review', () => {
    const events = [{ type: 'case-reviewed', at: '2027-01-08' }];
    const review = caseDeadlines({ ...base, level: 'medium', events }, coOp, { today: '2027-01-10' }).find((d) => d.id === 'case-review')!;
    expect(review.due).toBe(addWorkingDays('2027-01-08', 10));
    expect(review.status).toBe('pending');
  });
});

describe('contract: level history (re-categorisation)', () => {
  // Plus Dane, received Friday 18 December 2026 at Level 3 (5 working days: due Tuesday 29 December).
  const base = { reference: 'PD-C1', receivedAt: '2026-12-18T16:05:00Z', level: 'low' as const };

  it('judges first contact made on working day 4 against Level 3, though the case was then raised to Level 1', () => {
    const events = [
      { type: 'complainant-contacted', at: '2026-12-24T10:00:00Z' },
      { type: 'case-reclassified', at: '2026-12-24T15:00:00Z', level: 'high' as const, reason: 'Threats of violence during the call' },
    ];
    const first = caseDeadlines({ ...base, events }, plusDane, { today: '2027-01-04' }).find((d) => d.id === 'first-contact')!;
    expect(first).toMatchObject({ due: '2026-12-29', status: 'met', explanationOwed: false });
    expect(caseLevelHistory({ ...base, events }, plusDane, { today: '2027-01-04' }).map((h) => [h.level, h.reason])).toEqual([
      ['low', null],
      ['high', 'Threats of violence during the call'],
    ]);
  });

  it('carries explanationOwed on every entry', () => {
    for (const policy of [coOp, plusDane, model]) {
      for (const d of caseDeadlines({ ...base, level: 'high' }, policy, { today: '2027-02-01' })) expect(typeof d.explanationOwed, `${policy.id} ${d.id}`).toBe('boolean');
    }
    // Plus Dane Level 1 first contact, due Monday 21 December, still not made on 1 February.
    expect(caseDeadlines({ ...base, level: 'high' }, plusDane, { today: '2027-02-01' }).find((d) => d.id === 'first-contact')!.explanationOwed).toBe(true);
  });

  it('refuses a reclassification with no reason, naming the field', () => {
    const events = [{ type: 'case-reclassified', at: '2026-12-22', level: 'high' as const, reason: '' }];
    expect(() => caseDeadlines({ ...base, events }, plusDane, { today: '2026-12-22' })).toThrow(/^events\[0\]\.reason: /);
  });
});
