import type { BehaviourCode, HateStrand } from '../types.ts';
import type { VulnerabilityCode } from '../report/report-choices.ts';

/** What a phrase (or a pairing of phrases) says about a report. */
export interface ReadingFinding {
  behaviours?: readonly BehaviourCode[];
  strand?: HateStrand;
  riskOfHarm?: true;
  youngPerson?: true;
  vulnerability?: VulnerabilityCode;
}

/**
 * One entry of a word list. `match` is a regular-expression source read against the lower-cased
 * description from the start of a word to the end of one: plain spaces stand for any run of
 * spaces, line breaks or quote marks; `{name}` pulls in a shared fragment (words/shared-words.ts);
 * groups must be non-capturing. An entry with `finds` is evidence on its own; one with only `tags`
 * is context that a pairing needs ("my ex" beside "he hit me").
 */
export interface ReadingEntry {
  match: string;
  /** For the people who keep the lists: what this entry catches, with an example. */
  catches: string;
  /** Plain English, quoted back to the officer beside the words: "a racial slur". */
  meaning?: string;
  finds?: ReadingFinding;
  tags?: readonly string[];
  /** false: a "no" or "not" just before does not deny it (an age: "he cant be more than 11"). */
  negatable?: false;
}

/**
 * Two kinds of phrase in one sentence that together say more than either alone: a word for
 * someone's identity with a hostile act ("calls my husband ... black"), a partner with violence.
 */
export interface ReadingPairing {
  catches: string;
  /** Tags of the two phrases, both needed in the same sentence, close together. */
  all: readonly [string, string];
  /** Tags that, anywhere in that sentence, cancel the pairing ("by the lady next door"). */
  unless?: readonly string[];
  meaning: string;
  finds: ReadingFinding;
}

/** One concern's word list: its entries and pairings. */
export interface ReadingConcern {
  id: string;
  entries: readonly ReadingEntry[];
  pairings?: readonly ReadingPairing[];
}

/** A word or phrase that denies what follows it within `reach` words ("no threats were made"). */
export interface Negator {
  match: string;
  catches: string;
  reach: number;
}

/** A figure of speech or a harmless use of an alarming word; findings inside it do not count. */
export interface FigureOfSpeech {
  match: string;
  catches: string;
}
