import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { YOUNG_PERSON_WORDS } from './young-person-words.ts';

const young = (t: string) => readDescription(t).youngPerson;

describe('young person words', () => {
  it('has a note on every entry', () => {
    for (const e of YOUNG_PERSON_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds ages 10-17, school years and words for teenagers', () => {
    for (const t of ['a 16-year-old keeps kicking the door', 'boys aged about 13', 'some year 10s from the academy', 'teenagers on the bins', 'my nephew (12) was chased', 'the lad is only fifteen', 'youths by the garages']) expect(young(t), t).toBe(true);
  });
  it('says nothing of other ages and of things that have years', () => {
    for (const t of ['my 7 year old is scared of the dog', 'the man is 45', 'the 12 year old fence is rotten', 'they shout for 10 minutes', 'a minor repair to the door', 'it was 11 of them at the party? no, about 30 adults']) expect(young(t), t).toBe(false);
  });
});
