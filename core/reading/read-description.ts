import type { BehaviourCode, HateStrand } from '../types.ts';
import { compileWordLists, type CompiledEntry } from './compile-word-lists.ts';
import type { FirstLetters } from './first-letters.ts';
import type { ReadingEntry, ReadingFinding } from './reading-entry.ts';
import { FIGURES_OF_SPEECH, NEGATORS } from './words/negation-words.ts';
import { SHARED_WORDS } from './words/shared-words.ts';
import { WORD_LISTS } from './word-lists.ts';

/** One phrase of a description and what it suggests, quoted back to the officer. */
export interface ReadingEvidence {
  /** The words exactly as the description has them. */
  phrase: string;
  /** Plain English: "a racial slur", "a threat of violence". */
  meaning: string;
  /** Offsets into the original text: `text.slice(start, end) === phrase`. */
  start: number;
  end: number;
}

/** What a description's words suggest (core contract, "Reading descriptions"). */
export interface DescriptionReading {
  behaviours: BehaviourCode[];
  perceivedHate: HateStrand[];
  riskOfHarm: boolean;
  youngPerson: boolean;
  /** Report-form vulnerability codes: 'disability', 'mental-health', 'older-person', ... */
  vulnerabilities: string[];
  evidence: ReadingEvidence[];
}

interface Hit {
  entry: ReadingEntry;
  start: number;
  end: number;
}

/**
 * The word lists compiled, on the first reading, not when the module loads: compiling takes tens
 * of milliseconds, and pages that load the core without reading a description (the side panel's
 * dashboard) should not pay for it.
 */
let compiled: { pairings: ReturnType<typeof compileWordLists>['pairings']; entries: KeyedEntry[]; figures: KeyedEntry[]; negators: (KeyedEntry & { reach: number })[] } | null = null;
function compiledLists() {
  if (compiled === null) {
    const lists = compileWordLists(WORD_LISTS, NEGATORS, FIGURES_OF_SPEECH, SHARED_WORDS);
    compiled = {
      pairings: lists.pairings,
      entries: lists.entries.map(keyed),
      figures: lists.figures.map(keyed),
      negators: lists.negators.map((n) => ({ ...keyed(n), reach: n.reach })),
    };
  }
  return compiled;
}

/** How far apart (in characters) the two phrases of a pairing may be. */
const PAIR_REACH = 120;

/** Whether the character code ends a sentence or clause (. ! ? ; line break) for pairings and negation. */
const endsSentence = (code: number) => code === 46 || code === 33 || code === 63 || code === 59 || code === 10;
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * Lower case, with typographic quotes and dashes made plain, keeping every offset: a character
 * whose lower case is longer than one (rare: "İ") is left as it is.
 */
function normalise(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = Array.from(text, (c) => {
      const l = c.toLowerCase();
      return l.length === c.length ? l : c;
    }).join('');
  }
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"').replace(/[\u2010-\u2015]/g, '-');
}

/** Where each sentence ends: the offsets of its closing characters, in order. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (endsSentence(text.charCodeAt(i))) ends.push(i);
  return ends;
}

/** The index of the first value in the sorted list that is at least `at` (the list's length if none). */
function firstAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A letter or digit as 1-36 (0 for none), so three of them make a number below 37^3. */
const letterCode = (code: number): number => (code >= 97 && code <= 122 ? code - 96 : code >= 48 && code <= 57 ? code - 21 : 0);
const KEY_SPACE = 37 * 37 * 37;

/** The first three letters of a word as one number ("thr" for "threatened"; "he" for "he"). */
const keyOf = (word: string): number => letterCode(word.charCodeAt(0)) * 1369 + letterCode(word.charCodeAt(1) || 0) * 37 + letterCode(word.charCodeAt(2) || 0);

/** Each entry's first letters as key numbers (a shorter open prefix as a range), worked out once. */
const KEYS = new Map<FirstLetters, { exact: number[]; open: { from: number; to: number }[] }>();
function keysOf(letters: FirstLetters) {
  let keys = KEYS.get(letters);
  if (!keys) {
    keys = {
      exact: [...letters.exact].map(keyOf),
      open: [...letters.open].map((p) => {
        const from = keyOf(p);
        return { from, to: from + (p.length === 1 ? 1368 : p.length === 2 ? 36 : 0) };
      }),
    };
    KEYS.set(letters, keys);
  }
  return keys;
}

