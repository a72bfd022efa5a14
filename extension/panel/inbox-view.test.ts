import { describe, expect, it } from 'vitest';
import { firstContactInWords, receivedInWords } from './inbox-view.tsx';

describe('the inbox in words', () => {
  it('says when first contact is due, and whether it is overdue or today', () => {
    expect(firstContactInWords('2026-12-18', '2026-12-21')).toBe('Friday 18 December 2026 (overdue)');
    expect(firstContactInWords('2026-12-21', '2026-12-21')).toBe('Monday 21 December 2026 (today)');
    expect(firstContactInWords('2026-12-29', '2026-12-21')).toBe('Tuesday 29 December 2026');
    expect(firstContactInWords(null, '2026-12-21')).toBe('No target: outside the ASB policy');
  });

  it('gives the time received in London time', () => {
    expect(receivedInWords('2026-12-18T16:05:00.000Z')).toBe('Friday 18 December 2026 at 4:05pm');
    // 23:30 UTC on 15 June is 00:30 on the 16th in London (BST).
    expect(receivedInWords('2026-06-15T23:30:00.000Z')).toBe('Tuesday 16 June 2026 at 12:30am');
  });
});
