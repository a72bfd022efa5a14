import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { RACE_WORDS } from './race-words.ts';

const strands = (t: string) => readDescription(t).perceivedHate;

describe('race words', () => {
  it('has a note on every entry', () => {
    for (const e of RACE_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds slurs, euphemisms and taunts about skin colour, accent, nationality and immigration', () => {
    for (const t of [
      'he shouts coon at my brother',
      'Caller says N/B used the n-word about her twins',
      'told us to go back to poland and stop taking the jobs',
      'keeps saying we came over in the back of a lorry? no, "came over on a boat"',
      'she put on a silly foreign accent and laughed at my mum',
      'called them thieving gypsies',
      'Racially aggravated comments reported by comp',
      'dirty romanians he kept shouting',
    ]) expect(strands(t), t).toContain('race');
  });
  it('says nothing of a neutral mention', () => {
    for (const t of ['the Nigerian family next door have a loud party every Saturday', 'the black car is parked on the grass', 'my Irish neighbour is lovely', 'Comp is Polish and asked for an interpreter']) expect(strands(t), t).toEqual([]);
  });
});
