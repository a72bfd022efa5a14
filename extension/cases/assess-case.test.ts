import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import type { TrackedFacts } from '../hosts/tracked-facts.ts';
import { ACTIVEH_VOCABULARY } from '../hosts/activeh/vocabulary.ts';
import { assessCase } from './assess-case.ts';
import { rowBadge, rowCase } from './row-badge.ts';
import type { HostCase, HostCaseRow } from '../hosts/host-case.ts';
import type { HostVocabulary } from '../hosts/host-vocabulary.ts';
import { OMNILEDGER_VOCABULARY } from '../hosts/omniledger/vocabulary.ts';

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

/** A report as a host shows it (a new-case form, or a case with nothing logged yet). */
const report = (r: { category: string; description: string; receivedAt: string }): HostCase => ({ ...noiseCase, recordedCategory: r.category, description: r.description, receivedAt: r.receivedAt });
const triageHostReport = (r: { category: string; description: string; receivedAt: string }, vocabulary: HostVocabulary, policy: typeof model) => assessCase(report(r), vocabulary, policy, null, '2026-12-18');
const assessHostCase = (c: HostCase, vocabulary: HostVocabulary, policy: typeof model, o: { today: string; tracked: TrackedFacts | null }) => assessCase(c, vocabulary, policy, o.tracked, o.today);

const tracked = (events: TrackedFacts['events']): TrackedFacts => ({ key: 'activeh:ASB/2026/00412', events, missedReasons: {}, riskAnswers: {}, reportDates: [] });

describe('assessCase: the mismatch prompt', () => {
  const t = triageHostReport({ category: noiseCase.recordedCategory, description: noiseCase.description, receivedAt: noiseCase.receivedAt }, ACTIVEH_VOCABULARY, model);

  it('triages the recorded category alone as the core does', () => {
    expect(t.recorded?.levelLabel).toBe('Level 2 Medium Risk');
  });

  it('raises the case to the level the policy gives hate incidents', () => {
    expect(t.triage?.level).toBe('high');
    expect(t.level).toBe('high');
    expect(t.levelLabel).toBe('Level 1 High Risk');
    expect(t.triage?.flags).toContain('hate-incident');
  });

  it('says what was recorded, what the description points to, and what the policy requires', () => {
    // Received Friday 18 December 2026: one working day is Monday 21 December.
    const due = '2026-12-21';
    expect(t.mismatch).toMatchObject({
      recordedCategory: 'ASB - Noise',
      recordedLevelLabel: 'Level 2 Medium Risk',
      pointsTo: 'a hate incident (race)',
      levelLabel: 'Level 1 High Risk',
      firstContactWorkingDays: 1,
      firstContactDue: due,
      headline: 'Recorded as "ASB - Noise", but the description points to a hate incident (race)',
      requirement: `Under Example Homes' policy this is Level 1 High Risk: contact the complainant within 1 working day, by Monday 21 December 2026.`,
    });
    expect(t.mismatch?.phrases).toEqual(['racist', 'go back to her own country']);
    expect(t.mismatch?.actions.join(' ')).toContain('Hate Crime policy');
  });

  it('stays quiet when the category already says what the description does', () => {
    const racial = triageHostReport({ category: 'ASB - Racial Harassment', description: 'Racist graffiti on the door.', receivedAt: '2026-12-18T09:00' }, ACTIVEH_VOCABULARY, model);
    expect(racial.mismatch).toBeNull();
    expect(racial.triage?.levelLabel).toBe('Level 1 High Risk');
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
    expect(t4.triage?.levelLabel).toBe('Level 2 Medium Risk');
    expect(t4.mismatch).toBeNull();
  });

  it('has nothing to say before a category is chosen or a word typed', () => {
    expect(triageHostReport({ category: '', description: '', receivedAt: '2026-12-18' }, ACTIVEH_VOCABULARY, model).triage).toBeNull();
  });
});

