/**
 * One labelled description of the reading corpus: words written fresh for the corpus, in the
 * voices that reach a landlord (a tenant online or by text, a contact-centre note, an officer's
 * shorthand), and what a careful reader should take from them.
 */
export const CORPUS_CATEGORIES = [
  'race',
  'religion',
  'disability',
  'sexual-orientation',
  'transgender',
  'other-hate',
  'threat',
  'domestic-abuse',
  'young-person',
] as const;
export type CorpusCategory = (typeof CORPUS_CATEGORIES)[number];

export interface CorpusItem {
  /** Every category the words belong to; empty for an ordinary-nuisance report. */
  labels: CorpusCategory[];
  text: string;
}

/** `item('race threat', 'text')`: labels as one space-separated string, for compact data. */
export function item(labels: string, text: string): CorpusItem {
  const list = labels.split(' ').filter((l) => l !== '');
  for (const l of list) if (!(CORPUS_CATEGORIES as readonly string[]).includes(l)) throw new Error(`corpus label: unknown category "${l}"`);
  return { labels: list as CorpusCategory[], text };
}
