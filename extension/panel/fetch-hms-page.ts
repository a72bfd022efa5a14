/**
 * The default page fetch: same origin as the list, the officer's own cookies, no redirect to
 * elsewhere, HTML only. Throws an Error in plain words.
 *
 * @example
 * await fetchHmsPage(new URL('https://hms.example.org/asb/case-list.html'), signal) //=> '<!DOCTYPE html>…'
 */
export async function fetchHmsPage(url: URL, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { credentials: 'include', signal, redirect: 'follow', cache: 'no-store' });
  if (new URL(response.url || url.href).origin !== url.origin) throw new Error('The housing system sent the page from another address (has your session ended?).');
  if (!response.ok) throw new Error(`The housing system answered ${response.status}.`);
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !/html/i.test(type)) throw new Error('The housing system did not send a web page.');
  return response.text();
}
