import { describe, expect, it } from 'vitest';
import { policies } from '../policies/policies.ts';
import { caseLevelHistory } from './case-level-history.ts';
import type { CaseEvent } from './read-case.ts';

const plusDane = policies['plus-dane']!;

describe('caseLevelHistory', () => {
  const c = {
    reference: 'PD-9',
    receivedAt: '2026-12-18T16:05:00Z',
    level: 'low' as const,
    events: [
      // Given out of order: the history is in date order.
      { type: 'case-reclassified', at: '2027-01-04T09:00:00Z', level: 'medium', reason: 'No threats since Christmas; abuse continues' },
      { type: 'complainant-contacted', at: '2026-12-21' },
      { type: 'case-reclassified', at: '2026-12-22T09:30:00Z', level: 'high', reason: ' Neighbour now threatens the reporter ' },
    ] as CaseEvent[],
  };

  it('lists the level at receipt, then each change with its reason and the policy label', () => {
    expect(caseLevelHistory(c, plusDane, { today: '2027-01-04' })).toEqual([
      { level: 'low', label: 'Level 3 Low Risk', from: '2026-12-18', at: null, reason: null, previous: null },
      { level: 'high', label: 'Level 1 High Risk', from: '2026-12-22', at: '2026-12-22T09:30:00Z', reason: 'Neighbour now threatens the reporter', previous: 'low' },
      {
        level: 'medium',
        label: 'Level 2 Medium Risk',
        from: '2027-01-04',
        at: '2027-01-04T09:00:00Z',
        reason: 'No threats since Christmas; abuse continues',
        previous: 'high',
      },
    ]);
  });

  it('leaves out changes dated after today', () => {
    expect(caseLevelHistory(c, plusDane, { today: '2026-12-23' }).map((h) => h.level)).toEqual(['low', 'high']);
  });

  it('is the level at receipt alone for a case never reclassified', () => {
    expect(caseLevelHistory({ reference: 'PD-10', receivedAt: '2026-12-18', level: 'medium' }, plusDane, { today: '2026-12-18' })).toEqual([
      { level: 'medium', label: 'Level 2 Medium Risk', from: '2026-12-18', at: null, reason: null, previous: null },
    ]);
  });

  it('names the field of a bad reclassification', () => {
    const bad = (event: object) => caseLevelHistory({ ...c, events: [event as CaseEvent] }, plusDane, { today: '2027-01-04' });
    expect(() => bad({ type: 'case-reclassified', at: '2026-12-22', level: 'high', reason: '' })).toThrow(/^events\[0\]\.reason: is required/);
    expect(() => bad({ type: 'case-reclassified', at: '2026-12-22', level: 'Level 1', reason: 'Worse' })).toThrow(/^events\[0\]\.level: unknown level "Level 1"/);
  });
});