/** The second-word letters of an entry as a set of keys, worked out once. */
const SECONDS = new Map<FirstLetters, Set<number>>();
function SECOND_KEYS(letters: FirstLetters): Set<number> {
  let keys = SECONDS.get(letters);
  if (!keys) {
    keys = new Set([...letters.exact].map(keyOf));
    SECONDS.set(letters, keys);
  }
  return keys;
}

/** An entry's longer first letters, grouped by the key of their first three. */
const LONGER = new Map<FirstLetters, Map<number, string[]>>();
function LONGER_BY_KEY(letters: FirstLetters): Map<number, string[]> {
  let byKey = LONGER.get(letters);
  if (!byKey) {
    byKey = new Map();
    for (const p of letters.exact) {
      const key = keyOf(p);
      const list = byKey.get(key);
      if (list) list.push(p);
      else byKey.set(key, [p]);
    }
    LONGER.set(letters, byKey);
  }
  return byKey;
}

/**
 * Where each word starts, by its first three letters, in one pass over the characters: a linked
 * list per key in typed arrays (the heads are kept between calls and cleared after each).
 */
interface WordIndex {
  /** The first word of each key (index into `starts`), -1 for none. */
  head: Int32Array;
  /** The next word with the same key, -1 at the end. */
  next: Int32Array;
  starts: Int32Array;
  /** The key of the word after each word (-1 for the last). */
  nextKey: Int32Array;
  /** The keys in use, to clear `head` and to walk open prefixes. */
  keys: number[];
}

const HEAD = new Int32Array(KEY_SPACE).fill(-1);

function indexWords(text: string): WordIndex {
  const n = text.length;
  const starts = new Int32Array((n >> 1) + 1);
  const next = new Int32Array((n >> 1) + 1);
  const nextKey = new Int32Array((n >> 1) + 1);
  const keys: number[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const c0 = letterCode(text.charCodeAt(i));
    if (c0 === 0) {
      i++;
      continue;
    }
    const start = i++;
    let key = c0 * 1369;
    const c1 = i < n ? letterCode(text.charCodeAt(i)) : 0;
    if (c1 !== 0) {
      key += c1 * 37;
      i++;
      const c2 = i < n ? letterCode(text.charCodeAt(i)) : 0;
      if (c2 !== 0) {
        key += c2;
        i++;
        while (i < n && letterCode(text.charCodeAt(i)) !== 0) i++;
      }
    }
    starts[count] = start;
    nextKey[count] = -1;
    if (count > 0) nextKey[count - 1] = key;
    if (HEAD[key] === -1) keys.push(key);
    next[count] = HEAD[key]!;
    HEAD[key] = count++;
  }
  return { head: HEAD, next, starts, nextKey, keys };
}

function clearIndex(index: WordIndex): void {
  for (const key of index.keys) index.head[key] = -1;
}

/** An entry with its letters as key numbers, worked out once. */
interface KeyedEntry {
  compiled: CompiledEntry;
  exact: number[];
  open: { from: number; to: number }[];
  requires: number[] | null;
  second: Set<number> | null;
  longer: Map<number, string[]> | null;
}

function keyed(compiled: CompiledEntry): KeyedEntry {
  const letters = compiled.letters ? keysOf(compiled.letters) : { exact: [], open: [] };
  return {
    compiled,
    exact: letters.exact,
    open: letters.open,
    requires: compiled.requires ? keysOf(compiled.requires).exact : null,
    second: compiled.second ? SECOND_KEYS(compiled.second) : null,
    longer: compiled.longer ? LONGER_BY_KEY(compiled.longer) : null,
  };
}


