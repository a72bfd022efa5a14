import { describe, expect, it } from 'vitest';
import { policies } from '../policies/policies.ts';
import { parseTriageInput } from './triage-input.ts';
import { triage } from './triage.ts';

// Rules on the report's frequency, time of day, reporter and the officer's concerns (issue 11).
const plusDane = policies['plus-dane']!;
const coOp = policies['co-op-homes']!;
const model = policies.model!;
const friday = '2026-12-18T16:05:00Z';

describe('triage: persistent verbal abuse (002 1.2 iii)', () => {
  it('raises Co-op verbal abuse to high when it happens at least weekly', () => {
    // High: 1 working day after Friday 18 December is Monday 21 December.
    expect(triage({ behaviours: ['verbal-abuse'], receivedAt: friday, frequency: 'weekly' }, coOp)).toMatchObject({ level: 'high', firstContactDue: '2026-12-21' });
    expect(triage({ behaviours: ['verbal-abuse'], receivedAt: friday, frequency: 'daily' }, model).level).toBe('high');
    const persistent = triage({ behaviours: ['verbal-abuse'], receivedAt: friday, frequency: 'several-times-a-week' }, coOp);
    expect(persistent.reasons.join('\n')).toMatch(/persistent verbal abuse.*\(002 Co-op Homes procedure, 1\.2 \(iii\)/);
  });

  it('keeps one-off or occasional verbal abuse at medium', () => {
    // Medium: 2 working days, Monday 21 and Tuesday 22 December.
    for (const frequency of ['once', 'monthly', 'less-often', 'not-sure'] as const) {
      expect(triage({ behaviours: ['verbal-abuse'], receivedAt: friday, frequency }, coOp), frequency).toMatchObject({ level: 'medium', firstContactDue: '2026-12-22' });
    }
    expect(triage({ behaviours: ['verbal-abuse'], receivedAt: friday }, coOp).level).toBe('medium');
  });
});

describe('triage: noise (003 6 and 7.1)', () => {
  it('brings everyday noise most nights between 11pm and 7am under the Plus Dane policy at Level 3', () => {
    // Level 3: 5 working days, 21, 22, 23, 24, 29 December.
    const nightly = triage({ behaviours: ['noise-everyday'], receivedAt: friday, frequency: 'daily', incidentTimes: ['23:40', '01:15'] }, plusDane);
    expect(nightly).toMatchObject({ isAsb: true, level: 'low', levelLabel: 'Level 3 Low Risk', firstContactDue: '2026-12-29' });
    // 06:59 is in the span, 07:00 and 22:59 are not.
    expect(triage({ behaviours: ['noise-everyday'], receivedAt: friday, frequency: 'several-times-a-week', incidentTimes: ['06:59'] }, plusDane).isAsb).toBe(true);
    expect(triage({ behaviours: ['noise-everyday'], receivedAt: friday, frequency: 'daily', incidentTimes: ['07:00', '22:59'] }, plusDane).isAsb).toBe(false);
    // At night, but weekly: still Good Neighbour Management.
    expect(triage({ behaviours: ['noise-everyday'], receivedAt: friday, frequency: 'weekly', incidentTimes: ['02:00'] }, plusDane).isAsb).toBe(false);
  });

  it('places daytime everyday noise outside ASB with the reason the preset recorded', () => {
    const day = triage({ behaviours: ['noise-everyday'], receivedAt: friday, frequency: 'daily', incidentTimes: ['14:00'] }, plusDane);
    expect(day).toMatchObject({ isAsb: false, level: null, firstContactDue: null });
    const placed = plusDane.outsideAsb.behaviours.find((b) => b.code === 'noise-everyday')!;
    expect(placed.decided).toMatch(/not unreasonable on its own/);
  });

  it('prompts that the reporter may be expected to try first for occasional low-level noise', () => {
    const occasional = triage({ behaviours: ['noise-excessive'], receivedAt: friday, frequency: 'monthly' }, plusDane);
    expect(occasional.flags).toContain('try-first');
    expect(occasional.prompts.join('\n')).toMatch(/tried to sort it out with their neighbour.*\(7\.1\)/);
    expect(triage({ behaviours: ['noise-excessive'], receivedAt: friday, frequency: 'daily' }, plusDane).flags).not.toContain('try-first');
    expect(triage({ behaviours: ['noise-excessive'], receivedAt: friday, frequency: 'once', riskOfHarm: true }, plusDane).flags).not.toContain('try-first');
  });
});

describe('triage: Plus Dane reporters and concerns (003 1, 4.2, Reporting ASB, Neighbour Disputes, 20, 27)', () => {
  it('brings a neighbour dispute with a clear victim under the policy', () => {
    expect(triage({ behaviours: ['neighbour-dispute'], receivedAt: friday }, plusDane).isAsb).toBe(false);
    const victim = triage({ behaviours: ['neighbour-dispute'], receivedAt: friday, clearVictim: true }, plusDane);
    expect(victim).toMatchObject({ isAsb: true, level: 'low', firstContactDue: '2026-12-29' });
    expect(victim.reasons.join('\n')).toMatch(/there is a clear victim/);
    // Clear victim is the dispute's exception, not noise's.
    expect(triage({ behaviours: ['noise-everyday'], receivedAt: friday, clearVictim: true }, plusDane).isAsb).toBe(false);
  });

  it('flags a shared owner or leaseholder reporting someone who is not a Plus Dane tenant', () => {
    const outside = triage({ behaviours: ['vehicle-nuisance'], receivedAt: friday, reporterTenure: 'leaseholder', reportedPersonIsTenant: false }, plusDane);
    expect(outside.flags).toContain('outside-policy-reporter');
    expect(outside.prompts.join('\n')).toMatch(/independent legal advice or contact the local authority/);
    const aboutTenant = triage({ behaviours: ['vehicle-nuisance'], receivedAt: friday, reporterTenure: 'shared-owner', reportedPersonIsTenant: true }, plusDane);
    expect(aboutTenant.flags).not.toContain('outside-policy-reporter');
    expect(aboutTenant.reasons.join('\n')).toMatch(/about a Plus Dane tenant, so it is investigated under this policy/);
    expect(triage({ behaviours: ['vehicle-nuisance'], receivedAt: friday, reporterTenure: 'tenant' }, plusDane).flags).not.toContain('outside-policy-reporter');
  });

  it('routes a report the officer thinks malicious to the vexatious behaviour framework', () => {
    const result = triage({ behaviours: ['animal-nuisance'], receivedAt: friday, maliciousConcern: true }, plusDane);
    expect(result.flags).toContain('malicious-concern');
    expect(result.routes.map((r) => r.id)).toContain('vexatious-framework');
  });

  it('sends signs of modern slavery to safeguarding', () => {
    const result = triage({ behaviours: ['other'], receivedAt: friday, modernSlaveryConcern: true }, plusDane);
    expect(result.flags).toEqual(expect.arrayContaining(['modern-slavery', 'safeguarding']));
    expect(result.routes.map((r) => r.id)).toContain('safeguarding-policy');
  });
});

describe('triage: anonymous reports (003 4.2)', () => {
  it('gives no first-contact date, for every preset', () => {
    for (const policy of [plusDane, coOp, model]) {
      const result = triage({ behaviours: ['drugs'], receivedAt: friday, anonymous: true }, policy);
      expect(result, policy.id).toMatchObject({ isAsb: true, firstContactDue: null, firstContactWorkingDays: null });
      expect(result.flags, policy.id).toContain('anonymous');
      expect(result.reasons.join('\n'), policy.id).toMatch(/no first-contact target, because the report is anonymous/);
    }
    expect(triage({ behaviours: ['drugs'], receivedAt: friday, anonymous: false }, plusDane).firstContactDue).toBe('2026-12-23');
  });
});

describe('triage input: the new facts', () => {
  it('names a bad frequency, time or tenure', () => {
    const base = { behaviours: ['drugs'], receivedAt: friday };
    expect(() => parseTriageInput({ ...base, frequency: 'hourly' })).toThrow('frequency: unknown frequency "hourly"');
    expect(() => parseTriageInput({ ...base, incidentTimes: ['25:00'] })).toThrow(/^incidentTimes\[0\]: must be a time HH:MM/);
    expect(() => parseTriageInput({ ...base, reporterTenure: 'owner' })).toThrow('reporterTenure: unknown tenure "owner"');
    expect(() => parseTriageInput({ ...base, anonymous: 'yes' })).toThrow(/^anonymous: must be true or false/);
  });
});

describe('triage: the model policy on night-time everyday noise', () => {
  it('brings nightly everyday noise under the policy at low, and leaves daytime noise with good neighbour management', () => {
    // Low in the model: 3 working days after Friday 18 December: 21, 22, 23 December.
    expect(triage({ behaviours: ['noise-everyday'], receivedAt: friday, frequency: 'daily', incidentTimes: ['00:30'] }, model)).toMatchObject({
      isAsb: true,
      level: 'low',
      firstContactDue: '2026-12-23',
    });
    expect(triage({ behaviours: ['noise-everyday'], receivedAt: friday, frequency: 'daily', incidentTimes: ['15:30'] }, model).isAsb).toBe(false);
  });
});
