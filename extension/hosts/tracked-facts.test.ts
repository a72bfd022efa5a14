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
  });
});
