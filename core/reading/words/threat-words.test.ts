import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { THREAT_WORDS } from './threat-words.ts';

const violent = (t: string) => readDescription(t).behaviours.includes('violence');

describe('threat words', () => {
  it('has a note on every entry', () => {
    for (const e of THREAT_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds explicit and veiled threats, to the person, the family and the home', () => {
    for (const t of ['she told me shes gonna have me done over', 'N/B stated he would firebomb the house', 'he said my kids had better watch their backs? no, watch your back he said', 'Im gonna knock you out he shouted', 'they know where my daughter goes to college', 'said my flat will burn down with me in it']) expect(violent(t), t).toBe(true);
  });
  it('finds weapons and assaults of every kind', () => {
    for (const t of ['he was waving a knife about on the stairs', 'comp was punched twice', 'he headbutted my partner', 'she threw a bottle at my son', 'got jumped outside the shop', 'he has a crossbow and points it at our window? he pointed it at me']) expect(violent(t), t).toBe(true);
  });
  it('says nothing of figures of speech, games and threats to complain', () => {
    for (const t of ['I could murder him for that racket', 'the gunfire from his Call of Duty goes on till 4', 'she threatened to ring the council about my hedge', 'my feet are killing me from the stairs']) expect(violent(t), t).toBe(false);
  });
});
