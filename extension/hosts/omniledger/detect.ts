import { OMNILEDGER } from './selectors.ts';

/**
 * True when the page is Omniledger's: its app root names the product. Pure: reads only the URL
 * and the document.
 *
 * @example
 * detectOmniledger(new URL('https://coop.omniledger.example/asb-log/'), omniledgerListDocument) //=> true
 */
export function detectOmniledger(url: URL, doc: Document): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return doc.querySelector(OMNILEDGER.marker) !== null;
}
