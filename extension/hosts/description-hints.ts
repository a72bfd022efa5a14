import type { BehaviourCode, HateStrand } from '../../core/index.ts';

/** One phrase of a description and what it suggests. */
export interface DescriptionHint {
  /** Plain English: "racial abuse", "threats of violence". */
  meaning: string;
  /** The words as the description has them. */
  phrase: string;
  behaviour?: BehaviourCode;
  strand?: HateStrand;
}

/** What a description suggests, in triage's terms (never a decision: a prompt for the officer). */
export interface DescriptionHints {
  behaviours: BehaviourCode[];
  perceivedHate: HateStrand[];
  riskOfHarm: boolean;
  safeguardingConcern: boolean;
  /** What the description says of a vulnerable person ("dementia"). */
  vulnerabilities: string[];
  evidence: DescriptionHint[];
}

interface Rule {
  pattern: RegExp;
  meaning: string;
  behaviour?: BehaviourCode;
  strand?: HateStrand;
  riskOfHarm?: true;
  safeguarding?: true;
  vulnerability?: true;
}

const PRONOUN = '(?:my|his|her|their|our|your)';
const SUBJECT = "(?:i am|i'm|im|we are|we're|he is|he's|she is|she's|they are|they're)";
const BECAUSE = "(?:because|cause|'cause|as)";

