import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { TRANSGENDER_WORDS } from './transgender-words.ts';

const strands = (t: string) => readDescription(t).perceivedHate;

describe('transgender words', () => {
  it('has a note on every entry', () => {
    for (const e of TRANSGENDER_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds slurs, misgendering and deadnaming', () => {
    for (const t of ['he keeps deadnaming my daughter', 'she misgenders me on purpose', 'called her a tranny', 'says I am just a man in a dress', 'mocks my pronouns in front of the kids']) expect(strands(t), t).toContain('transgender');
  });
  it('says nothing of a neutral mention', () => {
    for (const t of ['my neighbour is transgender and her car alarm goes off at night', 'the transit van is parked across the garages']) expect(strands(t), t).toEqual([]);
  });
});
