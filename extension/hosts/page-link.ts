/**
 * The address the first element matching `selector` links to (its `href`), resolved as the browser
 * would: against the page's `<base href>`, if it has one, else the page's own address. Null when
 * nothing matches, the element has no `href`, or it is not a web address (a `javascript:` link
 * that posts a form back, a `mailto:`): such a link cannot be fetched.
 *
 * @example
 * pageLink(listDocument, '.ah-grid__pager a[title="Next page"]', new URL('https://hms.example.org/asb/case-list.html'))?.href
 * //=> 'https://hms.example.org/asb/case-list.html?page=2'
 */
export function pageLink(doc: Document, selector: string, url: URL): URL | null {
  const href = doc.querySelector(selector)?.getAttribute('href')?.trim();
  if (!href) return null;
  try {
    const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
    const base = baseHref ? new URL(baseHref, url) : url;
    const target = new URL(href, base);
    return target.protocol === 'https:' || target.protocol === 'http:' ? target : null;
  } catch {
    return null;
  }
}
