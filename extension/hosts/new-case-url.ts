/**
 * A host's new-case page from any page of the system: the part of the path up to the system's
 * folder (`/asb-log/`), then the page. Null when the address has no such folder.
 *
 * @example
 * newCaseUrlIn(new URL('https://hms.example.org/omniledger/asb-log/OL-104233.html'), '/asb-log/', 'new.html')?.href
 * //=> 'https://hms.example.org/omniledger/asb-log/new.html'
 */
export function newCaseUrlIn(seen: URL, folder: string, page: string): URL | null {
  const at = seen.pathname.lastIndexOf(folder);
  if (at < 0) return null;
  return new URL(`${seen.pathname.slice(0, at)}${folder}${page}`, seen.origin);
}
