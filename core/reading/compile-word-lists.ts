import { firstLetters, type FirstLetters } from './first-letters.ts';
import type { FigureOfSpeech, Negator, ReadingConcern, ReadingEntry, ReadingPairing } from './reading-entry.ts';

/** One entry, ready to read with: a sticky pattern tried at the words that can start it. */
export interface CompiledEntry {
  /** The entry this is (one top-level alternative of). */
  entry: ReadingEntry;
  /** Sticky ('y'): tried at a word's start, it matches to the end of a word. */
  pattern: RegExp;
  /** The first letters of the words it can start at; null: any word (read with `scan`). */
  letters: FirstLetters | null;
  /** Global, from any word: only for an entry whose first letters cannot be told. */
  scan: RegExp;
  /** The first letters of a later word every match needs ("cou" in "your own country"): absent from the text, the entry is skipped. */
  requires: FirstLetters | null;
  /** The first letters of the word right after the first, when the first is one plain word ("own" after "your"). */
  second: FirstLetters | null;
  /** Up to eight first letters of every match ("theft", not only "the"), when they can be told. */
  longer: FirstLetters | null;
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

/** Splits a source at its top-level occurrences of `separator` (outside groups, classes and escapes). */
function splitTopLevel(source: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (depth === 0 && source.startsWith(separator, i)) {
      out.push(source.slice(from, i));
      i += separator.length - 1;
      from = i + 1;
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The first letters of the most telling later word a match of `alternative` must contain: the
 * words after its first, split at gaps that must be there, whose first letters can be told.
 */
function requiredWord(alternative: string): FirstLetters | null {
  const pieces = splitTopLevel(alternative, GAP).slice(1);
  let best: FirstLetters | null = null;
  for (const piece of pieces) {
    if (piece === '' || /^[?*{]/.test(piece)) continue;
    const letters = firstLetters(piece);
    if (!letters || letters.open.size > 0) continue;
    if (!best || letters.exact.size < best.exact.size) best = letters;
  }
  return best;
}

/**
 * The first letters of the second word of every match, when the first word is plain letters
 * (so it is one word of the text, and the text's next word is the second) and the gap after it
 * must be there; null otherwise.
 */
function secondWord(alternative: string): FirstLetters | null {
  const pieces = splitTopLevel(alternative, GAP);
  if (pieces.length < 2 || !/^[a-z0-9(?:|)]+$/.test(pieces[0]!) || /[?*+{]$/.test(pieces[0]!)) return null;
  const next = pieces[1]!;
  if (next === '' || /^[?*{+]/.test(next)) return null;
  const letters = firstLetters(next);
  return letters && letters.open.size === 0 ? letters : null;
}

/** Up to eight first letters of an alternative's matches, when there are few enough to check one by one. */
function longerLetters(alternative: string): FirstLetters | null {
  const letters = firstLetters(alternative, 8);
  return letters && letters.open.size === 0 && letters.exact.size <= 64 ? letters : null;
}

/** One top-level alternative of an entry, compiled with the first letters it can start at. */
function compileAlternative(entry: ReadingEntry, alternative: string): CompiledEntry {
  return {
    entry,
    pattern: new RegExp(`(?:${alternative})(?![a-z0-9])`, 'y'),
    letters: firstLetters(alternative),
    scan: new RegExp(`\\b(?:${alternative})(?![a-z0-9])`, 'g'),
    requires: requiredWord(alternative),
    second: secondWord(alternative),
    longer: longerLetters(alternative),
  };
}

/** Splits a source at its top-level `|`, outside groups, classes and escapes. */
export function topLevelAlternatives(source: string): string[] {
  return splitTopLevel(source, '|');
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
    list.entries.flatMap((entry, i): CompiledEntry[] => {
      const where = `${list.id}[${i}]`;
      const source = expandSource(entry.match, fragments, where);
      if (!entry.finds && !entry.tags?.length) throw new Error(`${where}: an entry needs finds or tags`);
      if (entry.finds && !entry.meaning) throw new Error(`${where}: an entry that finds something needs a meaning`);
      new RegExp(source); // a bad entry fails here, named by the stack
      // Each top-level alternative on its own, so a word is tried only against the alternatives it can start.
      return topLevelAlternatives(source).map((alternative) => compileAlternative(entry, alternative));
    }),
  );
  const compileLoose = (match: string, catches: string, where: string): CompiledEntry[] =>
    topLevelAlternatives(expandSource(match, fragments, where)).map((alternative) =>
      compileAlternative({ match, catches, tags: [where] }, alternative),
    );
  const negatorPatterns = negators.flatMap((n, i) => compileLoose(n.match, n.catches, `negators[${i}]`).map((c) => ({ ...c, reach: n.reach })));
  const figurePatterns = figures.flatMap((f, i) => compileLoose(f.match, f.catches, `figures[${i}]`));
  return {
    entries,
    pairings: lists.flatMap((l) => l.pairings ?? []),
    negators: negatorPatterns,
    figures: figurePatterns,
  };
}
