import { describe, expect, it } from 'vitest';
import { countSyllables, readability, splitSentences } from './readability.ts';

describe('countSyllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['you', 1],
    ['year', 1],
    ['case', 1],
    ['called', 1],
    ['asked', 1],
    ['times', 1],
    ['three', 1],
    ['water', 2],
    ['table', 2],
    ['people', 2],
    ['housing', 2],
    ['neighbour', 2],
    ['complaint', 2],
    ['cases', 2],
    ['changes', 2],
    ['places', 2],
    ['likes', 1],
    ['needed', 2],
    ['agreed', 2],
    ['reported', 3],
    ['behaviour', 3],
    ['evidence', 3],
    ['recording', 3],
    ['period', 3],
    ['violence', 3],
    ['serious', 3],
    ['media', 3],
    ['usual', 3],
    ['information', 4],
    ['anti-social', 4],
    ['understanding', 4],
    ['Environmental', 5],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('counts a syllable for each digit and at least one for any word', () => {
    expect(countSyllables('999')).toBe(3);
    expect(countSyllables('hmm')).toBe(1);
  });
});

describe('splitSentences', () => {
  it('joins wrapped lines and splits at full stops, question and exclamation marks', () => {
    expect(splitSentences('We met you on Monday. Did it\nhelp? Yes!\n\nThank you.')).toEqual([
      'We met you on Monday.',
      'Did it help?',
      'Yes!',
      'Thank you.',
    ]);
  });

  it('counts headings and list items as sentences, and leaves web addresses whole', () => {
    expect(splitSentences('What we will do\n\n- Visit your home\n- Write to\n  you\n\nSee asbhelp.co.uk for help.')).toEqual([
      'What we will do',
      'Visit your home',
      'Write to you',
      'See asbhelp.co.uk for help.',
    ]);
  });
});

describe('readability', () => {
  it('scores short plain sentences as easy', () => {
    expect(readability('We will call you. We will visit you next week.')).toEqual({
      words: 10,
      sentences: 2,
      syllables: 11,
      averageSentenceLength: 5,
      fleschReadingEase: 108.7,
    });
  });

  it('scores long sentences of long words as hard', () => {
    const hard =
      'Notwithstanding the aforementioned considerations, the organisation anticipates implementing comprehensive ' +
      'investigative procedures regarding alleged antisocial behavioural incidents affecting neighbouring residential accommodation throughout the borough.';
    const result = readability(hard);
    expect(result.sentences).toBe(1);
    expect(result.averageSentenceLength).toBeGreaterThan(20);
    expect(result.fleschReadingEase).toBeLessThan(0);
  });

  it('throws for a text with no words', () => {
    expect(() => readability(' \n ')).toThrow('text: has no words');
  });
});