/** Every match of one entry: at the words its letters allow, or by a scan. */
function matchesOf(text: string, index: WordIndex, entry: KeyedEntry, found: (start: number, end: number) => void): void {
  const { compiled, second, longer } = entry;
  const pattern = compiled.pattern;
  const { head, next, nextKey, starts } = index;
  const tryKey = (key: number) => {
    let prefixes: string[] | undefined;
    if (longer) {
      prefixes = longer.get(key);
      if (!prefixes) return;
    }
    for (let w = head[key]!; w !== -1; w = next[w]!) {
      if (second !== null && !second.has(nextKey[w]!)) continue;
      const at = starts[w]!;
      if (prefixes) {
        let any = false;
        for (let k = 0; k < prefixes.length && !any; k++) any = text.startsWith(prefixes[k]!, at);
        if (!any) continue;
      }
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m) found(at, at + m[0].length);
    }
  };
  if (entry.requires) {
    let present = false;
    for (let k = 0; k < entry.requires.length && !present; k++) present = head[entry.requires[k]!] !== -1;
    if (!present) return;
  }
  if (compiled.letters) {
    for (let k = 0; k < entry.exact.length; k++) if (head[entry.exact[k]!] !== -1) tryKey(entry.exact[k]!);
    for (const range of entry.open) for (const key of index.keys) if (key >= range.from && key <= range.to) tryKey(key);
    return;
  }
  const scan = compiled.scan;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    found(m.index, m.index + m[0].length);
    scan.lastIndex = m.index + 1;
  }
}

/** Counts the words in text[from, to), stopping early past `limit`. */
function wordsBetween(text: string, from: number, to: number, limit: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (isWordCode(text.charCodeAt(i)) && (i === from || !isWordCode(text.charCodeAt(i - 1))) && ++count > limit) return count;
  }
  return count;
}

/** Whether text[from, to) breaks a clause: a sentence end, a comma or "but". */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (endsSentence(c) || c === 44) return true;
  }
  return / but /.test(text.slice(from, to));
}

function findHits(text: string): Hit[] {
  const words = indexWords(text);
  try {
    return findHitsIn(text, words);
  } finally {
    clearIndex(words);
  }
}

