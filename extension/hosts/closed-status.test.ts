import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOSED_WORDS, isClosedStatus } from './closed-status.ts';

describe('isClosedStatus', () => {
  it('finds a closed word anywhere in the status, in any case, as a whole word', () => {
    expect(isClosedStatus('Closed', ['Closed'])).toBe(true);
    expect(isClosedStatus('CLOSED - No further action', ['closed'])).toBe(true);
    expect(isClosedStatus('Case closed (resolved)', DEFAULT_CLOSED_WORDS)).toBe(true);
    expect(isClosedStatus('Withdrawn by complainant')).toBe(true);
  });

  it('keeps open statuses open, and words inside other words', () => {
    expect(isClosedStatus('Open', DEFAULT_CLOSED_WORDS)).toBe(false);
    expect(isClosedStatus('Under review', DEFAULT_CLOSED_WORDS)).toBe(false);
    expect(isClosedStatus('Unresolved', DEFAULT_CLOSED_WORDS)).toBe(false);
    expect(isClosedStatus('Reclosedness', ['closed'])).toBe(false);
    expect(isClosedStatus('', DEFAULT_CLOSED_WORDS)).toBe(false);
    expect(isClosedStatus(undefined)).toBe(false);
  });

  it('uses a system’s own words, phrases and all', () => {
    expect(isClosedStatus('Finalised', ['Finalised', 'No further action'])).toBe(true);
    expect(isClosedStatus('No  further action', ['Finalised', 'No further action'])).toBe(true);
    expect(isClosedStatus('Closed', ['Finalised'])).toBe(false);
    expect(isClosedStatus('Closed', [])).toBe(false);
  });
});
