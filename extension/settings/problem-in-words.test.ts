import { describe, expect, it } from 'vitest';
import { problemInWords } from './problem-in-words.ts';

describe('problemInWords', () => {
  it('reads the path in words, counting items from 1', () => {
    expect(problemInWords('levels[0].behaviours[12].code: behaviour "x" is already placed')).toEqual({
      where: 'levels, item 1, behaviours, item 13, code',
      path: 'levels[0].behaviours[12].code',
      problem: 'behaviour "x" is already placed',
    });
  });

  it('leaves a line without a path as it is', () => {
    expect(problemInWords('The custom policy is empty: paste the policy JSON.')).toEqual({
      where: '',
      path: '',
      problem: 'The custom policy is empty: paste the policy JSON.',
    });
  });
});
