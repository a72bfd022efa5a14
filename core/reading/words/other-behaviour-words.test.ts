import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { OTHER_BEHAVIOUR_WORDS } from './other-behaviour-words.ts';

describe('other behaviour words', () => {
  it('has a note on every entry', () => {
    for (const e of OTHER_BEHAVIOUR_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds drugs, damage, harassment, verbal abuse and crime', () => {
    expect(readDescription('people dealing crack from the flat').behaviours).toContain('drugs');
    expect(readDescription('someone keyed my car and slashed the tyres').behaviours).toContain('property-damage');
    expect(readDescription('he keeps filming me from his window').behaviours).toContain('harassment');
    expect(readDescription('she swears at me every morning').behaviours).toContain('verbal-abuse');
    expect(readDescription('my parcel was stolen from the hall').behaviours).toContain('criminal-behaviour');
  });
  it('does not take a spice rack for drugs', () => {
    expect(readDescription('the spice rack fell off the wall').behaviours).toEqual([]);
  });
});