describe('assessCase: deadlines', () => {
  it('computes the deadlines the core gives the suggested level', () => {
    // Received Friday 18 December: first contact due Monday 21st, overdue on Tuesday 22nd.
    const a = assessHostCase(noiseCase, ACTIVEH_VOCABULARY, model, { today: '2026-12-22', tracked: null });
    expect(a.deadlines.find((d) => d.id === 'first-contact')).toMatchObject({ due: '2026-12-21', status: 'overdue' });
    expect(a.next?.id).toBe('first-contact');
    expect(a.nextText).toBe('Contact the complainant: overdue by 1 working day. An explanation is owed: record why it was missed.');
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
    expect(a.triage?.isAsb).toBe(false);
    expect(a.deadlines).toEqual([]);
    expect(a.nextText).toBeNull();
  });
});

describe('rowBadge', () => {
  const badge = (r: HostCaseRow, today: string) => rowBadge(r, assessCase(rowCase(r, null), ACTIVEH_VOCABULARY, model, null, today), model, today);
  const row = { system: 'activeh' as const, reference: 'ASB/2026/00377', receivedAt: '2026-12-09T11:30', recordedCategory: 'ASB - Pets/Animals', status: 'Open' };

  it('counts working days overdue for the first contact', () => {
    // Received Wednesday 9 December; Level 3: 3 working days, due Monday 14 December.
    expect(badge(row, '2026-12-18')).toEqual({
      text: '4 days overdue',
      tone: 'overdue',
      label: 'ASB/2026/00377, Level 3 Low Risk. Contact the complainant: overdue by 4 working days. An explanation is owed: record why it was missed.',
    });
  });

  it('counts working days left', () => {
    expect(badge({ ...row, receivedAt: '2026-12-17T10:00' }, '2026-12-18')?.text).toBe('2 days left');
  });

  it('says due today on the day', () => {
    expect(badge({ ...row, receivedAt: '2026-12-15T10:00' }, '2026-12-18')?.text).toBe('Due today');
  });

  it('marks reports outside the ASB policy, and leaves closed cases and unknown categories alone', () => {
    expect(badge({ ...row, recordedCategory: 'ASB - Neighbour Dispute' }, '2026-12-18')?.text).toBe('Not ASB');
    // Closed as the adapter read the status, in the system's words (a mapping's "Finalised" too).
    expect(badge({ ...row, status: 'Closed', closed: true }, '2026-12-18')).toBeNull();
    expect(badge({ ...row, status: 'Finalised', closed: true }, '2026-12-18')).toBeNull();
    expect(badge({ ...row, recordedCategory: 'Mystery' }, '2026-12-18')).toBeNull();
  });
});

describe('assessCase: one assessment whatever the host', () => {
  // Harbourline, a made-up system mapped as a generic host: its own words for categories.
  const harbourline: HostVocabulary = {
    categories: { 'Racial Harassment': { behaviours: ['harassment'], perceivedHate: ['race'] }, 'Noise Complaint': { behaviours: ['noise-excessive'] } },
    noteTypes: { 'Rang reporter': 'complainant-contacted' },
  };
  const genericCase: HostCase = {
    system: 'generic',
    reference: 'HL-2026-0031',
    receivedAt: '2026-12-22T14:00',
    recordedCategory: 'Racial Harassment',
    description: 'Words were sprayed on the garden wall.',
    parties: [],
    logEntries: [],
    url: 'https://harbourline.example.org/case/31',
  };

  it("reads a generic host's category through the mapping stored with it", () => {
    // Received Tuesday 22 December 2026; Level 1: 1 working day, Wednesday 23 December.
    const a = assessCase(genericCase, harbourline, model, null, '2026-12-22');
    expect(a.levelLabel).toBe('Level 1 High Risk');
    expect(a.flags).toContain('hate-incident');
    expect(a.next).toMatchObject({ id: 'first-contact', due: '2026-12-23' });
    expect(a.nextText).toBe('Contact the complainant: due tomorrow');
  });

  it('does not know the category without the mapping (why the mapping is stored with the case)', () => {
    const a = assessCase(genericCase, { categories: {}, noteTypes: {} }, model, null, '2026-12-22');
    expect(a.recordedMeaning).toBeNull();
    expect(a.flags).not.toContain('hate-incident');
  });

  it('counts across the Christmas bank holidays', () => {
    // Received Wednesday 23 December 2026, Level 2 (noise): 2 working days are Thursday 24 and, past Christmas Day, the weekend and the substitute Boxing Day (Monday 28), Tuesday 29 December.
    const a = assessCase({ ...genericCase, recordedCategory: 'Noise Complaint', description: 'Music every night.', receivedAt: '2026-12-23T09:00' }, harbourline, model, null, '2026-12-23');
    expect(a.levelLabel).toBe('Level 2 Medium Risk');
    expect(a.next).toMatchObject({ id: 'first-contact', due: '2026-12-29' });
  });
});

