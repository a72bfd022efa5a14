/**
 * Plain-English measures for letters: words, sentences, syllables and the Flesch reading ease.
 *
 * The syllable count is a rule of thumb, not a dictionary: it counts groups of vowels, then
 * corrects the common English endings (a silent final "e", "-es" and "-ed" that add no
 * syllable, "-le" after a consonant that does). It is right for most everyday words and
 * within one syllable for most others ("create" counts 1, not 2).
 */

/** Counts of a text and its Flesch reading ease (higher is easier; 60 to 70 is plain English). */
export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Words per sentence. */
  averageSentenceLength: number;
  /** 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words). */
  fleschReadingEase: number;
}

const VOWEL_GROUPS = /[aeiouy]+/g;

/**
 * The number of syllables in one English word, by rule of thumb (see the file's note).
 * Digits count one syllable each; a word with no vowel counts one.
 *
 * @example
 * countSyllables('behaviour') //=> 3
 * countSyllables('table') //=> 2
 * countSyllables('called') //=> 1
 */
export function countSyllables(word: string): number {
  const digits = word.replace(/[^0-9]/g, '').length;
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return digits;
  if (w.length <= 3) return 1 + digits;

  let stem = w;
  // Endings that add no syllable of their own.
  if (/[^aeiouy]le$/.test(stem)) {
    // "table", "people": the "le" is a syllable; keep it.
  } else if (/[^aeiouy]es$/.test(stem) && !/(s|z|x|ch|sh|g|c)es$/.test(stem)) {
    stem = stem.slice(0, -2); // "likes", "times"
  } else if (/[^aeiouy]ed$/.test(stem) && !/[td]ed$/.test(stem)) {
    stem = stem.slice(0, -2); // "called", "asked"
  } else if (/[^aeiouy]e$/.test(stem) && !/[^aeiouy]ee$/.test(stem)) {
    stem = stem.slice(0, -1); // "time", "case"
  }
  // A leading "y" is a consonant ("year", "you").
  stem = stem.replace(/^y/, '');

  let count = stem.match(VOWEL_GROUPS)?.length ?? 0;
  // Vowel pairs that are usually two syllables: "ia" (media, but not social, initial), "io"
  // (period, violence, but not -tion, -sion, -ion), "iou" (serious, but not precious,
  // behaviour) and "ua" (usual, but not quality, language).
  count += (stem.match(/[^aeiouct]ia|[^aeiouctx]io(?![nu])|[^aeiouctx]iou(?!r)|[^aeiougq]ua/g) ?? []).length;
  return Math.max(1, count) + digits;
}

/** Words: runs of letters and digits, joined by an apostrophe or hyphen. */
const WORD = /[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*/g;
const HAS_WORD = /[A-Za-z0-9]/;

/**
 * Sentences of a plain-text letter. Paragraphs are separated by blank lines and may be wrapped
 * over several lines; a line starting with "- " or "* " or "• " is a list item. A paragraph, heading or
 * list item is split at ".", "!" or "?" followed by a space; its last part counts as a sentence
 * whether or not it ends with a full stop (headings and list items are sentences too).
 *
 * @example
 * splitSentences('We met you. We will write.\n\n- Visit your home\n- Call the police')
 * //=> ['We met you.', 'We will write.', 'Visit your home', 'Call the police']
 */
export function splitSentences(text: string): string[] {
  const units: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let current: string[] = [];
    const flush = () => {
      if (current.length > 0) units.push(current.join(' '));
      current = [];
    };
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const item = /^[-*\u2022]\s+(.*)$/.exec(line);
      if (item) {
        flush();
        current.push(item[1] ?? '');
      } else {
        current.push(line);
      }
    }
    flush();
  }
  return units.flatMap((unit) =>
    unit
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => HAS_WORD.test(s)),
  );
}

/**
 * Words, sentences, syllables and the Flesch reading ease of a plain-text letter
 * (sentences as {@link splitSentences} finds them). Throws for a text with no words.
 *
 * @example
 * readability('We will call you. We will visit you next week.')
 * //=> { words: 10, sentences: 2, syllables: 11, averageSentenceLength: 5, fleschReadingEase: 108.7 }
 */
export function readability(text: string): Readability {
  const sentences = splitSentences(text);
  const words = text.match(WORD) ?? [];
  if (words.length === 0 || sentences.length === 0) throw new Error('text: has no words');
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const averageSentenceLength = words.length / sentences.length;
  const fleschReadingEase = 206.835 - 1.015 * averageSentenceLength - 84.6 * (syllables / words.length);
  return {
    words: words.length,
    sentences: sentences.length,
    syllables,
    averageSentenceLength,
    fleschReadingEase: Math.round(fleschReadingEase * 10) / 10,
  };
}
