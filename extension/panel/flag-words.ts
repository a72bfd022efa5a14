const FLAG_WORDS: Record<string, string> = {
  'hate-incident': 'Hate incident',
  'domestic-abuse': 'Domestic abuse',
  'risk-of-harm': 'Risk of harm',
  'vulnerable-reporter': 'Vulnerable reporter',
  safeguarding: 'Safeguarding',
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