// Every pattern is matched against lower-case text with whole-word boundaries, so "race" inside
// "terrace" or "embrace" never counts, and only phrases that name the motive or the act do.
const RULES: Rule[] = [
  // Race
  { pattern: /\bracis(?:t|m|ts)\b/, meaning: 'racial abuse', strand: 'race' },
  { pattern: /\bracial(?:ly)?\b/, meaning: 'racial abuse', strand: 'race' },
  { pattern: /\brace[- ](?:hate|crime|related|motivated)\b/, meaning: 'a race-hate incident', strand: 'race' },
  { pattern: new RegExp(`\\bgo back to ${PRONOUN} (?:own )?(?:country|countries)\\b`), meaning: 'racial abuse', strand: 'race' },
  {
    pattern: new RegExp(`\\b${BECAUSE} of ${PRONOUN} (?:race|colour|skin(?: colour)?|ethnicity|nationality|accent)\\b`),
    meaning: 'abuse because of race',
    strand: 'race',
  },
  { pattern: /\bxenophob(?:ic|ia)\b/, meaning: 'racial abuse', strand: 'race' },
  { pattern: /\bmonkey (?:noises|chants|sounds)\b/, meaning: 'racial abuse', strand: 'race' },
  // Religion or belief
  { pattern: /\b(?:anti-?semit(?:ic|ism)|islamophob(?:ic|ia))\b/, meaning: 'religious hate', strand: 'religion' },
  { pattern: /\breligious(?:ly)? (?:hate|abuse|insults?|motivated|aggravated)\b/, meaning: 'religious hate', strand: 'religion' },
  {
    pattern: new RegExp(`\\b${BECAUSE} of ${PRONOUN} (?:religion|faith|beliefs?|hijab|headscarf|turban)\\b`),
    meaning: 'abuse because of religion',
    strand: 'religion',
  },
  {
    pattern: new RegExp(`\\b(?:pulled|ripped|grabbed|tore|tried to pull) (?:off )?${PRONOUN} (?:hijab|headscarf|turban|kippah|niqab)\\b`),
    meaning: 'religious hate',
    strand: 'religion',
  },
  // Sexual orientation
  { pattern: /\b(?:homophob(?:ic|ia)|biphob(?:ic|ia)|lesbophob(?:ic|ia)|anti-gay)\b/, meaning: 'homophobic abuse', strand: 'sexual-orientation' },
  {
    pattern: new RegExp(`\\b${BECAUSE} ${SUBJECT} (?:gay|lesbian|bisexual|bi)\\b`),
    meaning: 'abuse because of sexual orientation',
    strand: 'sexual-orientation',
  },
  // Transgender identity
  { pattern: /\btransphob(?:ic|ia)\b/, meaning: 'transphobic abuse', strand: 'transgender' },
  { pattern: new RegExp(`\\b${BECAUSE} ${SUBJECT} (?:trans|transgender|non-binary)\\b`), meaning: 'transphobic abuse', strand: 'transgender' },
  { pattern: /\bdead-?nam(?:e|ed|es|ing)\b/, meaning: 'transphobic abuse', strand: 'transgender' },
  // Disability
  { pattern: /\b(?:disablist|ableist|disability[- ](?:hate|related|motivated))\b/, meaning: 'disability hate', strand: 'disability' },
  {
    pattern: new RegExp(`\\b${BECAUSE} of ${PRONOUN} (?:disability|disabilities|wheelchair|autism|learning disability)\\b`),
    meaning: 'abuse because of disability',
    strand: 'disability',
  },
  {
    pattern: new RegExp(`\\b(?:mocks?|mocked|mocking|laughs? at|laughed at|laughing at|imitates?|imitated|imitating) ${PRONOUN} (?:disability|wheelchair|speech|stammer|walking stick|autism|condition)\\b`),
    meaning: 'disability hate',
    strand: 'disability',
  },
  // Hate without a named motive
  { pattern: /\bhate (?:crime|incident|mail|speech)s?\b|\bhate[- ]motivated\b/, meaning: 'a hate incident', strand: 'other' },
  // Violence and threats
  {
    pattern: /\bthreat(?:en|ened|ening|ens|s)? (?:me |him |her |them |us )?(?:to|that he would|that she would|that they would) (?:kill|stab|hurt|beat|batter|attack|burn|smash|shoot|harm|petrol bomb)\b/,
    meaning: 'threats of violence',
    behaviour: 'violence',
  },
  { pattern: /\bdeath threats?\b|\bthreatened (?:me|him|her|them|us) with (?:a|an) (?:knife|weapon|gun|bat|hammer|machete)\b/, meaning: 'threats of violence', behaviour: 'violence' },
  { pattern: /\b(?:punched|kicked|assaulted|stabbed|headbutted|head-butted|slapped|strangled|glassed|beaten up)\b/, meaning: 'violence', behaviour: 'violence' },
  { pattern: /\b(?:attacked|hit) (?:me|him|her|them|us|my (?:son|daughter|partner|wife|husband|mum|dad|child))\b/, meaning: 'violence', behaviour: 'violence' },
  { pattern: /\b(?:with|holding|brandishing|waving|carrying|pulled out) (?:a|an|his|her) (?:knife|machete|knives|gun|weapon|baseball bat|hammer|axe)\b/, meaning: 'a weapon', behaviour: 'violence' },
  // Fear for safety
  {
    pattern: new RegExp(`\\b(?:afraid|scared|frightened|terrified) (?:to leave ${PRONOUN} (?:home|house|flat)|for ${PRONOUN} (?:life|lives|safety))\\b|\\bfears? for ${PRONOUN} (?:life|lives|safety)\\b`),
    meaning: 'fear for safety',
    riskOfHarm: true,
  },
  // Domestic abuse
  { pattern: /\bdomestic (?:abuse|violence)\b|\bcoercive control\b/, meaning: 'domestic abuse', behaviour: 'domestic-abuse' },
  {
    pattern: /\b(?:partner|ex-partner|ex partner|husband|wife|boyfriend|girlfriend|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend) (?:hit|hits|beat|beats|punched|assaulted|strangled|threatened|threatens|controls)\b/,
    meaning: 'domestic abuse',
    behaviour: 'domestic-abuse',
  },
  // Harassment, verbal abuse
  { pattern: /\b(?:harass(?:ed|es|ing|ment)?|intimidat(?:e|ed|es|ing|ion)|stalk(?:ed|ing|s)?)\b/, meaning: 'harassment or intimidation', behaviour: 'harassment' },
  { pattern: /\bverbal(?:ly)? abus(?:e|ed|ive)\b|\bshout(?:ed|s|ing)? abuse\b|\bcalled (?:me|him|her|them|us) names\b/, meaning: 'verbal abuse', behaviour: 'verbal-abuse' },
  // Drugs
  {
    pattern: /\b(?:drugs?|drug[- ]dealing|cannabis|cocaine|heroin|ketamine|crack cocaine|crack den|county lines|cuckoo(?:ed|ing))\b/,
    meaning: 'drugs',
    behaviour: 'drugs',
  },
  // Damage
  {
    pattern: /\b(?:graffiti|vandal(?:ised|ized|ism|s)|criminal damage|arson|set fire to|slashed (?:my |the |our )?tyres|smashed (?:my|our|his|her|the) (?:window|windows|car|door|windscreen|fence))\b/,
    meaning: 'damage to property',
    behaviour: 'property-damage',
  },
  // Safeguarding and vulnerability
  { pattern: /\bsafeguarding\b|\bchild(?:ren)? (?:at risk|in danger)\b/, meaning: 'a safeguarding concern', safeguarding: true },
  {
    pattern: /\b(?:vulnerable|dementia|learning disabilit(?:y|ies)|autistic|autism|mental health|wheelchair user|registered blind|disabled)\b/,
    meaning: 'a vulnerable person',
    vulnerability: true,
  },
];

