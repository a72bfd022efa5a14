import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { ACTIVEH_VOCABULARY } from '../hosts/activeh/vocabulary.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { OMNILEDGER_VOCABULARY } from '../hosts/omniledger/vocabulary.ts';
import { assessCase, type RecordedFacts } from './assess-case.ts';

// A category re-recorded in the housing system (what the mismatch prompt asks officers to do) is a
// level change on the day this browser first saw it, not a different level from receipt. Dates
// worked out by hand: Christmas Day is Friday 25 December 2026, Boxing Day (Saturday) is
// observed on Monday 28 December.

const plusDane = policies['plus-dane']!;
const coOp = policies['co-op-homes']!;

/** Received Monday 14 December 2026 at 10am, recorded as noise, nothing in the words beyond it. */
const noise: HostCase = {
  system: 'activeh',
  reference: 'ASB/2026/00777',
  receivedAt: '2026-12-14T10:00',
  recordedCategory: 'ASB - Noise',
  description: 'Loud music from the flat above at weekends.',
  parties: [],
  logEntries: [],
  url: 'https://hms.example.org/asb/case/00777',
};
const racial: HostCase = { ...noise, recordedCategory: 'ASB - Racial Harassment' };

/** What this browser stored: the reporter contacted on Friday 18 December (working day 4), the categories seen. */
function facts(categories: RecordedFacts['categories'], extra: Partial<RecordedFacts> = {}): RecordedFacts {
  return {
    events: [{ type: 'complainant-contacted', at: '2026-12-18T11:00:00Z' }],
    missedReasons: {},
    riskAnswers: {},
    reportDates: [],
    categories,
    ...extra,
  };
}

const seenNoiseThenRacial = [
  { category: 'ASB - Noise', seenAt: '2026-12-14T10:30:00.000Z' },
  { category: 'ASB - Racial Harassment', seenAt: '2026-12-21T09:30:00.000Z' },
];

