import { describe, expect, it } from 'vitest';
import { firstLetters } from './first-letters.ts';

const listed = (source: string) => {
  const f = firstLetters(source);
  return f && { exact: [...f.exact].sort(), open: [...f.open].sort() };
};

describe('firstLetters', () => {
  it('lists the first three letters of each alternative', () => {
    expect(listed('threat(?:en|s)?|menac(?:ed|ing)')).toEqual({ exact: ['men', 'thr'], open: [] });
  });
  it('keeps a shorter word whole and follows optional parts', () => {
    expect(listed('no[\\s"]+homos?|n/?b')).toEqual({ exact: ['n', 'nb', 'no'], open: [] });
  });
  it('expands small character classes and marks an open start', () => {
    expect(listed('1[0-2] ?yo|ra\\w+')).toEqual({ exact: ['10', '10y', '11', '11y', '12', '12y'], open: ['ra'] });
  });
  it('skips look-arounds and answers null when a match can start anywhere', () => {
    expect(listed('(?<!dog )attack')).toEqual({ exact: ['att'], open: [] });
    expect(firstLetters('\\w+ing')).toBeNull();
    expect(firstLetters("'?d")).toBeNull();
  });
});
