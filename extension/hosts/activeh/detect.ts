import { ACTIVEH } from './selectors.ts';

/**
 * True when the page is one of Active H's: it names itself in the page head. Pure: reads only the
 * URL and the document.
 *
 * @example
 * detectActiveH(new URL('https://hms.example.org/asb/case-list.html'), activeHCaseListDocument) //=> true
 */
export function detectActiveH(url: URL, doc: Document): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return doc.querySelector(ACTIVEH.marker) !== null;
}
