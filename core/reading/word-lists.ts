import type { ReadingConcern } from './reading-entry.ts';
import { DISABILITY_WORDS } from './words/disability-words.ts';
import { DOMESTIC_ABUSE_WORDS } from './words/domestic-abuse-words.ts';
import { HOSTILITY_WORDS } from './words/hostility-words.ts';
import { OTHER_BEHAVIOUR_WORDS } from './words/other-behaviour-words.ts';
import { OTHER_HATE_WORDS } from './words/other-hate-words.ts';
import { RACE_WORDS } from './words/race-words.ts';
import { RELIGION_WORDS } from './words/religion-words.ts';
import { SEXUAL_ORIENTATION_WORDS } from './words/sexual-orientation-words.ts';
import { THREAT_WORDS } from './words/threat-words.ts';
import { TRANSGENDER_WORDS } from './words/transgender-words.ts';
import { VULNERABILITY_WORDS } from './words/vulnerability-words.ts';
import { YOUNG_PERSON_WORDS } from './words/young-person-words.ts';

/** Every word list readDescription reads with, one per concern. */
export const WORD_LISTS: readonly ReadingConcern[] = [
  RACE_WORDS,
  RELIGION_WORDS,
  DISABILITY_WORDS,
  SEXUAL_ORIENTATION_WORDS,
  TRANSGENDER_WORDS,
  OTHER_HATE_WORDS,
  HOSTILITY_WORDS,
  THREAT_WORDS,
  DOMESTIC_ABUSE_WORDS,
  YOUNG_PERSON_WORDS,
  VULNERABILITY_WORDS,
  OTHER_BEHAVIOUR_WORDS,
];
