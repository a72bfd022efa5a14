import { describe, expect, it } from 'vitest';
import { addWorkingDays, caseDeadlines, formatDateLong, policies, triage } from '../../core/index.ts';
import type { TrackedFacts } from './tracked-facts.ts';
import { ACTIVEH_VOCABULARY } from './activeh/vocabulary.ts';
import { assessHostCase, rowBadge, triageHostReport } from './assess-host-case.ts';
import type { HostCase } from './host-case.ts';
import { OMNILEDGER_VOCABULARY } from './omniledger/vocabulary.ts';

const model = policies.model!;

const noiseCase: HostCase = {
  system: 'activeh',
  reference: 'ASB/2026/00412',
  receivedAt: '2026-12-18T09:12',
  recordedCategory: 'ASB - Noise',
  description: 'Loud music until 2am.\n\nHe shouted racist abuse at her and told her to go back to her own country.',
  parties: [],
  logEntries: [],
  url: 'https://hms.example.org/asb/case/1',
};

const tracked = (events: TrackedFacts['events']): TrackedFacts => ({ key: 'activeh:ASB/2026/00412', events, missedReasons: {}, riskAnswers: {}, reportDates: [] });

describe('triageHostReport: the mismatch prompt', () => {
  const t = triageHostReport({ category: noiseCase.recordedCategory, description: noiseCase.description, receivedAt: noiseCase.receivedAt }, ACTIVEH_VOCABULARY, model);

  it('triages the recorded category alone as the core does', () => {
    expect(t.recorded?.levelLabel).toBe(triage({ behaviours: ['noise-excessive'], receivedAt: noiseCase.receivedAt }, model).levelLabel);
  });

  it('raises the case to the level the policy gives hate incidents', () => {
    const expected = triage({ behaviours: ['noise-excessive'], perceivedHate: ['race'], receivedAt: noiseCase.receivedAt }, model);
    expect(t.suggested?.level).toBe(expected.level);
    expect(t.suggested?.flags).toContain('hate-incident');
  });

  it('says what was recorded, what the description points to, and what the policy requires', () => {
    const due = addWorkingDays('2026-12-18', 1);
    expect(t.mismatch).toMatchObject({
      recordedCategory: 'ASB - Noise',
      recordedLevelLabel: 'Level 2 Medium Risk',
      pointsTo: 'a hate incident (race)',
      levelLabel: 'Level 1 High Risk',
      firstContactWorkingDays: 1,
      firstContactDue: due,
      headline: 'Recorded as "ASB - Noise", but the description points to a hate incident (race)',
      requirement: `Under Example Homes' policy this is Level 1 High Risk: contact the complainant within 1 working day, by ${formatDateLong(due)}.`,
    });
    expect(t.mismatch?.phrases).toEqual(['racist', 'go back to her own country']);
    expect(t.mismatch?.actions.join(' ')).toContain('Hate Crime policy');
  });

  it('stays quiet when the category already says what the description does', () => {
    const racial = triageHostReport({ category: 'ASB - Racial Harassment', description: 'Racist graffiti on the door.', receivedAt: '2026-12-18T09:00' }, ACTIVEH_VOCABULARY, model);
    expect(racial.mismatch).toBeNull();
    expect(racial.suggested?.levelLabel).toBe('Level 1 High Risk');
  });

  it('prompts when a description brings a report outside ASB under the policy', () => {
    const t2 = triageHostReport({ category: 'Household Noise', description: 'He threatened to kill my dog and me.', receivedAt: '2026-12-18T09:00' }, OMNILEDGER_VOCABULARY, model);
    expect(t2.recorded?.isAsb).toBe(false);
    expect(t2.mismatch?.recordedLevelLabel).toBeNull();
    expect(t2.mismatch?.pointsTo).toBe('violence or threats of violence');
  });

  it('prompts for a hate motive even when the recorded level is already the highest', () => {
    const t3 = triageHostReport({ category: 'ASB - Harassment', description: 'Homophobic abuse shouted through the door.', receivedAt: '2026-12-18T09:00' }, ACTIVEH_VOCABULARY, model);
    expect(t3.recorded?.level).toBe('high');
    expect(t3.mismatch?.pointsTo).toBe('a hate incident (sexual orientation)');
  });

  it('triages an unknown category from its description, with no mismatch to claim', () => {
    const t4 = triageHostReport({ category: 'Misc', description: 'Cannabis smell.', receivedAt: '2026-12-18' }, ACTIVEH_VOCABULARY, model);
    expect(t4.recordedMeaning).toBeNull();
    expect(t4.suggested?.levelLabel).toBe(triage({ behaviours: ['drugs'], receivedAt: '2026-12-18' }, model).levelLabel);
    expect(t4.mismatch).toBeNull();
  });

  it('has nothing to say before a category is chosen or a word typed', () => {
    expect(triageHostReport({ category: '', description: '', receivedAt: '2026-12-18' }, ACTIVEH_VOCABULARY, model).suggested).toBeNull();
  });
});

