import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { FIGURES_OF_SPEECH, NEGATORS } from './negation-words.ts';

describe('negation words and figures of speech', () => {
  it('has a note on every entry', () => {
    for (const e of [...NEGATORS, ...FIGURES_OF_SPEECH]) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('denies what follows within reach', () => {
    expect(readDescription('nobody has been assaulted').behaviours).toEqual([]);
    expect(readDescription('Comp confirms there was no violence').behaviours).toEqual([]);
    expect(readDescription('I do not believe it was a racist comment').perceivedHate).toEqual([]);
  });
  it('does not reach past a comma, "but" or a house number', () => {
    expect(readDescription('no music now, but he punched my son').behaviours).toContain('violence');
    expect(readDescription('the man at no 9 punched my son').behaviours).toContain('violence');
  });
  it('cancels findings inside a figure of speech', () => {
    expect(readDescription('that bass is murder on my ears').behaviours).toEqual([]);
    expect(readDescription('it sounds like somebody is being murdered but it is their telly').behaviours).toEqual([]);
  });
});
