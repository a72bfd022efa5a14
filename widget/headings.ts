import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** The tags the form uses for its headings: each page's title, and the headings within a page. */
export interface Headings {
  page: StaticValue;
  sub: StaticValue;
}

const byLevel = new Map<number, Headings>();

/**
 * The heading tags for the `heading-level` attribute: `'1'` (the default) gives `<h1>` page
 * titles and `<h2>` headings within a page; `'2'` gives `<h2>` and `<h3>`, for a landlord's page
 * that has its own `<h1>`; up to `'5'`. Anything else is the default. Only these fixed tag names
 * ever reach `unsafeStatic`.
 *
 * @example
 * headings('2') // page titles are <h2>, headings within a page <h3>
 * headings(null) // page titles are <h1>, headings within a page <h2>
 */
export function headings(attribute: string | null): Headings {
  const level = /^[1-5]$/.test(attribute?.trim() ?? '') ? Number(attribute) : 1;
  let tags = byLevel.get(level);
  if (!tags) {
    tags = { page: unsafeStatic(`h${level}`), sub: unsafeStatic(`h${level + 1}`) };
    byLevel.set(level, tags);
  }
  return tags;
}
