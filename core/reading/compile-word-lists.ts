import { firstLetters, type FirstLetters } from './first-letters.ts';
import type { FigureOfSpeech, Negator, ReadingConcern, ReadingEntry, ReadingPairing } from './reading-entry.ts';

/** One entry, ready to read with: a sticky pattern tried at the words that can start it. */
export interface CompiledEntry {
  entry: ReadingEntry;
  /** Sticky ('y'): tried at a word's start, it matches to the end of a word. */
  pattern: RegExp;
  /** The first letters of the words it can start at; null: any word (read with `scan`). */
  letters: FirstLetters | null;
  /** Global, from any word: only for an entry whose first letters cannot be told. */
  scan: RegExp;
}

export interface CompiledWordLists {
  entries: readonly CompiledEntry[];
  pairings: readonly ReadingPairing[];
  /** Negators, each tried like an entry, with how many words ahead it reaches. */
  negators: readonly (CompiledEntry & { reach: number })[];
  /** Figures of speech, each tried like an entry. */
  figures: readonly CompiledEntry[];
}

/** Any run of spaces, line breaks and quote marks between two words. */
const GAP = `[\\s"']+`;

/**
 * Expands `{name}` fragments (recursively) and turns plain spaces outside character classes into
 * {@link GAP}. Throws, naming the entry, on an unknown fragment or a capturing group.
 */
export function expandSource(source: string, fragments: Readonly<Record<string, string>>, where: string, depth = 0): string {
  if (depth > 5) throw new Error(`${where}: fragments nest too deep`);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === '(' && source[i + 1] !== '?') throw new Error(`${where}: use non-capturing groups (?:...), not "(" at ${i}`);
    if (c === ' ') {
      // "a ?b": the gap may be left out ("shirtlifter", "hed").
      if (source[i + 1] === '?') {
        out += `${GAP.slice(0, -1)}*`;
        i++;
      } else out += GAP;
      continue;
    }
    if (c === '{') {
      const close = source.indexOf('}', i);
      const name = source.slice(i + 1, close);
      if (close > i && /^[a-z][a-z-]*$/.test(name)) {
        const fragment = fragments[name];
        if (fragment === undefined) throw new Error(`${where}: unknown fragment {${name}}`);
        out += `(?:${expandSource(fragment, fragments, `${where} {${name}}`, depth + 1)})`;
        i = close;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/**
 * Builds the regular expressions readDescription reads with, once: one per entry (with the first
 * letters of the words it can start at), one per negator and one for all figures of speech.
 */
export function compileWordLists(
  lists: readonly ReadingConcern[],
  negators: readonly Negator[],
  figures: readonly FigureOfSpeech[],
  fragments: Readonly<Record<string, string>>,
): CompiledWordLists {
  const entries = lists.flatMap((list) =>
    list.entries.map((entry, i): CompiledEntry => {
      const where = `${list.id}[${i}]`;
      const source = expandSource(entry.match, fragments, where);
      if (!entry.finds && !entry.tags?.length) throw new Error(`${where}: an entry needs finds or tags`);
      if (entry.finds && !entry.meaning) throw new Error(`${where}: an entry that finds something needs a meaning`);
      return {
        entry,
        pattern: new RegExp(`(?:${source})(?![a-z0-9])`, 'y'),
        letters: firstLetters(source),
        scan: new RegExp(`\\b(?:${source})(?![a-z0-9])`, 'g'),
      };
    }),
  );
  const compileLoose = (match: string, catches: string, where: string): CompiledEntry => {
    const source = expandSource(match, fragments, where);
    return {
      entry: { match, catches, tags: [where] },
      pattern: new RegExp(`(?:${source})(?![a-z0-9])`, 'y'),
      letters: firstLetters(source),
      scan: new RegExp(`\\b(?:${source})(?![a-z0-9])`, 'g'),
    };
  };
  const negatorPatterns = negators.map((n, i) => ({ ...compileLoose(n.match, n.catches, `negators[${i}]`), reach: n.reach }));
  const figurePatterns = figures.map((f, i) => compileLoose(f.match, f.catches, `figures[${i}]`));
  return {
    entries,
    pairings: lists.flatMap((l) => l.pairings ?? []),
    negators: negatorPatterns,
    figures: figurePatterns,
  };
}
