import { parsePolicy } from '../core/index.ts';
import { toWidgetPolicy, type WidgetPolicy } from './widget-policy.ts';

/**
 * Fetches a landlord's policy JSON from `policy-src`, validates it with the core's
 * `parsePolicy` and reduces it for the widget. Throws an `Error` saying why it cannot be used
 * (HTTP status, not JSON, or each offending path). Loaded on demand: pages that use a preset
 * never download the policy schema.
 *
 * @example
 * await loadPolicySrc('/asb/policy.json') //=> { id: 'riverside', landlord: 'Riverside Homes', ... }
 * await loadPolicySrc('/asb/broken.json') // throws 'policy-src /asb/broken.json: region: must be one of ...'
 */
export async function loadPolicySrc(url: string): Promise<WidgetPolicy> {
  const where = `policy-src ${url}`;
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${where}: the server answered ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
  try {
    return toWidgetPolicy(parsePolicy(json));
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}
