import type { BehaviourCode, HateStrand } from '../types.ts';

/**
 * Plain-English names of the behaviour codes, for officers' screens and triage reasons.
 *
 * @example
 * BEHAVIOUR_LABELS['noise-everyday'] //=> 'Everyday living noise'
 */
export const BEHAVIOUR_LABELS: Record<BehaviourCode, string> = {
  violence: 'Violence or threats of violence',
  'hate-incident': 'Hate crime or hate incident',
  'domestic-abuse': 'Domestic abuse',
  harassment: 'Harassment or intimidation',
  'verbal-abuse': 'Verbal abuse',
  'property-damage': 'Damage, vandalism or graffiti',
  drugs: 'Drug use, dealing or production',
  alcohol: 'Alcohol-related nuisance',
  prostitution: 'Prostitution or sexual acts',
  'criminal-behaviour': 'Other crime in the area',
  'noise-everyday': 'Everyday living noise',
  'noise-excessive': 'Loud or unusual noise',
  'animal-nuisance': 'Animal nuisance',
  'vehicle-nuisance': 'Vehicle nuisance',
  'garden-nuisance': 'Gardens, rubbish or fly-tipping',
  'communal-areas': 'Misuse of shared areas',
  'neighbour-dispute': 'Dispute between neighbours',
  other: 'Something else',
};

/**
 * Plain-English names of the hate strands.
 *
 * @example
 * HATE_STRAND_LABELS['sexual-orientation'] //=> 'sexual orientation'
 */
export const HATE_STRAND_LABELS: Record<HateStrand, string> = {
  race: 'race',
  religion: 'religion or belief',
  disability: 'disability',
  'sexual-orientation': 'sexual orientation',
  transgender: 'transgender identity',
  other: 'another reason',
};
