import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import type { TrackedCase } from './tracked-case.ts';
import { assessTrackedCase } from './assess-tracked-case.ts';

const tracked = (overrides: Partial<TrackedCase> = {}): TrackedCase => ({
  key: 'omniledger:OL-1',
  system: 'omniledger',
  reference: 'OL-1',
  host: {
    system: 'omniledger',
    reference: 'OL-1',
    receivedAt: '2026-12-01T10:00',
    recordedCategory: 'Noise Nuisance',
    description: 'Loud music every night',
    parties: [],
    logEntries: [],
    url: 'http://127.0.0.1:4310/hosts/omniledger/asb-log/OL-1.html',
  },
  firstSeenAt: '2026-12-01T10:05:00.000Z',
  lastSeenAt: '2026-12-01T10:05:00.000Z',
  level: null,
  flags: [],
  officer: '',
  missedReasons: {},
  riskAnswers: {},
  reportDates: [],
  closedAt: null,
  events: [],
  ...overrides,
});

const policy = policies.model!;

describe('assessTrackedCase', () => {
  it('computes the deadlines from the host log and the officer record together', () => {
    const none = assessTrackedCase(tracked(), policy, '2026-12-21');
    expect(none.overdue.map((d) => d.id)).toContain('first-contact');

    const logged = tracked({
      host: { ...tracked().host, logEntries: [{ at: '2026-12-01T15:00', kind: 'Phone call to complainant', text: 'Spoke to her', event: 'complainant-contacted' }] },
      events: [{ id: 'e1', caseKey: 'omniledger:OL-1', type: 'acknowledgement-sent', at: '2026-12-01T16:00:00Z', source: 'letter', recordedAt: '2026-12-01T16:00:00Z' }],
    });
    const summary = assessTrackedCase(logged, policy, '2026-12-21');
    expect(summary.deadlines.find((d) => d.id === 'first-contact')?.status).toBe('met');
    expect(summary.events.map(({ type, at, origin }) => ({ type, at, origin }))).toEqual([
      { type: 'complainant-contacted', at: '2026-12-01T15:00', origin: 'host' },
      { type: 'case-log-updated', at: '2026-12-01T15:00', origin: 'host' },
      { type: 'acknowledgement-sent', at: '2026-12-01T16:00:00Z', origin: 'officer' },
    ]);
  });

  it('lets risk answers raise the level the deadlines run at', () => {
    const plain = assessTrackedCase(tracked(), policy, '2026-12-02');
    const raised = assessTrackedCase(tracked({ riskAnswers: { threatened: true, targeted: true, 'self-harm': true } }), policy, '2026-12-02');
    expect(raised.level).toBe('high');
    expect(plain.level).not.toBe('high');
    expect(raised.triage?.riskAssessment?.band.id).toBe('high');
  });

  it('counts this report with the earlier ones for the ASB Case Review', () => {
    const summary = assessTrackedCase(tracked({ reportDates: ['2026-10-01', '2026-11-02'] }), policy, '2026-12-02');
    expect(summary.caseReview?.qualifyingReports).toBe(3);
    expect(summary.caseReview?.met).toBe(true);
  });

  it('says what is wrong instead of throwing when the stored case cannot be used', () => {
    const broken = tracked({ host: { ...tracked().host, receivedAt: '2026-13-45' } });
    const summary = assessTrackedCase(broken, policy, '2026-12-02');
    expect(summary.problem).toMatch(/^This case could not be checked against the policy: /);
    expect(summary.deadlines).toEqual([]);
  });

  it('says when the description points to more than the recorded category, as the banner does', () => {
    const noise = tracked({
      key: 'activeh:ASB-9',
      system: 'activeh',
      reference: 'ASB-9',
      host: { ...tracked().host, system: 'activeh', reference: 'ASB-9', recordedCategory: 'ASB - Noise', description: 'He shouted racist abuse at her on the stairs.' },
    });
    const summary = assessTrackedCase(noise, policy, '2026-12-02');
    expect(summary.level).toBe('high');
    expect(summary.mismatch?.headline).toBe('Recorded as "ASB - Noise", but the description points to a hate incident (race)');
  });
});

describe('assessTrackedCase: the vocabulary stored with the case', () => {
  it("reads a generic case's category with the mapping the page had, as the banner did", () => {
    const generic = tracked({
      key: 'generic:HL-31',
      system: 'generic',
      reference: 'HL-31',
      host: { ...tracked().host, system: 'generic', reference: 'HL-31', receivedAt: '2026-12-22T14:00', recordedCategory: 'Racial Harassment', description: 'Words sprayed on the garden wall.' },
      vocabulary: { categories: { 'Racial Harassment': { behaviours: ['harassment'], perceivedHate: ['race'] } }, noteTypes: {} },
    });
    const a = assessTrackedCase(generic, policy, '2026-12-22');
    expect(a.levelLabel).toBe('Level 1 High Risk');
    expect(a.flags).toContain('hate-incident');
    // Received Tuesday 22 December 2026: 1 working day, Wednesday 23 December.
    expect(a.next?.due).toBe('2026-12-23');
  });
});
