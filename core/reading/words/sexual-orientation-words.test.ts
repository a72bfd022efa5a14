import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { SEXUAL_ORIENTATION_WORDS } from './sexual-orientation-words.ts';

const strands = (t: string) => readDescription(t).perceivedHate;

describe('sexual orientation words', () => {
  it('has a note on every entry', () => {
    for (const e of SEXUAL_ORIENTATION_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds homophobic slurs and taunts', () => {
    for (const t of ['he called us a pair of poofs', 'Homophobic remarks made to comp', 'she said lesbians are disgusting', 'they keep asking which of us is the wife', 'kept calling him a gay boy on the landing']) expect(strands(t), t).toContain('sexual-orientation');
  });
  it('says nothing of a neutral mention or of cigarettes', () => {
    for (const t of ['the gay couple upstairs have a barking dog', 'they sit on the wall smoking fags all night', 'my wife and I are having a loft conversion']) expect(strands(t), t).toEqual([]);
  });
});
