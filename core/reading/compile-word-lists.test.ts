import { describe, expect, it } from 'vitest';
import { compileWordLists, expandSource } from './compile-word-lists.ts';
import { READING_CORPUS } from './corpus/corpus.ts';
import { FIGURES_OF_SPEECH, NEGATORS } from './words/negation-words.ts';
import { SHARED_WORDS } from './words/shared-words.ts';
import { WORD_LISTS } from './word-lists.ts';

describe('compileWordLists', () => {
  it('expands fragments and spaces, and refuses capturing groups and unknown fragments, naming the entry', () => {
    expect(expandSource('go {where}', { where: '(?:home|back)' }, 'x')).toBe(`go[\\s"']+(?:(?:home|back))`);
    expect(expandSource('a ?b[ -]c', {}, 'x')).toBe(`a[\\s"']*b[ -]c`);
    expect(() => expandSource('(a|b)', {}, 'race[3]')).toThrow('race[3]: use non-capturing groups');
    expect(() => expandSource('{nowhere}', {}, 'race[4]')).toThrow('race[4]: unknown fragment {nowhere}');
  });

  it('tells the first letters of every entry, so none is read by a pass over the whole text', () => {
    const compiled = compileWordLists(WORD_LISTS, NEGATORS, FIGURES_OF_SPEECH, SHARED_WORDS);
    const unbounded = [...compiled.entries, ...compiled.negators, ...compiled.figures].filter((e) => e.letters === null).map((e) => e.entry.match);
    expect(unbounded).toEqual([]);
  });

  it('finds at the allowed words (first letters, second word, a needed word) exactly what a pass over the whole text finds, on every corpus description', () => {
    const compiled = compileWordLists(WORD_LISTS, NEGATORS, FIGURES_OF_SPEECH, SHARED_WORDS);
    for (const c of READING_CORPUS) {
      const text = c.text.toLowerCase();
      const words = [...text.matchAll(/[a-z0-9]+/g)].map((m) => ({ at: m.index, key: m[0].slice(0, 3) }));
      const starts = new Set(words.map((w) => w.at));
      for (const e of compiled.entries) {
        const scanned: number[] = [];
        e.scan.lastIndex = 0;
        for (let m = e.scan.exec(text); m; m = e.scan.exec(text)) {
          if (starts.has(m.index)) scanned.push(m.index);
          e.scan.lastIndex = m.index + 1;
        }
        const gated = words
          .filter((w) => e.letters!.exact.has(w.key) || [...e.letters!.open].some((p) => w.key.startsWith(p)))
          .filter((w) => !e.second || (words[words.indexOf(w) + 1] !== undefined && e.second.exact.has(words[words.indexOf(w) + 1]!.key)))
          .filter(() => !e.requires || [...e.requires.exact].some((k) => words.some((x) => x.key === k)))
          .filter((w) => {
            e.pattern.lastIndex = w.at;
            return e.pattern.exec(text) !== null;
          })
          .map((w) => w.at);
        expect(gated, `${e.entry.match.slice(0, 40)} on "${c.text}"`).toEqual(scanned);
      }
    }
  }, 60_000);
});
