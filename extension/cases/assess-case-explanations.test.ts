import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { ACTIVEH_VOCABULARY } from '../hosts/activeh/vocabulary.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { assessCase, type RecordedFacts } from './assess-case.ts';

// 003 Reporting ASB: when a target is missed "An explanation will be recorded on the housing
// management system". Plus Dane, Level 3 (noise): received Monday 14 December 2026, contact due
// within 5 working days, by Monday 21 December; nobody contacted by Tuesday 22 December.

const plusDane = policies['plus-dane']!;
const noise: HostCase = {
  system: 'activeh',
  reference: 'ASB/2026/00888',
  receivedAt: '2026-12-14T10:00',
  recordedCategory: 'ASB - Noise',
  description: 'Loud music from the flat above at weekends.',
  parties: [],
  logEntries: [],
  url: 'https://hms.example.org/asb/case/00888',
};
const nothing: RecordedFacts = { events: [], missedReasons: {}, riskAnswers: {}, reportDates: [] };
const firstContact = (host: HostCase, facts: RecordedFacts | null) => assessCase(host, ACTIVEH_VOCABULARY, plusDane, facts, '2026-12-22').deadlines.find((d) => d.id === 'first-contact')!;

describe('assessCase: explanations owed and recorded', () => {
  it('owes an explanation for first contact overdue, and says so in the next deadline', () => {
    expect(firstContact(noise, nothing)).toMatchObject({ status: 'overdue', explanationOwed: true });
    expect(assessCase(noise, ACTIVEH_VOCABULARY, plusDane, nothing, '2026-12-22').nextText).toBe(
      'Contact the reporter: overdue by 1 working day. An explanation is owed: record why it was missed.',
    );
  });

  it('an explanation recorded in this browser (the core event) clears it', () => {
    const facts: RecordedFacts = { ...nothing, events: [{ type: 'explanation-recorded', at: '2026-12-22T09:15:00.000Z', deadline: 'first-contact', reason: 'The reporter was away until 22 December.' }] };
    expect(firstContact(noise, facts)).toMatchObject({ status: 'overdue', explanationOwed: false, missedReason: 'The reporter was away until 22 December.' });
  });

  it('a reason an older version stored (missedReasons) still clears it', () => {
    expect(firstContact(noise, { ...nothing, missedReasons: { 'first-contact': 'Away' } })).toMatchObject({ explanationOwed: false, missedReason: 'Away' });
  });

  it('the standard entry saved in the host log clears it in the browser of an officer who recorded nothing', () => {
    const logged: HostCase = {
      ...noise,
      logEntries: [
        {
          at: '2026-12-22T09:20',
          kind: 'NOTE - General',
          text: '[ASB Assist] Reason a deadline was missed (Contact the reporter): The reporter was away until 22 December. Recorded 22/12/2026 by Sam Patel. (asb:explanation-recorded/first-contact)',
        },
      ],
    };
    // The entry's own full stop ends its sentence: the reason is read without it.
    expect(firstContact(logged, null)).toMatchObject({ status: 'overdue', explanationOwed: false, missedReason: 'The reporter was away until 22 December' });
    // An explanation for another deadline leaves this one owed.
    const other: HostCase = { ...logged, logEntries: [{ ...logged.logEntries[0]!, text: logged.logEntries[0]!.text.replace('first-contact)', 'case-review)') }] };
    expect(firstContact(other, null).explanationOwed).toBe(true);
  });
});