/** Words that, right before a phrase, deny it: "no racist remarks", "not racially motivated". */
const NEGATION = /\b(?:no|not|never|without|nor|denies|denied)\s+(?:any\s+|a\s+|an\s+|sign of\s+|signs of\s+)?$/;

/** Each rule's pattern with the 'g' flag, built once: every description is read with them. */
const GLOBAL_PATTERNS: readonly RegExp[] = RULES.map((rule) => new RegExp(rule.pattern.source, 'g'));

function negated(text: string, start: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('!', start - 1), text.lastIndexOf('?', start - 1), text.lastIndexOf(';', start - 1));
  return NEGATION.test(text.slice(sentenceStart + 1, start));
}

/**
 * Reads a report's description and suggests the behaviours, hate motives and risks it points to,
 * so the extension can warn when a case is recorded under a milder category than its words
 * describe (a race-hate report logged as "Noise"). Conservative: whole words and phrases only, and
 * a phrase denied just before ("no racist remarks") does not count. A hint, never a decision.
 *
 * @example
 * descriptionHints('He shouted racist abuse and told her to go back to her own country.').perceivedHate
 * //=> ['race']
 * descriptionHints('Loud music from the terrace; we embrace a quiet life.').evidence
 * //=> []
 */
export function descriptionHints(description: string): DescriptionHints {
  const text = description.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2015]/g, '-');
  const behaviours = new Set<BehaviourCode>();
  const strands = new Set<HateStrand>();
  const vulnerabilities = new Set<string>();
  const evidence: DescriptionHint[] = [];
  let riskOfHarm = false;
  let safeguardingConcern = false;

  for (const [i, rule] of RULES.entries()) {
    const global = GLOBAL_PATTERNS[i]!;
    global.lastIndex = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      if (m[0] === '') global.lastIndex += 1; // no pattern matches nothing, but never loop on one
      if (negated(text, m.index)) continue;
      // The original words, when lower-casing kept every offset (it nearly always does).
      const phrase = text.length === description.length ? description.slice(m.index, m.index + m[0].length) : m[0];
      evidence.push({ meaning: rule.meaning, phrase, ...(rule.behaviour ? { behaviour: rule.behaviour } : {}), ...(rule.strand ? { strand: rule.strand } : {}) });
      if (rule.behaviour) behaviours.add(rule.behaviour);
      if (rule.strand) strands.add(rule.strand);
      if (rule.riskOfHarm) riskOfHarm = true;
      if (rule.safeguarding) safeguardingConcern = true;
      if (rule.vulnerability) vulnerabilities.add(m[0]);
      break; // one piece of evidence per rule is enough
    }
  }
  // "Hate crime" with a named motive is that motive, not an unnamed one.
  if (strands.size > 1) strands.delete('other');
  if (strands.size > 0) behaviours.add('hate-incident');

  return {
    behaviours: [...behaviours],
    perceivedHate: [...strands],
    riskOfHarm,
    safeguardingConcern,
    vulnerabilities: [...vulnerabilities],
    evidence,
  };
}
