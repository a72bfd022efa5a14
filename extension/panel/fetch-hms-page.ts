/**
 * Fetches one page of the housing system for the team-wide fill: the officer's own cookies for
 * that origin, never from the cache, HTML only. A redirect is not followed (it could lead to another
 * origin, such as a sign-in service: nothing is sent anywhere but the housing system); it is
 * reported as a sign-in problem. Throws an Error in plain words.
 *
 * @example
 * await fetchHmsPage(new URL('https://hms.example.org/asb/case-list.html'), signal) //=> '<!DOCTYPE html>…'
 */
export async function fetchHmsPage(url: URL, signal: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', signal, redirect: 'manual', cache: 'no-store' });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    // A network error, or no access to this origin (the browser blocks it): the same TypeError.
    throw new Error(
      `ASB Assist could not reach ${url.origin}. Check the address, and that ASB Assist may read this housing system (Housing systems, in the options).`,
      { cause: error },
    );
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new Error('The housing system sent this page elsewhere (has your sign-in ended? Open the housing system, sign in and try again).');
  }
  if (!response.ok) throw new Error(`The housing system answered ${response.status} ${response.statusText}`.trim() + '.');
  const type = response.headers.get('content-type') ?? '';
  if (!/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(type)) throw new Error('The housing system did not send a web page.');
  return response.text();
}
