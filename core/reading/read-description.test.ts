import { describe, expect, it } from 'vitest';
import { readDescription } from './read-description.ts';

describe('readDescription', () => {
  it('returns the contract shape, with evidence quoting the original text at its offsets', () => {
    const text = 'Since March the man at No 4 has said he’ll STAB me, and calls my wife a P*ki lover.';
    const r = readDescription(text);
    expect(Object.keys(r).sort()).toEqual(['behaviours', 'evidence', 'perceivedHate', 'riskOfHarm', 'vulnerabilities', 'youngPerson']);
    expect(r.behaviours).toEqual(expect.arrayContaining(['violence', 'hate-incident']));
    expect(r.perceivedHate).toEqual(['race']);
    expect(r.riskOfHarm).toBe(true);
    expect(r.youngPerson).toBe(false);
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.phrase);
    expect(r.evidence.map((e) => e.phrase)).toContain('he’ll STAB');
  });

  it('finds nothing in an empty or plain nuisance description', () => {
    expect(readDescription('')).toEqual({ behaviours: [], perceivedHate: [], riskOfHarm: false, youngPerson: false, vulnerabilities: [], evidence: [] });
    expect(readDescription('Their washing machine thumps at 1am and the hall light is always left on.').evidence).toEqual([]);
  });

  it('stays quiet on look-alike words', () => {
    for (const text of ['We sat on the terrace at Scunthorpe United.', 'The grace period for the rent ended.', 'He spent the afternoon tinkering with his moped.', 'She is an analyst at the bank.', 'The skunk works shop sells bicycles.']) {
      const r = readDescription(text);
      expect(r.perceivedHate, text).toEqual([]);
      expect(r.behaviours.filter((b) => b !== 'drugs'), text).toEqual([]);
    }
  });

  it('does not take a figure of speech for a threat', () => {
    expect(readDescription('Honestly I could kill him for that noise').behaviours).toEqual([]);
    expect(readDescription('that hoover at midnight is killing me').behaviours).toEqual([]);
    expect(readDescription('she threatened to report me to the council over my bins').behaviours).toEqual([]);
  });

  it('reads plain negation as a denial, but not a negation of something else', () => {
    expect(readDescription('No threats were made and it was not racist.').behaviours).toEqual([]);
    expect(readDescription('He has never hit anyone, he is just loud.').behaviours).toEqual([]);
    expect(readDescription('He never stops saying he will stab me').behaviours).toContain('violence');
    expect(readDescription('There were no threats, but he punched my son.').behaviours).toContain('violence');
  });

  it('says nothing of a neutral mention of religion, nationality or disability', () => {
    for (const text of ['The Somali family at 3 have a new baby who cries at night.', 'My neighbour is Jewish and her son practises the trumpet.', 'I am deaf so I only notice the vibration from the bass.']) {
      expect(readDescription(text).perceivedHate, text).toEqual([]);
    }
  });

  it('reads an identity beside a hostile act as hate', () => {
    expect(readDescription('she sneers at my husband and calls him a dirty Lithuanian').perceivedHate).toEqual(['race']);
  });

  it('refuses a non-string, naming the field', () => {
    expect(() => readDescription(undefined as unknown as string)).toThrow('text: must be a string');
  });
});
