import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { ACTIVEH_VOCABULARY } from '../hosts/activeh/vocabulary.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { assessCase } from './assess-case.ts';
import { bannerView } from './banner-view.ts';
import { newCaseView } from './new-case-view.ts';

const model = policies.model!;
const petsCase: HostCase = {
  system: 'activeh',
  reference: 'ASB/2026/00377',
  receivedAt: '2026-12-09T11:30',
  recordedCategory: 'ASB - Pets/Animals',
  description: 'The dog barks all day.',
  parties: [],
  logEntries: [],
  url: 'https://hms.example.org/asb/case/377',
};
const banner = (c: HostCase, today: string) => bannerView(c.reference, assessCase(c, ACTIVEH_VOCABULARY, model, null, today, { inPage: true }), today);

describe('bannerView', () => {
  it('an overdue first contact: Level 3, due Monday 14 December (3 working days from Wednesday 9th), 4 working days past on Friday 18th', () => {
    expect(banner(petsCase, '2026-12-18')).toEqual({
      reference: 'ASB/2026/00377',
      level: { kind: 'asb', level: 'low', label: 'Level 3 Low Risk' },
      flags: [],
      next: { text: 'Contact the complainant: overdue by 4 working days. An explanation is owed: record why it was missed.', tone: 'overdue' },
      categoryUnknown: false,
      mismatch: null,
      problem: null,
    });
  });

  it("due today is marked as such (received Friday 11 December: due Wednesday 16th)", () => {
    expect(banner({ ...petsCase, receivedAt: '2026-12-11T10:00' }, '2026-12-16T15:00:00Z').next).toEqual({ text: 'Contact the complainant: due today', tone: 'today' });
  });

  it('a report outside the ASB policy names the route, with no deadline', () => {
    const dispute = { ...petsCase, recordedCategory: 'ASB - Neighbour Dispute', description: 'Where the fence should be.' };
    expect(banner(dispute, '2026-12-18')).toMatchObject({ level: { kind: 'outside', route: 'Good neighbour and mediation' }, next: null, flags: [] });
  });

  it('a category it does not know: from the description when it says something, else not recognised', () => {
    const graffiti = { ...petsCase, recordedCategory: 'Graffiti', description: '' };
    expect(banner(graffiti, '2026-12-18')).toMatchObject({ level: { kind: 'unknown' }, categoryUnknown: false, next: null });
    const racist = { ...graffiti, description: 'He shouted racist abuse at her.' };
    expect(banner(racist, '2026-12-18')).toMatchObject({ level: { kind: 'asb', level: 'high', label: 'Level 1 High Risk' }, flags: ['Hate incident'], categoryUnknown: true });
  });
});

describe('newCaseView', () => {
  it('a category outside the ASB policy names the route', () => {
    const form = { ...petsCase, reference: 'new', recordedCategory: 'ASB - Neighbour Dispute', description: '', receivedAt: '2026-12-18T09:00' };
    expect(newCaseView(assessCase(form, ACTIVEH_VOCABULARY, model, null, '2026-12-18', { inPage: true }), 'ASB - Neighbour Dispute')).toEqual({
      level: { kind: 'outside', route: 'Good neighbour and mediation' },
      flags: [],
      mismatch: null,
      unknownCategory: null,
    });
  });
});
