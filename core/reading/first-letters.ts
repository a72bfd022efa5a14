/**
 * The first letters (up to three) a word must start with for a pattern to match there: read from
 * the pattern's source, so readDescription tries each entry only at the words that could start it
 * instead of at every word. `exact` prefixes are whole words ("no" in "no homos"); `open` ones may
 * go on ("ra" before `\w`). Null when the source can start with anything.
 */
export interface FirstLetters {
  exact: Set<string>;
  open: Set<string>;
}

interface State {
  s: string;
  done: boolean;
  open: boolean;
}

const WORD = /[a-z0-9]/;
const DIGITS = [...'0123456789'];
const MAX_STATES = 20_000;

class Unbounded extends Error {}

function dedupe(states: State[]): State[] {
  const seen = new Map<string, State>();
  for (const st of states) seen.set(`${st.s}|${st.done ? 1 : 0}|${st.open ? 1 : 0}`, st);
  return seen.size === states.length ? states : [...seen.values()];
}

/** Parses a regular-expression source far enough to list how its matches can begin (the first `limit` letters). */
export function firstLetters(source: string, limit = 3): FirstLetters | null {
  let i = 0;

  function extendChar(states: State[], chars: string[]): State[] {
    const out: State[] = [];
    for (const st of states) {
      if (st.done) {
        out.push(st);
        continue;
      }
      for (const c of chars) {
        if (WORD.test(c)) {
          const s = st.s + c;
          out.push({ s, done: s.length >= limit, open: false });
        } else out.push({ s: st.s, done: true, open: false });
      }
    }
    if (out.length > MAX_STATES) throw new Unbounded();
    return out;
  }

  const anything = (states: State[]): State[] => states.map((st) => (st.done ? st : { s: st.s, done: true, open: true }));

  function parseClass(): string[] | null {
    // at '[': returns the characters, or null for a large or negated class
    i++;
    let negated = false;
    if (source[i] === '^') {
      negated = true;
      i++;
    }
    const chars: string[] = [];
    let big = false;
    while (i < source.length && source[i] !== ']') {
      let c = source[i]!;
      if (c === '\\') {
        const e = source[i + 1]!;
        i += 2;
        if (/[wdsWDS]/.test(e)) {
          if (e === 's') chars.push(' ');
          else if (e === 'd') chars.push(...DIGITS);
          else big = true;
          continue;
        }
        c = e;
      } else i++;
      if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        const to = source[i + 1]!;
        i += 2;
        for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      } else chars.push(c);
    }
    i++; // ]
    if (negated || big || chars.length > 40) return null;
    return chars;
  }

  // Parses alternatives until ')' or the end, applying them to `states`.
  function parseAlternatives(states: State[]): State[] {
    const results: State[] = [];
    for (;;) {
      results.push(...parseSequence(states));
      if (source[i] === '|') {
        i++;
        continue;
      }
      return dedupe(results);
    }
  }

  function parseSequence(states: State[]): State[] {
    let current = states;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const before = current;
      let applied: State[];
      const c = source[i]!;
      if (c === '(') {
        if (source.startsWith('(?:', i)) {
          i += 3;
          applied = parseAlternatives(current);
          i++; // )
        } else if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
          // zero-width: skip it (ignoring a look-around only widens the candidates)
          let depth = 0;
          for (; i < source.length; i++) {
            if (source[i] === '\\') i++;
            else if (source[i] === '[') {
              for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
            } else if (source[i] === '(') depth++;
            else if (source[i] === ')' && --depth === 0) break;
          }
          i++;
          continue;
        } else {
          i++;
          applied = parseAlternatives(current);
          i++;
        }
      } else if (c === '[') {
        const chars = parseClass();
        applied = chars ? extendChar(current, chars) : anything(current);
      } else if (c === '\\') {
        const e = source[i + 1]!;
        i += 2;
        if (e === 'b' || e === 'B') continue;
        if (e === 'd') applied = extendChar(current, DIGITS);
        else if (/[wWDS]/.test(e)) applied = anything(current);
        else if (e === 's') applied = extendChar(current, [' ']);
        else applied = extendChar(current, [e]);
      } else if (c === '.') {
        i++;
        applied = anything(current);
      } else if (c === '^' || c === '$') {
        i++;
        continue;
      } else {
        i++;
        applied = extendChar(current, [c]);
      }
      // quantifier
      const q = source[i];
      if (q === '?') {
        i++;
        current = [...before, ...applied];
      } else if (q === '*') {
        i++;
        current = [...before, ...anything(applied)];
      } else if (q === '+') {
        i++;
        current = anything(applied);
      } else if (q === '{' && /^\{\d*(?:,\d*)?\}/.test(source.slice(i))) {
        const m = /^\{(\d*)(?:,(\d*))?\}/.exec(source.slice(i))!;
        i += m[0].length;
        const min = Number(m[1] || 0);
        current = min === 0 ? [...before, ...anything(applied)] : anything(applied);
      } else current = applied;
      if (source[i] === '?') i++; // lazy
      current = dedupe(current);
      if (current.length > MAX_STATES) throw new Unbounded();
      if (current.every((st) => st.done)) {
        // nothing more can change the prefixes: skip to the end of this sequence
        let depth = 0;
        for (; i < source.length; i++) {
          const d = source[i]!;
          if (d === '\\') i++;
          else if (d === '[') {
            for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
          } else if (d === '(') depth++;
          else if (d === ')') {
            if (depth === 0) break;
            depth--;
          } else if (d === '|' && depth === 0) break;
        }
      }
    }
    return current;
  }

  try {
    const states = parseAlternatives([{ s: '', done: false, open: false }]);
    const exact = new Set<string>();
    const open = new Set<string>();
    for (const st of states) {
      if (st.s === '') return null;
      if (st.open) open.add(st.s);
      else exact.add(st.s);
    }
    return { exact, open };
  } catch (error) {
    if (error instanceof Unbounded) return null;
    throw error;
  }
}
