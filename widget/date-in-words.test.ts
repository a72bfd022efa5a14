import { describe, expect, it } from 'vitest';
import { dateInWords } from './date-in-words.ts';

describe('dateInWords', () => {
  it.each([
    ['2026-12-07', 'Monday 7 December 2026'],
    ['2026-12-29', 'Tuesday 29 December 2026'],
    ['2027-01-04', 'Monday 4 January 2027'],
    ['2028-02-29', 'Tuesday 29 February 2028'],
  ])('%s is %s', (iso, words) => {
    expect(dateInWords(iso, 'en-GB')).toBe(words);
  });
});
