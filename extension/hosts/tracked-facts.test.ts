import { describe, expect, it } from 'vitest';
import { recordsSomething } from './tracked-facts.ts';

const none = { key: 'omniledger:OL-104233', events: [], missedReasons: {}, riskAnswers: {}, reportDates: [] };

describe('recordsSomething', () => {
  it('is false for no facts and for a stored case with nothing recorded', () => {
    expect(recordsSomething(null)).toBe(false);
    expect(recordsSomething(undefined)).toBe(false);
    expect(recordsSomething(none)).toBe(false);
  });

  it('is true as soon as one thing was recorded', () => {
    expect(recordsSomething({ ...none, events: [{ type: 'complainant-contacted', at: '2026-12-07T10:15' }] })).toBe(true);
    expect(recordsSomething({ ...none, missedReasons: { 'first-contact': 'Complainant away until 14 December' } })).toBe(true);
    expect(recordsSomething({ ...none, riskAnswers: { 'repeat-victim': false } })).toBe(true);
    expect(recordsSomething({ ...none, reportDates: ['2026-10-02'] })).toBe(true);
    // A category changed on the host since first seen: the level at receipt is the first one's.
    expect(recordsSomething({ ...none, categories: [{ category: 'Noise Nuisance', seenAt: '2026-12-07T10:00:00Z' }] })).toBe(false);
    expect(recordsSomething({ ...none, categories: [{ category: 'Noise Nuisance', seenAt: '2026-12-07T10:00:00Z' }, { category: 'Hate Incident', seenAt: '2026-12-09T10:00:00Z' }] })).toBe(true);
  });
});
