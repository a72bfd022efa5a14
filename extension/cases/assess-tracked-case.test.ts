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

describe('assessTrackedCase: level history', () => {
  const plusDane = policies['plus-dane']!;
  const event = (id: string, type: string, at: string, more: Partial<TrackedCase['events'][number]> = {}) => ({
    id,
    caseKey: 'omniledger:OL-1',
    type,
    at,
    source: 'checklist' as const,
    recordedAt: at,
    ...more,
  });
  // Received Monday 14 December 2026; Level 3 first contact in 5 working days: due Monday 21 December.
  const raised = tracked({
    host: { ...tracked().host, receivedAt: '2026-12-14T10:00', description: 'Loud music most weekends' },
    events: [
      // Working day 4 (Friday 18 December): within Level 3's 5 working days.
      event('e1', 'complainant-contacted', '2026-12-18T11:00:00Z'),
      event('e2', 'case-reclassified', '2026-12-21T09:30:00Z', { level: 'high', reason: 'Threats made at the visit', by: 'Sam Patel' }),
    ],
  });

  it('shows each level with its date, reason and who changed it, and the level in force today', () => {
    const summary = assessTrackedCase(raised, plusDane, '2026-12-22');
    expect(summary.problem).toBeNull();
    expect(summary.levelHistory).toEqual([
      { level: 'low', label: 'Level 3 Low Risk', from: '2026-12-14', at: null, reason: null, previous: null, by: null },
      { level: 'high', label: 'Level 1 High Risk', from: '2026-12-21', at: '2026-12-21T09:30:00Z', reason: 'Threats made at the visit', previous: 'low', by: 'Sam Patel' },
    ]);
    expect(summary.level).toBe('high');
    expect(summary.levelLabel).toBe('Level 1 High Risk');
  });

  it('keeps first contact met: it fell due (21 December) at Level 3 and was met on 18 December', () => {
    const contact = assessTrackedCase(raised, plusDane, '2026-12-22').deadlines.find((d) => d.id === 'first-contact');
    expect(contact).toMatchObject({ status: 'met', due: '2026-12-21', metAt: '2026-12-18', explanationOwed: false });
  });

  it('before the change the case is still Level 3', () => {
    const summary = assessTrackedCase(raised, plusDane, '2026-12-18');
    expect(summary.levelLabel).toBe('Level 3 Low Risk');
    expect(summary.levelHistory).toHaveLength(1);
  });

  it('a case never changed has one entry: the level at receipt, as the policy names it', () => {
    const summary = assessTrackedCase(tracked({ host: { ...tracked().host, receivedAt: '2026-12-14T10:00', description: 'Loud music most weekends' } }), plusDane, '2026-12-22');
    expect(summary.levelHistory).toEqual([{ level: 'low', label: 'Level 3 Low Risk', from: '2026-12-14', at: null, reason: null, previous: null, by: null }]);
    expect(summary.levelLabel).toBe('Level 3 Low Risk');
  });

  it('passes an appointment date on to the core', () => {
    const offered = tracked({ events: [event('e1', 'appointment-offered', '2026-12-02T10:00:00Z', { appointmentAt: '2026-12-07T14:00' })] });
    expect(assessTrackedCase(offered, policy, '2026-12-21').events).toEqual([
      { type: 'appointment-offered', at: '2026-12-02T10:00:00Z', appointmentAt: '2026-12-07T14:00', origin: 'officer' },
    ]);
  });
});

describe('assessTrackedCase: ASB Case Review with incident dates', () => {
  // This report: received 1 December 2026. An earlier report on 2 November 2026. Today 21 December 2026:
  // the 6-month window runs from 21 June 2026, so both fall in it.
  const base = tracked({ reportDates: ['2026-11-02'] });

  it('a second report in 6 months: explain the Case Review now', () => {
    const review = assessTrackedCase(base, policy, '2026-12-21').caseReview;
    expect(review).toMatchObject({ qualifyingReports: 2, explain: true, near: true, met: false, lateReports: 0 });
  });

  it('an earlier report made more than 1 month after its incident does not count (incident 1 October, report 2 November)', () => {
    const late = tracked({ reportDates: ['2026-11-02'], incidentDates: { '2026-11-02': '2026-10-01' } });
    const review = assessTrackedCase(late, policy, '2026-12-21').caseReview;
    expect(review).toMatchObject({ qualifyingReports: 1, lateReports: 1, explain: false });
  });

  it('a report made exactly 1 month after its incident counts (incident 2 October, report 2 November)', () => {
    const inTime = tracked({ reportDates: ['2026-11-02'], incidentDates: { '2026-11-02': '2026-10-02', '2026-12-01': '2026-11-30' } });
    expect(assessTrackedCase(inTime, policy, '2026-12-21').caseReview).toMatchObject({ qualifyingReports: 2, lateReports: 0, explain: true });
  });
});
