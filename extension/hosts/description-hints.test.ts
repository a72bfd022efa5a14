import { describe, expect, it } from 'vitest';
import { descriptionHints } from './description-hints.ts';

describe('descriptionHints: hate motives', () => {
  it.each([
    ['He shouted racist abuse at her.', 'race'],
    ['It was racially motivated.', 'race'],
    ['He told her to go back to her own country.', 'race'],
    ['They target us because of our skin colour.', 'race'],
    ['He makes monkey noises when I pass.', 'race'],
    ['Antisemitic graffiti on the door.', 'religion'],
    ['She tried to pull off my hijab.', 'religion'],
    ['Homophobic notes through the letterbox.', 'sexual-orientation'],
    ['They abuse me because I am gay.', 'sexual-orientation'],
    ['Transphobic comments every day; he deadnames her on purpose.', 'transgender'],
    ['They mock my wheelchair in the car park.', 'disability'],
    ['He laughs at my stammer.', 'disability'],
    ['It feels like a hate crime.', 'other'],
  ] as const)('%s → %s', (text, strand) => {
    const hints = descriptionHints(text);
    expect(hints.perceivedHate).toEqual([strand]);
    expect(hints.behaviours).toContain('hate-incident');
  });

  it('names the motive rather than "another reason" when both appear', () => {
    expect(descriptionHints('This is a hate crime: racist slogans.').perceivedHate).toEqual(['race']);
  });

  it('quotes the words that point to the motive', () => {
    const hints = descriptionHints('Loud music, and he shouted Racist abuse at her.');
    expect(hints.evidence).toContainEqual({ meaning: 'racial abuse', phrase: 'Racist', strand: 'race' });
  });
});

describe('descriptionHints: no false alarms', () => {
  it.each([
    'Loud music from the terrace every night.',
    'We embrace a quiet life and the children race around the garden.',
    'The neighbour plays the trumpet at 7am; the Grace family next door agree.',
    'Dog fouling on the racecourse path.',
    'Weeds and a broken fence in the garden.',
    'There is a crack in the ceiling from the flat above.',
    'A bonfire of garden waste most weekends.',
  ])('%s', (text) => {
    const hints = descriptionHints(text);
    expect(hints.evidence).toEqual([]);
    expect(hints.behaviours).toEqual([]);
    expect(hints.perceivedHate).toEqual([]);
  });

  it('does not count a phrase denied right before it', () => {
    expect(descriptionHints('There were no racist remarks, just loud music.').perceivedHate).toEqual([]);
    expect(descriptionHints('The complainant says it was not racially motivated.').perceivedHate).toEqual([]);
  });

  it('still counts it when the denial is of something else', () => {
    expect(descriptionHints('He did not stop; he kept harassing her.').behaviours).toEqual(['harassment']);
  });

  it('counts a phrase stated after the same phrase was denied', () => {
    const hints = descriptionHints('At first there were no racist remarks. Last night he made racist remarks at her door.');
    expect(hints.perceivedHate).toEqual(['race']);
    expect(hints.evidence.map((e) => e.phrase)).toEqual(['racist']);
  });

  it('reads every description afresh, whatever was read before', () => {
    const text = 'He shouted racist abuse and kept harassing her.';
    const first = descriptionHints(text);
    descriptionHints('Racist graffiti, racist graffiti, racist graffiti everywhere.');
    expect(descriptionHints(text)).toEqual(first);
    expect(descriptionHints('no racist remarks').perceivedHate).toEqual([]);
  });
});

describe('descriptionHints: other behaviours and risks', () => {
  it('finds threats of violence and fear for safety', () => {
    const hints = descriptionHints('He threatened to stab my son. We fear for our safety.');
    expect(hints.behaviours).toEqual(['violence']);
    expect(hints.riskOfHarm).toBe(true);
  });

  it('finds domestic abuse', () => {
    expect(descriptionHints('Her ex-partner threatened her on the doorstep.').behaviours).toEqual(['domestic-abuse']);
    expect(descriptionHints('Neighbours heard what sounded like domestic violence.').behaviours).toEqual(['domestic-abuse']);
  });

  it('finds drugs, damage, harassment and verbal abuse', () => {
    expect(descriptionHints('A strong smell of cannabis in the hallway.').behaviours).toEqual(['drugs']);
    expect(descriptionHints('Graffiti sprayed on the door.').behaviours).toEqual(['property-damage']);
    expect(descriptionHints('They keep intimidating my mother.').behaviours).toEqual(['harassment']);
    expect(descriptionHints('He was verbally abusive at the door.').behaviours).toEqual(['verbal-abuse']);
  });

  it('notes vulnerability and safeguarding', () => {
    const hints = descriptionHints('My father has dementia. I think the children are at risk, a safeguarding matter.');
    expect(hints.vulnerabilities).toEqual(['dementia']);
    expect(hints.safeguardingConcern).toBe(true);
  });

  it('finds nothing in an empty description', () => {
    expect(descriptionHints('')).toEqual({ behaviours: [], perceivedHate: [], riskOfHarm: false, safeguardingConcern: false, vulnerabilities: [], evidence: [] });
  });
});