describe('assessCase: the host log completes steps', () => {
  const coop = policies['co-op-homes']!;
  const olCase: HostCase = {
    system: 'omniledger',
    reference: 'OL-2026-0107',
    receivedAt: '2026-12-01T10:00',
    recordedCategory: 'Household Noise',
    description: 'Loud music every night.',
    parties: [],
    logEntries: [{ at: '2026-12-02T11:00', kind: 'Phone call to complainant', text: 'Spoke to Ms Doe about the music.', event: 'complainant-contacted' }],
    url: 'https://omniledger.example.org/asb/OL-2026-0107',
  };

  it('takes the note of an action as that action’s case-log update', () => {
    const a = assessCase(olCase, OMNILEDGER_VOCABULARY, coop, null, '2026-12-21');
    expect(a.deadlines.find((d) => d.id === 'first-contact')?.status).toBe('met');
    const log = a.deadlines.find((d) => d.id === 'case-log-updated');
    expect(log?.status === 'overdue').toBe(false);
    expect(a.overdue.map((d) => d.id)).not.toContain('case-log-updated');
  });

  it('takes any later note as the update of an action ticked in the side panel', () => {
    const ticked = { key: 'omniledger:OL-2026-0107', events: [{ type: 'diary-sheets-sent', at: '2026-12-03T09:00:00Z' }], missedReasons: {}, riskAnswers: {}, reportDates: [] };
    const withNote = { ...olCase, logEntries: [...olCase.logEntries, { at: '2026-12-04T16:30', kind: 'General note', text: 'Diary sheets posted.' }] };
    const without = assessCase(olCase, OMNILEDGER_VOCABULARY, coop, ticked, '2026-12-21');
    const withIt = assessCase(withNote, OMNILEDGER_VOCABULARY, coop, ticked, '2026-12-21');
    // Sent Thursday 3 December: the log update was due Monday 7 December.
    expect(without.overdue.map((d) => d.id)).toContain('case-log-updated');
    expect(withIt.overdue.map((d) => d.id)).not.toContain('case-log-updated');
  });

  it('lists every host entry also as a case-log update', () => {
    const a = assessCase(olCase, OMNILEDGER_VOCABULARY, coop, null, '2026-12-21');
    expect(a.events.map(({ type, at, origin }) => ({ type, at, origin }))).toEqual([
      { type: 'complainant-contacted', at: '2026-12-02T11:00', origin: 'host' },
      { type: 'case-log-updated', at: '2026-12-02T11:00', origin: 'host' },
    ]);
  });
});