function findHitsIn(text: string, words: WordIndex): Hit[] {
  const { entries, figures: figureEntries, negators } = compiledLists();
  const figures: [number, number][] = [];
  for (const figure of figureEntries) matchesOf(text, words, figure, (start, end) => figures.push([start, end]));
  const negations: { end: number; reach: number }[] = [];
  for (const negator of negators) matchesOf(text, words, negator, (_start, end) => negations.push({ end, reach: negator.reach }));
  negations.sort((x, y) => x.end - y.end);
  const negated = (start: number) => {
    // The negations that end at most 80 characters before `start`, nearest first.
    let hi = negations.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (negations[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && start - negations[k]!.end <= 80; k--) {
      const n = negations[k]!;
      if (!breaksClause(text, n.end, start) && wordsBetween(text, n.end, start, n.reach) <= n.reach) return true;
    }
    return false;
  };
  const insideFigure = (start: number, end: number) => figures.some(([s, e]) => s < end && e > start);

  const hits: Hit[] = [];
  for (const keyedEntry of entries) {
    const entry = keyedEntry.compiled.entry;
    matchesOf(text, words, keyedEntry, (start, end) => {
      if (figures.length > 0 && insideFigure(start, end)) return;
      if (entry.negatable !== false && negations.length > 0 && negated(start)) return;
      hits.push({ entry, start, end });
    });
  }
  return hits;
}

/**
 * Reads a report's description as people write it (UK spelling, lower case, no punctuation,
 * text-speak, slurs and their euphemisms) and says what its words point to: behaviours, every hate
 * strand, a risk of harm, a young person aged 10-17, vulnerabilities, with the phrases that say so
 * and where they are. Look-alike words ("terrace"), figures of speech ("I could kill him for that
 * noise"), neutral mentions of someone's religion, nationality or disability, and plain negation
 * ("no threats were made") say nothing. It suggests and never decides: callers only add what it
 * finds, never lower a level because of it. The word lists are data, one file per concern, under
 * `core/reading/words/`.
 *
 * @example
 * readDescription('he said hed stab me if i reported him again')
 * //=> { behaviours: ['violence'], perceivedHate: [], riskOfHarm: true, youngPerson: false, vulnerabilities: [],
 * //     evidence: [{ phrase: 'he said hed stab', meaning: 'a threat of violence', start: 0, end: 16 }] }
 * readDescription('No threats were made; the music from the terrace is loud.').evidence
 * //=> []
 */
export function readDescription(text: string): DescriptionReading {
  if (typeof text !== 'string') throw new Error(`text: must be a string, not ${text === null ? 'null' : typeof text}`);
  const lower = normalise(text);
  const hits = findHits(lower);

  const behaviours = new Set<BehaviourCode>();
  const strands = new Set<HateStrand>();
  const vulnerabilities = new Set<string>();
  const evidence: ReadingEvidence[] = [];
  let riskOfHarm = false;
  let youngPerson = false;

  const add = (finds: ReadingFinding, meaning: string, start: number, end: number) => {
    for (const b of finds.behaviours ?? []) behaviours.add(b);
    if (finds.strand) strands.add(finds.strand);
    if (finds.riskOfHarm) riskOfHarm = true;
    if (finds.youngPerson) youngPerson = true;
    if (finds.vulnerability) vulnerabilities.add(finds.vulnerability);
    evidence.push({ phrase: text.slice(start, end), meaning, start, end });
  };

  for (const hit of hits) if (hit.entry.finds) add(hit.entry.finds, hit.entry.meaning!, hit.start, hit.end);

  const byTag = new Map<string, Hit[]>();
  for (const hit of hits) {
    for (const tag of hit.entry.tags ?? []) {
      const list = byTag.get(tag);
      if (list) list.push(hit);
      else byTag.set(tag, [hit]);
    }
  }
  if (byTag.size > 1) {
    const sentences = sentenceEnds(lower);
    const sentenceOf = (at: number) => firstAfter(sentences, at);
    const byStart = (x: Hit, y: Hit) => x.start - y.start;
    for (const list of byTag.values()) list.sort(byStart);
    for (const pairing of compiledLists().pairings) {
      const as = byTag.get(pairing.all[0]);
      const bs = byTag.get(pairing.all[1]);
      if (!as || !bs) continue;
      const bStarts = bs.map((h) => h.start);
      const blockers = (pairing.unless ?? []).flatMap((t) => byTag.get(t) ?? []);
      for (const a of as) {
        const sentence = sentenceOf(a.start);
        // The nearest b in the same sentence, before or after a, within reach.
        let b: Hit | undefined;
        for (let k = firstAfter(bStarts, a.start - PAIR_REACH - 1); k < bs.length && bs[k]!.start <= a.end + PAIR_REACH; k++) {
          const h = bs[k]!;
          const apart = h.start >= a.end ? h.start - a.end : a.start - h.end;
          if (h !== a && (h.start >= a.end || h.end <= a.start) && apart <= PAIR_REACH && sentenceOf(h.start) === sentence) {
            b = h;
            break;
          }
        }
        if (!b) continue;
        if (blockers.some((u) => sentenceOf(u.start) === sentence && Math.abs(u.start - a.start) <= 2 * PAIR_REACH)) continue;
        add(pairing.finds, pairing.meaning, Math.min(a.start, b.start), Math.max(a.end, b.end));
      }
    }
  }

  // "Hate crime" beside a named motive is that motive, not an unnamed one.
  if (strands.size > 1) strands.delete('other');
  if (strands.size > 0) behaviours.add('hate-incident');
  // Longest first at each start; phrases with the same meaning that overlap are quoted as one
  // ("go back to her" and "her own country": "go back to her own country").
  evidence.sort((x, y) => x.start - y.start || y.end - x.end);
  const last = new Map<string, ReadingEvidence>();
  const quoted = evidence.filter((e) => {
    const before = last.get(e.meaning);
    if (before && e.start < before.end) {
      if (e.end > before.end) {
        before.end = e.end;
        before.phrase = text.slice(before.start, before.end);
      }
      return false;
    }
    last.set(e.meaning, e);
    return true;
  });
  return { behaviours: [...behaviours], perceivedHate: [...strands], riskOfHarm, youngPerson, vulnerabilities: [...vulnerabilities], evidence: quoted };
}
