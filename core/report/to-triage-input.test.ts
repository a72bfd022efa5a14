import { describe, expect, it } from 'vitest';
import type { Report } from './report-schema.ts';
import { toTriageInput } from './to-triage-input.ts';

const report: Report = {
  schemaVersion: 1,
  policyId: 'model',
  immediateDanger: false,
  behaviours: ['harassment'],
  perceivedHate: [],
  description: 'A man keeps kicking the door and shouting at me.',
  started: { kind: 'not-sure' },
  frequency: 'weekly',
  location: 'My front door',
  stillHappening: 'yes',
  impact: 'I am frightened to go out.',
  riskOfHarm: false,
  reporter: { anonymous: true },
  consentToShare: true,
};

describe('toTriageInput', () => {
  it('maps the contract fields', () => {
    expect(toTriageInput({ ...report, perceivedHate: ['race'], affectsOthers: true, vulnerabilities: ['older-person'] }, '2026-12-18T16:05:00Z')).toEqual({
      behaviours: ['harassment'],
      receivedAt: '2026-12-18T16:05:00Z',
      riskOfHarm: false,
      perceivedHate: ['race'],
      affectsOthers: true,
      vulnerabilities: ['older-person'],
      youngPersonInvolved: false,
      safeguardingConcern: false,
      immediateDanger: false,
      anonymous: true,
      frequency: 'weekly',
    });
  });

  it('passes on anonymity, frequency and the diary times of day for policy rules', () => {
    const diary = [
      { date: '2026-12-14', time: '23:40', whatHappened: 'Music through the wall' },
      { date: '2026-12-15', whatHappened: 'Shouting' },
      { date: '2026-12-16', time: '01:10', whatHappened: 'Music again' },
    ];
    const input = toTriageInput({ ...report, frequency: 'daily', diary, reporter: { anonymous: false, name: 'Sam Lee', contactMethods: ['phone'], phone: '0161 496 0000' } }, '2026-12-18');
    expect(input).toMatchObject({ anonymous: false, frequency: 'daily', incidentTimes: ['23:40', '01:10'] });
    expect(toTriageInput(report, '2026-12-18')).not.toHaveProperty('incidentTimes');
  });

  it('leaves affectsOthers out when the tenant did not answer', () => {
    expect(toTriageInput(report, '2026-12-18')).not.toHaveProperty('affectsOthers');
  });

  it('treats immediate danger as a risk of harm', () => {
    const input = toTriageInput({ ...report, immediateDanger: true }, '2026-12-18');
    expect(input.riskOfHarm).toBe(true);
    expect(input.immediateDanger).toBe(true);
  });

  it('marks a young person when the person reported is 10-17', () => {
    const reportedPerson = { known: false, ageGroup: '10-17' as const };
    expect(toTriageInput({ ...report, reportedPerson }, '2026-12-18').youngPersonInvolved).toBe(true);
    expect(toTriageInput({ ...report, reportedPerson: { known: false, ageGroup: '18-or-over' } }, '2026-12-18').youngPersonInvolved).toBe(false);
  });

  it('raises a safeguarding concern for children at risk of harm, but not for children alone', () => {
    const withChildren = { ...report, vulnerabilities: ['children-in-household' as const] };
    expect(toTriageInput(withChildren, '2026-12-18').safeguardingConcern).toBe(false);
    expect(toTriageInput({ ...withChildren, riskOfHarm: true }, '2026-12-18').safeguardingConcern).toBe(true);
    expect(toTriageInput({ ...withChildren, behaviours: ['domestic-abuse'] }, '2026-12-18').safeguardingConcern).toBe(true);
  });

  it('raises a safeguarding concern for an adult at risk, and for a reported child under 10', () => {
    expect(toTriageInput({ ...report, riskOfHarm: true, vulnerabilities: ['mental-health'] }, '2026-12-18').safeguardingConcern).toBe(true);
    expect(toTriageInput({ ...report, riskOfHarm: true }, '2026-12-18').safeguardingConcern).toBe(false);
    expect(toTriageInput({ ...report, reportedPerson: { known: true, ageGroup: 'under-10' } }, '2026-12-18').safeguardingConcern).toBe(true);
  });

  it("adds what the tenant's words say and they did not tick, with the phrases and a reason", () => {
    const input = toTriageInput(
      { ...report, behaviours: ['noise-excessive'], description: "He bangs on the wall at night and last week he said he'd stab me if I complain again", impact: 'I have not slept properly for weeks' },
      '2026-12-18',
    );
    expect(input.riskOfHarm).toBe(true);
    expect(input.behaviours).toEqual(['noise-excessive', 'violence']);
    expect(input.fromWords?.map((w) => w.adds)).toEqual(['violence', 'risk-of-harm']);
    const risk = input.fromWords!.find((w) => w.adds === 'risk-of-harm')!;
    expect(risk.field).toBe('description');
    expect(risk.evidence.map((e) => e.phrase)).toContain("he said he'd stab");
    expect(risk.reason).toMatch(/^The description says "he said he'd stab", which points to a risk of personal harm/);
  });

  it('reads the impact too, and adds a hate motive and a young person the tenant did not name', () => {
    const input = toTriageInput(
      { ...report, description: 'The lads from number 9, maybe fourteen or fifteen, shout at my wife.', impact: 'They call her a dirty paki every time she goes out and she is scared to leave the house.' },
      '2026-12-18',
    );
    expect(input.perceivedHate).toEqual(['race']);
    expect(input.behaviours).toEqual(['harassment']); // triage makes any perceived motive a hate incident
    expect(input.youngPersonInvolved).toBe(true);
    expect(input.riskOfHarm).toBe(true); // "scared to leave the house"
    expect(input.fromWords?.find((w) => w.adds === 'hate:race')?.field).toBe('impact');
  });

  it('only adds: what the tenant stated stays, and nothing is added twice', () => {
    const input = toTriageInput({ ...report, riskOfHarm: true, perceivedHate: ['race'], description: "he said he'd stab me and called me a paki", impact: 'scared' }, '2026-12-18');
    expect(input.riskOfHarm).toBe(true);
    expect(input.perceivedHate).toEqual(['race']);
    expect(input.fromWords?.map((w) => w.adds)).toEqual(['violence']);
    expect(toTriageInput({ ...report, description: 'No threats were made, it is the noise.', impact: 'Tired.' }, '2026-12-18')).not.toHaveProperty('fromWords');
  });

  it('refuses a receivedAt that is not a real date or date-time, naming it', () => {
    expect(() => toTriageInput(report, 'yesterday')).toThrow(/^receivedAt: must be a real date/);
    expect(() => toTriageInput(report, '2026-02-30T10:00:00Z')).toThrow(/^receivedAt: /);
    expect(() => toTriageInput(report, '')).toThrow('receivedAt: is required');
  });
});
