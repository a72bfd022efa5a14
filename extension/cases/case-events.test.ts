import { describe, expect, it } from 'vitest';
import { eventsByCase, sortEvents } from './case-events.ts';
import type { RecordedEvent } from './tracked-case.ts';

const event = (id: string, caseKey: string, at: string, recordedAt = at): RecordedEvent => ({
  id,
  caseKey,
  type: 'complainant-contacted',
  at,
  recordedAt,
  source: 'checklist',
});

describe('case events', () => {
  it('groups events by case, keeping the order read', () => {
    const byCase = eventsByCase([event('1', 'activeh:A', '2027-01-02'), event('2', 'activeh:B', '2027-01-01'), event('3', 'activeh:A', '2027-01-01')]);
    expect([...byCase.keys()]).toEqual(['activeh:A', 'activeh:B']);
    expect(byCase.get('activeh:A')!.map((e) => e.id)).toEqual(['1', '3']);
  });

  it('sorts oldest first, a tie going to the one recorded first, without changing the list given', () => {
    const given = [
      event('late', 'k', '2027-01-03'),
      event('tie-second', 'k', '2027-01-01', '2027-01-05'),
      event('tie-first', 'k', '2027-01-01', '2027-01-04'),
    ];
    expect(sortEvents(given).map((e) => e.id)).toEqual(['tie-first', 'tie-second', 'late']);
    expect(given[0]!.id).toBe('late');
  });
});
