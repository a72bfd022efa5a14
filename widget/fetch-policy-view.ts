import { parseWidgetPolicy, type WidgetPolicy } from './widget-policy.ts';

/**
 * Fetches the widget's view of the landlord's policy from the report endpoint (`GET`, answered
 * by the intake's `handlePolicyRequest` from the same policy file it triages with) and checks it
 * with the view's small schema. Throws an `Error` saying why it cannot be used (network, HTTP
 * status, not JSON, or the path at fault), for the page's console; the form then shows its calm
 * "cannot load" page.
 *
 * @example
 * (await fetchPolicyView('/api/asb-reports')).landlord //=> 'Mersey Vale Housing'
 * await fetchPolicyView('/api/missing') // throws 'policy view /api/missing: the server answered 404'
 */
export async function fetchPolicyView(endpoint: string, fetchImpl: typeof fetch = fetch): Promise<WidgetPolicy> {
  const where = `policy view ${endpoint}`;
  let response: Response;
  try {
    response = await fetchImpl(endpoint, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new Error(`${where}: could not reach the server (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${where}: the server answered ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`${where}: not JSON`);
  }
  try {
    return parseWidgetPolicy(json);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}