describe('assessCase: entries saved from ASB Assist are read back by every officer', () => {
  const coop = policies['co-op-homes']!;
  // Officer A ticked "Contact the complainant" on Wednesday 2 December and saved the entry in Omniledger the next morning.
  const saved: HostCase = {
    system: 'omniledger',
    reference: 'OL-2026-0107',
    receivedAt: '2026-12-01T10:00',
    recordedCategory: 'Noise Nuisance',
    description: 'Loud music every night.',
    parties: [],
    logEntries: [{ at: '2026-12-03T09:15', kind: 'General note', text: '[ASB Assist] Contact the complainant. Done 02/12/2026 by Sam Patel. (asb:complainant-contacted)' }],
    url: 'https://omniledger.example.org/asb/OL-2026-0107',
  };

  it("officer B's browser, which recorded nothing, sees first contact met on the entry's date", () => {
    const b = assessCase(saved, OMNILEDGER_VOCABULARY, coop, null, '2026-12-21');
    expect(b.deadlines.find((d) => d.id === 'first-contact')).toMatchObject({ status: 'met', metAt: '2026-12-02' });
    expect(b.events.filter((e) => e.type === 'complainant-contacted').map(({ at, origin }) => ({ at, origin }))).toEqual([{ at: '2026-12-02', origin: 'host' }]);
  });

  it('reads a saved reason for a missed deadline', () => {
    const late = { ...saved, logEntries: [{ at: '2026-12-10T09:00', kind: 'General note', text: '[ASB Assist] Reason a deadline was missed (Contact the complainant): Complainant in hospital. Recorded 10/12/2026 by Sam Patel. (asb:explanation-recorded/first-contact)' }] };
    const b = assessCase(late, OMNILEDGER_VOCABULARY, coop, null, '2026-12-21');
    expect(b.deadlines.find((d) => d.id === 'first-contact')?.missedReason).toBe('Complainant in hospital');
  });
});

describe('assessCase: a saved entry whose host type is itself recognised', () => {
  it('dates the step as the entry says, not by the day it was saved', () => {
    const coop = policies['co-op-homes']!;
    // Contact made Wednesday 2 December (within the Level 2 target); the entry saved Monday 7 December as a phone call to the complainant.
    const c: HostCase = {
      system: 'omniledger',
      reference: 'OL-2026-0110',
      receivedAt: '2026-12-01T10:00',
      recordedCategory: 'Noise Nuisance',
      description: 'Loud music every night.',
      parties: [],
      logEntries: [{ at: '2026-12-07T09:00', kind: 'Phone call to complainant', text: '[ASB Assist] Contact the complainant. Done 02/12/2026 by Sam Patel. (asb:complainant-contacted)', event: 'complainant-contacted' }],
      url: 'https://omniledger.example.org/asb/OL-2026-0110',
    };
    const a = assessCase(c, OMNILEDGER_VOCABULARY, coop, null, '2026-12-21');
    expect(a.deadlines.find((d) => d.id === 'first-contact')).toMatchObject({ status: 'met', metAt: '2026-12-02' });
    expect(a.events.filter((e) => e.type === 'complainant-contacted').map((e) => e.at)).toEqual(['2026-12-02']);
  });
});

describe('assessCase: inPage', () => {
  it('gives the same level, flags and deadlines without the checklist and the case review', () => {
    const full = assessCase(noiseCase, ACTIVEH_VOCABULARY, model, null, '2026-12-22');
    const inPage = assessCase(noiseCase, ACTIVEH_VOCABULARY, model, null, '2026-12-22', { inPage: true });
    expect(full.checklist.length).toBeGreaterThan(0);
    expect(full.caseReview).not.toBeNull();
    expect(inPage.checklist).toEqual([]);
    expect(inPage.caseReview).toBeNull();
    expect({ level: inPage.levelLabel, flags: inPage.flags, next: inPage.nextText, deadlines: inPage.deadlines }).toEqual({ level: full.levelLabel, flags: full.flags, next: full.nextText, deadlines: full.deadlines });
  });
});

