import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { HOSTILITY_WORDS } from './hostility-words.ts';

describe('hostility words', () => {
  it('are context only: none is evidence alone', () => {
    for (const e of HOSTILITY_WORDS.entries) {
      expect(e.finds).toBeUndefined();
      expect(e.tags).toEqual(['hostility']);
    }
    expect(readDescription('he called me names and keeps leaving notes').perceivedHate).toEqual([]);
  });
  it('make an identity word hostile in the same sentence, not across sentences', () => {
    expect(readDescription('He calls my wife scum because she is Chinese').perceivedHate).toEqual(['race']);
    expect(readDescription('My wife is Chinese. He calls everyone scum when he is drunk.').perceivedHate).toEqual([]);
  });
});