describe('assessHostCase', () => {
  it('computes the deadlines the core gives the suggested level', () => {
    // Received Friday 18 December: first contact due Monday 21st, overdue on Tuesday 22nd.
    const a = assessHostCase(noiseCase, ACTIVEH_VOCABULARY, model, { today: '2026-12-22', tracked: null });
    const expected = caseDeadlines({ reference: noiseCase.reference, receivedAt: noiseCase.receivedAt, level: 'high', flags: a.suggested!.flags }, model, { today: '2026-12-22' });
    expect(a.deadlines).toEqual(expected);
    expect(a.next?.id).toBe('first-contact');
    expect(a.nextText).toBe('Contact the complainant: overdue by 1 working day');
    expect(assessHostCase(noiseCase, ACTIVEH_VOCABULARY, model, { today: '2026-12-21', tracked: null }).nextText).toBe('Contact the complainant: due today');
  });

  it('counts host log entries recognised as events', () => {
    const contacted = { ...noiseCase, logEntries: [{ at: '2026-12-18T10:00', kind: 'CONTACT - Complainant (Phone)', text: 'Called', event: 'complainant-contacted' }] };
    const a = assessHostCase(contacted, ACTIVEH_VOCABULARY, model, { today: '2026-12-21', tracked: null });
    expect(a.deadlines.find((d) => d.id === 'first-contact')?.status).toBe('met');
  });

  it('counts events recorded in the side panel', () => {
    const a = assessHostCase(noiseCase, ACTIVEH_VOCABULARY, model, { today: '2026-12-21', tracked: tracked([{ type: 'complainant-contacted', at: '2026-12-18T11:00' }]) });
    expect(a.deadlines.find((d) => d.id === 'first-contact')?.status).toBe('met');
    expect(a.next?.id).not.toBe('first-contact');
  });

  it('has no deadlines for a report outside the ASB policy', () => {
    const dispute = { ...noiseCase, recordedCategory: 'ASB - Neighbour Dispute', description: 'Where the fence should be.' };
    const a = assessHostCase(dispute, ACTIVEH_VOCABULARY, model, { today: '2026-12-21', tracked: null });
    expect(a.suggested?.isAsb).toBe(false);
    expect(a.deadlines).toEqual([]);
    expect(a.nextText).toBeNull();
  });
});

describe('rowBadge', () => {
  const row = { system: 'activeh' as const, reference: 'ASB/2026/00377', receivedAt: '2026-12-09T11:30', recordedCategory: 'ASB - Pets/Animals', status: 'Open' };

  it('counts working days overdue for the first contact', () => {
    const due = addWorkingDays('2026-12-09', 3);
    expect(due).toBe('2026-12-14');
    expect(rowBadge(row, ACTIVEH_VOCABULARY, model, { today: '2026-12-18', tracked: null })).toEqual({
      text: '4 days overdue',
      tone: 'overdue',
      label: 'ASB/2026/00377, Level 3 Low Risk. Contact the complainant: overdue by 4 working days',
    });
  });

  it('counts working days left', () => {
    expect(rowBadge({ ...row, receivedAt: '2026-12-17T10:00' }, ACTIVEH_VOCABULARY, model, { today: '2026-12-18', tracked: null })?.text).toBe('2 days left');
  });

  it('says due today on the day', () => {
    expect(rowBadge({ ...row, receivedAt: '2026-12-15T10:00' }, ACTIVEH_VOCABULARY, model, { today: '2026-12-18', tracked: null })?.text).toBe('Due today');
  });

  it('marks reports outside the ASB policy, and leaves closed cases and unknown categories alone', () => {
    expect(rowBadge({ ...row, recordedCategory: 'ASB - Neighbour Dispute' }, ACTIVEH_VOCABULARY, model, { today: '2026-12-18', tracked: null })?.text).toBe('Not ASB');
    expect(rowBadge({ ...row, status: 'Closed' }, ACTIVEH_VOCABULARY, model, { today: '2026-12-18', tracked: null })).toBeNull();
    expect(rowBadge({ ...row, recordedCategory: 'Mystery' }, ACTIVEH_VOCABULARY, model, { today: '2026-12-18', tracked: null })).toBeNull();
  });
});

describe('the level in force after a change in the side panel', () => {
  const plusDane = policies['plus-dane']!;
  // Received Monday 14 December 2026 as noise (Plus Dane Level 3: contact within 5 working days, by Monday 21 December).
  const pdCase: HostCase = { ...noiseCase, reference: 'ASB/2026/00500', receivedAt: '2026-12-14T10:00', description: 'Loud music from the flat above at weekends.', logEntries: [] };
  const facts = tracked([
    { type: 'complainant-contacted', at: '2026-12-18T11:00' },
    { type: 'case-reclassified', at: '2026-12-21T09:30:00Z', level: 'high', reason: 'Threats made at the visit' },
  ]);

  it('the banner shows Level 1 from the change on, and first contact (Friday 18 December) stays met', () => {
    const a = assessHostCase(pdCase, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-22', tracked: facts });
    expect(a.suggested?.levelLabel).toBe('Level 3 Low Risk');
    expect(a.levelInForce).toEqual({ level: 'high', label: 'Level 1 High Risk' });
    expect(a.deadlines.find((d) => d.id === 'first-contact')).toMatchObject({ status: 'met', due: '2026-12-21', metAt: '2026-12-18' });
  });

  it('before the change, and with no change, the triage level stands', () => {
    expect(assessHostCase(pdCase, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-18', tracked: facts }).levelInForce).toBeNull();
    expect(assessHostCase(pdCase, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-22', tracked: null }).levelInForce).toBeNull();
  });

  it('the list badge names the level in force', () => {
    const row = { system: 'activeh' as const, reference: 'ASB/2026/00500', receivedAt: '2026-12-14T10:00', recordedCategory: 'ASB - Noise', status: 'Open' };
    expect(rowBadge(row, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-22', tracked: facts })?.label).toMatch(/^ASB\/2026\/00500, Level 1 High Risk\. /);
    expect(rowBadge(row, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-22', tracked: null })?.label).toMatch(/^ASB\/2026\/00500, Level 3 Low Risk\. /);
  });
});
