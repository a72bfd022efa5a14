/**
 * The words for the triage flags the presets raise: the one table every view (banner, new-case
 * form, list badge, side panel) names flags from. A flag of a landlord's own policy not listed
 * here is shown as its id in words ('support-needed' → 'Support needed').
 */
const FLAG_WORDS: Record<string, string> = {
  'hate-incident': 'Hate incident',
  'domestic-abuse': 'Domestic abuse',
  'risk-of-harm': 'Risk of harm',
  'vulnerable-reporter': 'Vulnerable reporter',
  safeguarding: 'Safeguarding',
  'young-person': 'Young person',
  crime: 'Possible crime',
};

/**
 * A triage flag in words.
 *
 * @example
 * flagWords('hate-incident') //=> 'Hate incident'
 * flagWords('young-person') //=> 'Young person'
 */
export function flagWords(flag: string): string {
  const known = FLAG_WORDS[flag];
  if (known) return known;
  const words = flag.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
