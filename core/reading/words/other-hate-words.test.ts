import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { OTHER_HATE_WORDS } from './other-hate-words.ts';

describe('other hate words', () => {
  it('has a note on every entry', () => {
    for (const e of OTHER_HATE_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds a hate incident named without a strand', () => {
    expect(readDescription('Caller feels this is a hate incident').perceivedHate).toEqual(['other']);
    expect(readDescription('they pick on me because I am homeless').perceivedHate).toEqual(['other']);
  });
  it('keeps the named strand alone when one is named', () => {
    expect(readDescription('a hate crime, he called my son a paki').perceivedHate).toEqual(['race']);
  });
  it('is quiet when it is denied', () => {
    expect(readDescription('I do not think this is a hate crime, just bad manners').perceivedHate).toEqual([]);
  });
});