describe('assessCase: a category changed in the housing system', () => {
  it('Plus Dane: Noise (Level 3) re-recorded as Racial Harassment on Monday 21 December: Level 1 from then, first contact on working day 4 stays met', () => {
    const a = assessCase(racial, ACTIVEH_VOCABULARY, plusDane, facts(seenNoiseThenRacial), '2027-01-05');
    expect(a.levelHistory.map(({ level, from, reason, previous }) => ({ level, from, reason, previous }))).toEqual([
      { level: 'low', from: '2026-12-14', reason: null, previous: null },
      { level: 'high', from: '2026-12-21', reason: 'Category changed in Active H from "ASB - Noise" to "ASB - Racial Harassment"', previous: 'low' },
    ]);
    expect(a.levelLabel).toBe('Level 1 High Risk');
    expect(a.levelInForce).toEqual({ level: 'high', label: 'Level 1 High Risk' });
    // Level 3: within 5 working days, by Monday 21 December; contacted Friday 18 December.
    const firstContact = a.deadlines.find((d) => d.id === 'first-contact');
    expect(firstContact).toMatchObject({ due: '2026-12-21', status: 'met', metAt: '2026-12-18', level: 'low', countedFrom: '2026-12-14', explanationOwed: false });
    // The change is an event the views list, read from the host page (its category).
    expect(a.events.filter((e) => e.type === 'case-reclassified')).toEqual([
      {
        type: 'case-reclassified',
        at: '2026-12-21',
        level: 'high',
        reason: 'Category changed in Active H from "ASB - Noise" to "ASB - Racial Harassment"',
        origin: 'host',
        note: 'Category changed in Active H from "ASB - Noise" to "ASB - Racial Harassment"',
        derived: 'category',
      },
    ]);
  });

  it('gives the same answer on every later day (the day of the change is stored, not today)', () => {
    const on22 = assessCase(racial, ACTIVEH_VOCABULARY, plusDane, facts(seenNoiseThenRacial), '2026-12-22');
    const on1Feb = assessCase(racial, ACTIVEH_VOCABULARY, plusDane, facts(seenNoiseThenRacial), '2027-02-01');
    for (const a of [on22, on1Feb]) {
      expect(a.levelHistory.map((h) => `${h.level} ${h.from}`)).toEqual(['low 2026-12-14', 'high 2026-12-21']);
      expect(a.deadlines.find((d) => d.id === 'first-contact')?.status).toBe('met');
    }
  });

  it('a page read today with a category not yet stored: the change dates from today', () => {
    const a = assessCase(racial, ACTIVEH_VOCABULARY, plusDane, facts([{ category: 'ASB - Noise', seenAt: '2026-12-14T10:30:00Z' }]), '2026-12-21T09:30:00Z');
    expect(a.levelHistory.map((h) => `${h.level} ${h.from}`)).toEqual(['low 2026-12-14', 'high 2026-12-21']);
    expect(a.deadlines.find((d) => d.id === 'first-contact')?.status).toBe('met');
  });

  it('without the history (a browser that first saw the case after the change) the current category is the level at receipt', () => {
    // Level 1 from receipt: within 1 working day, by Tuesday 15 December; contact on Friday 18 December is late.
    const a = assessCase(racial, ACTIVEH_VOCABULARY, plusDane, facts(undefined), '2027-01-05');
    expect(a.levelHistory.map((h) => `${h.level} ${h.from}`)).toEqual(['high 2026-12-14']);
    expect(a.deadlines.find((d) => d.id === 'first-contact')).toMatchObject({ due: '2026-12-15', status: 'met-late' });
  });

  it('…unless the host log carries the change (the standard entry): the category before it is the category at receipt', () => {
    const logged: HostCase = {
      ...racial,
      logEntries: [
        {
          at: '2026-12-21T09:40',
          kind: 'NOTE',
          text: '[ASB Assist] Level changed to Level 1 High Risk: Category changed in Active H from "ASB - Noise" to "ASB - Racial Harassment". Recorded 21/12/2026 by Sam Patel. (asb:case-reclassified/high)',
        },
      ],
    };
    const a = assessCase(logged, ACTIVEH_VOCABULARY, plusDane, facts([{ category: 'ASB - Racial Harassment', seenAt: '2027-01-04T09:00:00Z' }]), '2027-01-05');
    expect(a.levelHistory.map((h) => `${h.level} ${h.from} ${h.reason}`)).toEqual([
      'low 2026-12-14 null',
      'high 2026-12-21 Category changed in Active H from "ASB - Noise" to "ASB - Racial Harassment"',
    ]);
    expect(a.deadlines.find((d) => d.id === 'first-contact')?.status).toBe('met');
  });

  it('a level change the officer recorded counts once: the category catching up adds nothing', () => {
    const officer = facts(seenNoiseThenRacial, {
      events: [
        { type: 'complainant-contacted', at: '2026-12-18T11:00:00Z' },
        { type: 'case-reclassified', at: '2026-12-18T15:00:00Z', level: 'high', reason: 'Racist abuse at the visit', by: 'Sam Patel' },
      ],
    });
    const a = assessCase(racial, ACTIVEH_VOCABULARY, plusDane, officer, '2027-01-05');
    expect(a.levelHistory.map((h) => `${h.level} ${h.from} ${h.reason} ${h.by}`)).toEqual(['low 2026-12-14 null null', 'high 2026-12-18 Racist abuse at the visit Sam Patel']);
  });

  it('a change written back to the host log keeps its own date and reason, and is not doubled', () => {
    const logged: HostCase = {
      ...racial,
      logEntries: [
        { at: '2026-12-22T09:00', kind: 'NOTE', text: '[ASB Assist] Level changed to Level 1 High Risk: Threats at the home visit. Recorded 22/12/2026 by Ann Ashby. (asb:case-reclassified/high)' },
      ],
    };
    const a = assessCase(logged, ACTIVEH_VOCABULARY, plusDane, facts(seenNoiseThenRacial), '2027-01-05');
    expect(a.levelHistory.map((h) => `${h.level} ${h.from} ${h.reason}`)).toEqual(['low 2026-12-14 null', 'high 2026-12-22 Threats at the home visit']);
  });

  it('once its standard entry is saved in the host log, the change counts once, from the entry (in the browser that saw it)', () => {
    const logged: HostCase = {
      ...racial,
      logEntries: [
        {
          at: '2026-12-21T10:10',
          kind: 'NOTE',
          text: '[ASB Assist] Level changed to Level 1 High Risk: Category changed in Active H from "ASB - Noise" to "ASB - Racial Harassment". Recorded 21/12/2026 by Sam Patel. (asb:case-reclassified/high)',
        },
      ],
    };
    const a = assessCase(logged, ACTIVEH_VOCABULARY, plusDane, facts(seenNoiseThenRacial), '2027-01-05');
    expect(a.levelHistory.map((h) => `${h.level} ${h.from} ${h.at}`)).toEqual(['low 2026-12-14 null', 'high 2026-12-21 2026-12-21']);
    expect(a.events.some((e) => e.derived === 'category')).toBe(false);
  });

  it('a category the vocabulary does not know (a list that shortens it) changes nothing', () => {
    // Triaged from its words alone, "Racial Harass." would be Level 2 (verbal abuse).
    const sworeAt: HostCase = { ...racial, description: 'He swore at me and called me names on the stairs.' };
    const seen = [
      { category: 'ASB - Racial Harassment', seenAt: '2026-12-14T10:30:00Z' },
      { category: 'Racial Harass.', seenAt: '2026-12-16T09:00:00Z' },
      { category: 'ASB - Racial Harassment', seenAt: '2026-12-17T09:00:00Z' },
    ];
    const a = assessCase(sworeAt, ACTIVEH_VOCABULARY, plusDane, facts(seen), '2027-01-05');
    expect(a.levelHistory.map((h) => `${h.level} ${h.from}`)).toEqual(['high 2026-12-14']);
  });

  it('a new category with the same level changes nothing', () => {
    // Plus Dane: Harassment and Racial Harassment are both Level 1.
    const a = assessCase(racial, ACTIVEH_VOCABULARY, plusDane, facts([{ category: 'ASB - Harassment', seenAt: '2026-12-14T10:30:00Z' }, seenNoiseThenRacial[1]!]), '2027-01-05');
    expect(a.levelHistory.map((h) => `${h.level} ${h.from}`)).toEqual(['high 2026-12-14']);
  });

  it('Co-op Homes: low raised to high by the category (Omniledger): the personal interview counts 5 working days from the change', () => {
    // Omniledger: "Animal Nuisance" (low) re-recorded as "Violence or Threats" (high), first seen Tuesday 22 December.
    const pets: HostCase = { ...noise, system: 'omniledger', reference: 'OL-104900', recordedCategory: 'Violence or Threats', description: 'The dog next door barks all day.' };
    const seen = [
      { category: 'Animal Nuisance', seenAt: '2026-12-14T11:00:00Z' },
      { category: 'Violence or Threats', seenAt: '2026-12-22T09:00:00Z' },
    ];
    const a = assessCase(pets, OMNILEDGER_VOCABULARY, coOp, facts(seen), '2026-12-23');
    expect(a.levelHistory.map((h) => `${h.label} ${h.from}`)).toEqual(['Low-level ASB 2026-12-14', 'High-level ASB 2026-12-22']);
    // 23, 24, 29, 30, 31 December (25 and 28 are bank holidays): due Thursday 31 December, not
    // Monday 21 December (5 working days from receipt, already overdue).
    expect(a.deadlines.find((d) => d.id === 'personal-interview')).toMatchObject({ due: '2026-12-31', status: 'pending', countedFrom: '2026-12-22', level: 'high' });
    // First contact (2 working days for low, by Wednesday 16 December) was met on Friday 18 December late, at low.
    expect(a.deadlines.find((d) => d.id === 'first-contact')).toMatchObject({ due: '2026-12-16', status: 'met-late', level: 'low' });
  });
});
