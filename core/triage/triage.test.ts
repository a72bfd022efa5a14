import { describe, expect, it } from 'vitest';
import { policies } from '../policies/policies.ts';
import { triage } from './triage.ts';

const plusDane = policies['plus-dane']!;
const coOp = policies['co-op-homes']!;
const model = policies.model!;
const friday = '2026-12-18T16:05:00Z';

describe('triage: levels and first contact', () => {
  it('places Plus Dane drug production at Level 2 with contact in 3 working days', () => {
    const result = triage({ behaviours: ['drugs'], receivedAt: friday }, plusDane);
    expect(result).toMatchObject({ isAsb: true, level: 'medium', levelLabel: 'Level 2 Medium Risk', firstContactWorkingDays: 3, firstContactDue: '2026-12-23' });
    expect(result.reasons.join('\n')).toMatch(/Drug use, dealing or production is Level 2 Medium Risk \(003 Plus Dane policy, Reporting ASB table/);
  });

  it('lets the most serious behaviour win', () => {
    const result = triage({ behaviours: ['animal-nuisance', 'violence', 'alcohol'], receivedAt: friday }, plusDane);
    expect(result.level).toBe('high');
    expect(result.firstContactDue).toBe('2026-12-21');
  });

  it('counts working days from the London date of a late-evening UTC time', () => {
    const result = triage({ behaviours: ['violence'], receivedAt: '2027-06-13T23:30:00Z' }, model);
    expect(result.receivedDate).toBe('2027-06-14');
    expect(result.firstContactDue).toBe('2027-06-15');
  });

  it('skips Christmas bank holidays', () => {
    const result = triage({ behaviours: ['violence'], receivedAt: '2026-12-24T10:00:00Z' }, coOp);
    expect(result.firstContactDue).toBe('2026-12-29');
  });

  it('treats neighbour disputes as low-level ASB at Co-op Homes', () => {
    const result = triage({ behaviours: ['neighbour-dispute'], receivedAt: friday }, coOp);
    expect(result).toMatchObject({ isAsb: true, level: 'low', levelLabel: 'Low-level ASB', firstContactDue: '2026-12-22' });
  });
});

describe('triage: hate incidents', () => {
  it('makes noise with a perceived racial motive a Level 1 hate incident', () => {
    const result = triage({ behaviours: ['noise-excessive'], receivedAt: friday, perceivedHate: ['race'] }, plusDane);
    expect(result).toMatchObject({ isAsb: true, level: 'high', levelLabel: 'Level 1 High Risk', firstContactDue: '2026-12-21' });
    expect(result.flags).toContain('hate-incident');
    expect(result.routes.map((r) => r.id)).toContain('hate-crime-policy');
    expect(result.reasons.join('\n')).toMatch(/hate motive \(race\) is perceived/);
  });

  it('brings an everyday-noise report back under the policy when hate is perceived', () => {
    const result = triage({ behaviours: ['noise-everyday'], receivedAt: friday, perceivedHate: ['religion'] }, model);
    expect(result.isAsb).toBe(true);
    expect(result.level).toBe('high');
  });

  it('flags the hate-incident behaviour even without a perceived strand', () => {
    expect(triage({ behaviours: ['hate-incident'], receivedAt: friday }, coOp).flags).toContain('hate-incident');
  });
});

describe('triage: outside ASB', () => {
  it('keeps a Plus Dane neighbour dispute outside ASB and says where it goes', () => {
    const result = triage({ behaviours: ['neighbour-dispute'], receivedAt: friday }, plusDane);
    expect(result).toMatchObject({ isAsb: false, level: null, levelLabel: null, firstContactDue: null });
    expect(result.outsideAsbRoute?.label).toBe('Good Neighbour Management');
    expect(result.reasons.join('\n')).toMatch(/handled outside the ASB policy/);
  });

  it('keeps everyday noise in the model outside ASB', () => {
    expect(triage({ behaviours: ['noise-everyday'], receivedAt: friday }, model).isAsb).toBe(false);
  });

  it('brings a dispute back when it affects others', () => {
    const result = triage({ behaviours: ['neighbour-dispute'], receivedAt: friday, affectsOthers: true }, plusDane);
    expect(result).toMatchObject({ isAsb: true, level: 'low', firstContactDue: '2026-12-29' });
    expect(result.reasons.join('\n')).toMatch(/affects people beyond the dispute/);
  });

  it('brings a dispute back at the risk-of-harm level when someone is at risk', () => {
    const result = triage({ behaviours: ['neighbour-dispute'], receivedAt: friday, riskOfHarm: true }, plusDane);
    expect(result).toMatchObject({ isAsb: true, level: 'high' });
    expect(result.flags).toContain('risk-of-harm');
  });

  it('lets an ASB behaviour carry an everyday-noise report', () => {
    const result = triage({ behaviours: ['noise-everyday', 'verbal-abuse'], receivedAt: friday }, plusDane);
    expect(result).toMatchObject({ isAsb: true, level: 'medium' });
  });
});

describe('triage: flags, routes and prompts', () => {
  it('raises to the risk-of-harm level', () => {
    const result = triage({ behaviours: ['garden-nuisance'], receivedAt: friday, riskOfHarm: true }, plusDane);
    expect(result.level).toBe('high');
    expect(result.flags).toContain('risk-of-harm');
  });

  it('routes domestic abuse, crime, vulnerability, young people and safeguarding', () => {
    const result = triage(
      {
        behaviours: ['domestic-abuse', 'property-damage'],
        receivedAt: friday,
        vulnerabilities: ['mental-health'],
        youngPersonInvolved: true,
        safeguardingConcern: true,
      },
      plusDane,
    );
    expect(result.flags).toEqual(expect.arrayContaining(['domestic-abuse', 'crime', 'vulnerable-reporter', 'young-person', 'safeguarding']));
    expect(result.routes.map((r) => r.id)).toEqual(
      expect.arrayContaining(['domestic-abuse-policy', 'police', 'support', 'young-people', 'safeguarding-policy']),
    );
    expect(result.prompts).toContain('Complete the full risk assessment of the person making the report.');
  });

  it('raises a report of immediate danger to the top level and routes it to 999', () => {
    const result = triage({ behaviours: ['vehicle-nuisance'], receivedAt: friday, immediateDanger: true }, model);
    expect(result.level).toBe('high');
    expect(result.routes.map((r) => r.id)).toContain('emergency');
  });

  it('raises the level from a high risk-assessment score', () => {
    const result = triage({ behaviours: ['animal-nuisance'], receivedAt: friday }, plusDane, {
      riskAssessment: { 'feels-unsafe': true, threatened: true, targeted: true, health: true },
    });
    expect(result.riskAssessment).toMatchObject({ score: 11, band: { id: 'high' } });
    expect(result).toMatchObject({ level: 'high', firstContactDue: '2026-12-21' });
    expect(result.flags).toContain('safeguarding');
  });
});

describe('triage: bad input', () => {
  it.each([
    [{ behaviours: ['karaoke'], receivedAt: friday }, /behaviours\[0\]: unknown behaviour "karaoke"/],
    [{ behaviours: [], receivedAt: friday }, /behaviours: at least one behaviour is required/],
    [{ behaviours: ['drugs'], receivedAt: '' }, /receivedAt: is required/],
    [{ behaviours: ['drugs'], receivedAt: 'yesterday' }, /receivedAt: must be a real date/],
    [{ behaviours: ['drugs'], receivedAt: friday, perceivedHate: ['height'] }, /perceivedHate\[0\]: unknown hate strand "height"/],
  ])('rejects %j', (input, message) => {
    expect(() => triage(input as never, plusDane)).toThrow(message);
  });

  it('rejects an unknown risk-assessment question', () => {
    expect(() => triage({ behaviours: ['drugs'], receivedAt: friday }, plusDane, { riskAssessment: { shoeSize: true } })).toThrow(
      /answers.shoeSize: unknown question/,
    );
  });
});

describe('triage: policy edits', () => {
  it('follows an edited copy of a policy it has already used', () => {
    const report = { behaviours: ['drugs' as const], receivedAt: friday };
    expect(triage(report, plusDane)).toMatchObject({ level: 'medium', firstContactWorkingDays: 3 });
    // Move drugs from Level 2 to Level 1 in a copy.
    const levels = plusDane.levels.map((l) => ({
      ...l,
      behaviours: l.level === 'high' ? [...l.behaviours, { code: 'drugs' as const, source: 'edited' }] : l.behaviours.filter((b) => b.code !== 'drugs'),
    }));
    const edited = { ...plusDane, levels };
    expect(triage(report, edited)).toMatchObject({ level: 'high', levelLabel: 'Level 1 High Risk' });
    expect(triage(report, edited).reasons[0]).toMatch(/\(edited\)$/);
    expect(triage(report, plusDane)).toMatchObject({ level: 'medium' });
  });

  it('follows an edited copy of its rules', () => {
    const report = { behaviours: ['noise-excessive' as const], receivedAt: friday, immediateDanger: true };
    const rules = [{ id: 'danger', when: { anyOf: [{ field: 'immediateDanger' as const, is: true }] }, then: { flags: ['danger-now'] }, reason: 'Danger now.', source: 'edited' }];
    expect(triage(report, model).flags).not.toContain('danger-now');
    expect(triage(report, { ...model, rules }).flags).toContain('danger-now');
  });
});

describe('triage: rules a schema would refuse', () => {
  it('still tests a condition the schema does not know, as it reads', () => {
    // Not validated: a landlord's tool could hand triage such a policy.
    const rules = [{ id: 'odd', when: { anyOf: [{ field: 'barking', is: false }] }, then: { flags: ['odd-rule'] }, reason: 'Odd.', source: 'test' }];
    const edited = { ...model, rules } as unknown as typeof model;
    expect(triage({ behaviours: ['animal-nuisance'], receivedAt: friday }, edited).flags).toContain('odd-rule');
  });
});

describe('triage of what the words add', () => {
  it("records the reporter's words and a reason per addition, and the risk raises the level", async () => {
    const { toTriageInput } = await import('../report/to-triage-input.ts');
    const { sampleReport } = await import('../report/sample-report.ts');
    const { policies } = await import('../policies/policies.ts');
    const report = { ...sampleReport, riskOfHarm: false, immediateDanger: false, perceivedHate: [], description: "The music is loud every night and when I knocked he said he'd stab me.", impact: 'I cannot sleep.' };
    const result = triage(toTriageInput(report, '2026-12-18T10:00:00Z'), policies['plus-dane']!);
    expect(result.flags).toContain('risk-of-harm');
    expect(result.level).toBe('high');
    expect(result.fromWords.map((w) => w.adds)).toEqual(['violence', 'risk-of-harm']);
    expect(result.fromWords[0]!.evidence[0]!.phrase).toBe("he said he'd stab");
    expect(result.reasons.some((r) => r.startsWith('The description says "he said he\'d stab", which points to a risk of personal harm'))).toBe(true);
  });
});
