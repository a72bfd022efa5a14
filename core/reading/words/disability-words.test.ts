import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { DISABILITY_WORDS } from './disability-words.ts';

const strands = (t: string) => readDescription(t).perceivedHate;

describe('disability words', () => {
  it('has a note on every entry', () => {
    for (const e of DISABILITY_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds slurs and mocking a disability', () => {
    for (const t of ['they call my son a mong', 'he laughs at my sons wheelchair', 'she mimics my husbands speech since his stroke', 'called her a cripple in the lift', 'keeps calling me a psycho because I have schizophrenia']) expect(strands(t), t).toContain('disability');
  });
  it('says nothing of a neutral mention', () => {
    for (const t of ['I am registered blind so the bins on the path are a hazard', 'my autistic son cannot sleep with the music', 'the wheelchair ramp is blocked by bikes']) expect(strands(t), t).toEqual([]);
  });
});
