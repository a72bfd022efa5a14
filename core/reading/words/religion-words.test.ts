import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { RELIGION_WORDS } from './religion-words.ts';

const strands = (t: string) => readDescription(t).perceivedHate;

describe('religion words', () => {
  it('has a note on every entry', () => {
    for (const e of RELIGION_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds anti-Muslim, antisemitic and other religious hate, dress and places of worship', () => {
    for (const t of ['someone hung bacon on the mosque gate', 'he calls the rabbi a yid', 'she mocks my headscarf and calls me a terrorist', 'Islamophobic graffiti on the shop shutters', 'kept calling my dad bin laden']) expect(strands(t), t).toContain('religion');
  });
  it('says nothing of a neutral mention', () => {
    for (const t of ['cars for the gurdwara block the road on Sundays', 'my neighbour is Catholic and her dog barks', 'the vicar parks across my drive']) expect(strands(t), t).toEqual([]);
  });
});
