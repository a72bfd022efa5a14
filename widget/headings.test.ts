import { unsafeStatic } from 'lit/static-html.js';
import { describe, expect, it } from 'vitest';
import { headings } from './headings.ts';

// What the tags draw is checked in real Chromium (test/e2e/widget-layout.spec.ts).
const tags = (page: number) => ({ page: unsafeStatic(`h${page}`), sub: unsafeStatic(`h${page + 1}`) });

describe('headings', () => {
  it('gives h1 page titles and h2 headings within a page by default', () => {
    expect(headings(null)).toEqual(tags(1));
  });

  it('moves every heading down for a page that has its own h1', () => {
    expect(headings('2')).toEqual(tags(2));
    expect(headings(' 5 ')).toEqual(tags(5));
  });

  it.each(['0', '6', 'h2', '2.5', '', '<img src=x onerror=alert(1)>'])('treats heading-level="%s" as the default', (value) => {
    expect(headings(value)).toEqual(tags(1));
  });

  it('reuses the same tags for the same level, so lit keeps its template cache', () => {
    expect(headings('3')).toBe(headings('3'));
  });
});