describe('assessCase: the level in force after a change in the side panel', () => {
  const plusDane = policies['plus-dane']!;
  // Received Monday 14 December 2026 as noise (Plus Dane Level 3: contact within 5 working days, by Monday 21 December).
  const pdCase: HostCase = { ...noiseCase, reference: 'ASB/2026/00500', receivedAt: '2026-12-14T10:00', description: 'Loud music from the flat above at weekends.', logEntries: [] };
  const facts = tracked([
    { type: 'complainant-contacted', at: '2026-12-18T11:00' },
    { type: 'case-reclassified', at: '2026-12-21T09:30:00Z', level: 'high', reason: 'Threats made at the visit' },
  ]);

  it('the banner shows Level 1 from the change on, and first contact (Friday 18 December) stays met', () => {
    const a = assessHostCase(pdCase, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-22', tracked: facts });
    expect(a.triage?.levelLabel).toBe('Level 3 Low Risk');
    expect(a.levelInForce).toEqual({ level: 'high', label: 'Level 1 High Risk' });
    expect(a.level).toBe('high');
    expect(a.levelLabel).toBe('Level 1 High Risk');
    expect(a.deadlines.find((d) => d.id === 'first-contact')).toMatchObject({ status: 'met', due: '2026-12-21', metAt: '2026-12-18' });
  });

  it('before the change, and with no change, the triage level stands', () => {
    expect(assessHostCase(pdCase, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-18', tracked: facts }).levelInForce).toBeNull();
    expect(assessHostCase(pdCase, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-22', tracked: null }).levelInForce).toBeNull();
    expect(assessHostCase(pdCase, ACTIVEH_VOCABULARY, plusDane, { today: '2026-12-22', tracked: null }).levelLabel).toBe('Level 3 Low Risk');
  });

  it('the list badge names the level in force', () => {
    const row = { system: 'activeh' as const, reference: 'ASB/2026/00500', receivedAt: '2026-12-14T10:00', recordedCategory: 'ASB - Noise', status: 'Open' };
    const badgeOf = (t: TrackedFacts | null) => rowBadge(row, assessCase(rowCase(row, null), ACTIVEH_VOCABULARY, plusDane, t, '2026-12-22', { inPage: true }), plusDane, '2026-12-22');
    expect(badgeOf(facts)?.label).toMatch(/^ASB\/2026\/00500, Level 1 High Risk\. /);
    expect(badgeOf(null)?.label).toMatch(/^ASB\/2026\/00500, Level 3 Low Risk\. /);
  });
});

describe('assessCase: a level change saved in the host log', () => {
  const plusDane = policies['plus-dane']!;
  // Received Monday 14 December 2026 as noise (Plus Dane Level 3); raised to Level 1 on Monday 21 December.
  const pdCase: HostCase = { ...noiseCase, reference: 'ASB/2026/00500', receivedAt: '2026-12-14T10:00', description: 'Loud music from the flat above at weekends.', logEntries: [] };
  const saved: HostCase = {
    ...pdCase,
    logEntries: [{ at: '2026-12-21T16:00', kind: 'Case Note', text: '[ASB Assist] Level changed to Level 1 High Risk: Threats made at the visit. Recorded 21/12/2026 by Sam Patel. (asb:case-reclassified/high)' }],
  };
  const changedHere = { key: 'activeh:ASB/2026/00500', events: [{ type: 'case-reclassified', at: '2026-12-21T09:30:00Z', level: 'high' as const, reason: 'Threats made at the visit', by: 'Sam Patel' }], missedReasons: {}, riskAnswers: {}, reportDates: [] };

  it('another officer reads the level in force from the host log alone', () => {
    const a = assessCase(saved, ACTIVEH_VOCABULARY, plusDane, null, '2026-12-22');
    expect(a.levelLabel).toBe('Level 1 High Risk');
    expect(a.levelHistory.map((h) => [h.level, h.from, h.reason])).toEqual([
      ['low', '2026-12-14', null],
      ['high', '2026-12-21', 'Threats made at the visit'],
    ]);
  });

  it('the officer who changed it sees one change, not two, named with who changed it', () => {
    const a = assessCase(saved, ACTIVEH_VOCABULARY, plusDane, changedHere, '2026-12-22');
    expect(a.levelHistory).toHaveLength(2);
    expect(a.events.filter((e) => e.type === 'case-reclassified').map((e) => [e.origin, e.by])).toEqual([['host', 'Sam Patel']]);
    expect(a.levelHistory[1]?.by).toBe('Sam Patel');
  });

  it('before it is saved in the host log the change is the officer’s own', () => {
    const a = assessCase(pdCase, ACTIVEH_VOCABULARY, plusDane, changedHere, '2026-12-22');
    expect(a.events.filter((e) => e.type === 'case-reclassified').map((e) => e.origin)).toEqual(['officer']);
    expect(a.levelHistory[1]).toMatchObject({ level: 'high', by: 'Sam Patel', reason: 'Threats made at the visit' });
  });
});
