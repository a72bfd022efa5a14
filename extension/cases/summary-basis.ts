import type { Policy } from '../../core/index.ts';

/**
 * The version of what a stored summary holds and how it is worked out. Bump it when
 * `toStoredSummary` or `assessCase` changes what they give for the same case, so every stored
 * summary is recomputed.
 */
export const SUMMARY_FORMAT = 3;

/** The installed extension's version, where there is one (an update may change the core's rules). */
const BUILD = (globalThis as { chrome?: { runtime?: { getManifest?: () => { version?: string } } } }).chrome?.runtime?.getManifest?.()?.version ?? 'dev';

const cache = new WeakMap<Policy, string>();

/**
 * What a stored summary depends on besides the case and the day: the policy (its content, hashed),
 * the summary format and the extension's version. Two policies with the same content give the
 * same basis.
 *
 * @example
 * summaryBasis(policies.model) //=> 'f1-9c1d0a7e-dev' (in tests; the extension version when installed)
 */
export function summaryBasis(policy: Policy): string {
  let basis = cache.get(policy);
  if (basis === undefined) {
    basis = `f${SUMMARY_FORMAT}-${fnv1a(JSON.stringify(policy))}-${BUILD}`;
    cache.set(policy, basis);
  }
  return basis;
}

/** FNV-1a, 32 bits, as 8 hex digits: a fingerprint, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
