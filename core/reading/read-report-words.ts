import { BEHAVIOUR_LABELS, HATE_STRAND_LABELS } from '../triage/behaviour-labels.ts';
import type { BehaviourCode, HateStrand } from '../types.ts';
import { readDescription, type ReadingEvidence } from './read-description.ts';

/** One thing a report's words add to what the reporter stated, with the words that say so. */
export interface WordsAddition {
  /** What is added: a behaviour code, `hate:<strand>`, `risk-of-harm`, `young-person` or `vulnerability:<code>`. */
  adds: string;
  /** Which of the reporter's texts the words are in ('description', 'impact'). */
  field: string;
  /** The phrases, with offsets into that text. */
  evidence: ReadingEvidence[];
  /** Plain English for the officer: what the words say and what was added. */
  reason: string;
}

/** What the reporter stated, before their words are read. */
export interface StatedFacts {
  behaviours: readonly BehaviourCode[];
  perceivedHate: readonly HateStrand[];
  riskOfHarm: boolean;
  youngPerson: boolean;
  vulnerabilities: readonly string[];
}

const VULNERABILITY_LABELS: Record<string, string> = {
  disability: 'a disability',
  'mental-health': 'mental ill health',
  'older-person': 'an older person',
  'children-in-household': 'children in the household',
  pregnancy: 'pregnancy',
  'long-term-illness': 'a long-term illness',
};

/**
 * The behaviours a reporter's words may add on their own: those the mismatch in `000` is about
 * (hate, violence and threats, domestic abuse), where a missed word costs most. Lesser ones
 * ("swore at me": verbal abuse) are left to what the reporter chose, so a dispute they call a
 * dispute is not made ASB by one everyday word.
 *
 * @example
 * WORDS_MAY_ADD.includes('verbal-abuse') //=> false
 */
export const WORDS_MAY_ADD: readonly BehaviourCode[] = ['violence', 'hate-incident', 'domestic-abuse'];

const SOURCE = '(read from the reporter\'s own words by ASB Assist: a suggestion to confirm, not their answer)';

function quote(evidence: readonly ReadingEvidence[]): string {
  return [...new Set(evidence.map((e) => `"${e.phrase}"`))].slice(0, 3).join(', ');
}

/**
 * Reads the reporter's own texts with {@link readDescription} and lists only what the words add
 * to what the reporter stated (a threat described without ticking the risk question), each with
 * its phrases and a plain-English reason: the behaviours in {@link WORDS_MAY_ADD}, hate strands,
 * a risk of harm, a young person, vulnerabilities. It never takes anything away.
 *
 * @example
 * readReportWords([{ field: 'description', text: "he said he'd stab me" }], { behaviours: ['noise-excessive'], perceivedHate: [], riskOfHarm: false, youngPerson: false, vulnerabilities: [] })
 *   .map((a) => a.adds)
 * //=> ['violence', 'risk-of-harm']
 */
export function readReportWords(texts: readonly { field: string; text: string }[], stated: StatedFacts): WordsAddition[] {
  const additions = new Map<string, WordsAddition>();
  const add = (adds: string, field: string, evidence: ReadingEvidence[], what: string) => {
    if (evidence.length === 0 || additions.has(adds)) return;
    additions.set(adds, {
      adds,
      field,
      evidence,
      reason: `The ${field} says ${quote(evidence)}, which points to ${what}; the reporter did not say so, so it is added ${SOURCE}`,
    });
  };
  for (const { field, text } of texts) {
    if (text.trim() === '') continue;
    const reading = readDescription(text);
    const about = (meanings: (m: string) => boolean) => reading.evidence.filter((e) => meanings(e.meaning));
    for (const b of reading.behaviours) {
      if (!WORDS_MAY_ADD.includes(b) || stated.behaviours.includes(b) || (b === 'hate-incident' && reading.perceivedHate.length > 0)) continue;
      add(b, field, about((m) => MEANINGS_OF[b]?.test(m) ?? false), BEHAVIOUR_LABELS[b].toLowerCase());
    }
    for (const s of reading.perceivedHate) {
      if (stated.perceivedHate.includes(s)) continue;
      add(`hate:${s}`, field, about((m) => STRAND_MEANINGS[s].test(m)), s === 'other' ? 'a hate incident' : `a hate incident (${HATE_STRAND_LABELS[s]})`);
    }
    if (reading.riskOfHarm && !stated.riskOfHarm) add('risk-of-harm', field, about((m) => HARM_MEANINGS.test(m)), 'a risk of personal harm');
    if (reading.youngPerson && !stated.youngPerson) add('young-person', field, about((m) => /young|school/.test(m)), 'a young person aged 10-17');
    for (const v of reading.vulnerabilities) {
      if (stated.vulnerabilities.includes(v)) continue;
      const label = VULNERABILITY_LABELS[v] ?? v;
      add(`vulnerability:${v}`, field, about((m) => m === label), label);
    }
  }
  return [...additions.values()];
}

/** Which evidence meanings stand behind each behaviour, strand and risk (readDescription's own words). */
const HARM_MEANINGS = /threat|assault|weapon|injury|violence|safety/;
const MEANINGS_OF: Partial<Record<BehaviourCode, RegExp>> = {
  violence: HARM_MEANINGS,
  'domestic-abuse': /domestic|coercive|financial|protective order|partner|family|unwanted contact/,
  drugs: /drugs/,
  'property-damage': /damage/,
  harassment: /harassment/,
  'verbal-abuse': /verbal/,
  'criminal-behaviour': /criminal/,
};
const STRAND_MEANINGS: Record<HateStrand, RegExp> = {
  race: /racial|racist|race|nationality|leave the country/,
  religion: /religio|anti-muslim|antisemitic/,
  disability: /disabilit/,
  'sexual-orientation': /homophobic|sexual orientation/,
  transgender: /transphobic|gender identity/,
  other: /hate incident|towards a group/,
};
