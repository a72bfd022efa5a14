import type { ReadingConcern } from '../reading-entry.ts';

const otherHate = { behaviours: ['hate-incident'], strand: 'other' } as const;

/** Hate named without one of the five strands, or for another reason (subculture, sex work, homelessness). */
export const OTHER_HATE_WORDS: ReadingConcern = {
  id: 'other-hate',
  entries: [
    { match: 'hate[- ]?(?:crimes?|incidents?|motivated|mail|speech|related)|hate (?:towards|against)|prejudice|bigot\\w*|hostility towards', catches: '"hate crime", "hate incident", "hate motivated", without a named motive', meaning: 'a hate incident', finds: otherHate },
    { match: "(?:your|ur|their|her|his|our|you|u) (?:kind|sort|lot|type)|people like (?:you|u|me|us|them|him|her)", catches: '"your kind", "people like you", a group named without saying which', tags: ['group-identity'] },
    { match: "(?:goths?|emos?|punks?|alternative(?: lifestyle)?|sex workers?|prostitutes?|homeless|rough sleepers?|gypsy|travellers?|sophie lancaster)", catches: 'other groups people are targeted for: goths, emos, sex workers, homeless people', tags: ['group-identity'] },
  ],
  pairings: [
    { all: ['group-identity', 'hostility'], catches: 'a group singled out, with a hostile act in one sentence', meaning: 'hostility towards a group', finds: otherHate },
  ],
};
