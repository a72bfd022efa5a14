import type { BehaviourCode, HateStrand } from '../../core/index.ts';

/** What a host system's recorded category means in the core's terms. */
export interface CategoryMeaning {
  behaviours: BehaviourCode[];
  /** A category that itself names a hate motive ("ASB - Racial Harassment"). */
  perceivedHate?: HateStrand[];
}

/**
 * A host system's own words: its categories mapped to core behaviours, and its note (case-log)
 * types mapped to core event types ('complainant-contacted', 'case-reviewed', ...). Read-only once
 * used: lookups index each table the first time they read it.
 */
export interface HostVocabulary {
  categories: Record<string, CategoryMeaning>;
  noteTypes: Record<string, string>;
}

/** Lower case, one space, every kind of dash and slash spacing alike: "ASB – Noise" = "asb - noise". */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s*([-/&])\s*/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each table by its keys normalised, built on first use: a case list looks up every row's category. */
const normalisedTables = new WeakMap<object, Map<string, unknown>>();

function lookup<T>(table: Record<string, T>, text: string): T | null {
  const wanted = normalise(text);
  if (wanted === '') return null;
  let byKey = normalisedTables.get(table) as Map<string, T> | undefined;
  if (!byKey) {
    byKey = new Map();
    // The first key that normalises to a text wins, as it would reading the table in order.
    for (const [key, value] of Object.entries(table)) {
      const normalised = normalise(key);
      if (!byKey.has(normalised)) byKey.set(normalised, value);
    }
    normalisedTables.set(table, byKey);
  }
  return byKey.get(wanted) ?? null;
}

/**
 * What a recorded category means, matched without regard to case, spacing or dash style; null
 * when the host's category is not in the table.
 *
 * @example
 * categoryMeaning({ categories: { 'ASB - Noise': { behaviours: ['noise-excessive'] } }, noteTypes: {} }, 'asb – noise')
 * //=> { behaviours: ['noise-excessive'] }
 */
export function categoryMeaning(vocabulary: HostVocabulary, category: string): CategoryMeaning | null {
  return lookup(vocabulary.categories, category);
}

/**
 * The core event type a note type stands for; undefined when it stands for none.
 *
 * @example
 * noteEvent({ categories: {}, noteTypes: { 'Phone call to complainant': 'complainant-contacted' } }, 'Phone call to complainant')
 * //=> 'complainant-contacted'
 */
export function noteEvent(vocabulary: HostVocabulary, kind: string): string | undefined {
  return lookup(vocabulary.noteTypes, kind) ?? undefined;
}
