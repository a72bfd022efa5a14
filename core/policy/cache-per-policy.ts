import type { Policy } from './policy-schema.ts';

/**
 * Wraps `derive` so that it runs once per policy object: later calls with the same object return
 * the first result. The engines use it for what they would otherwise rebuild on every call (maps
 * from behaviour to level, the rules that apply to each level...).
 *
 * The cache is keyed by the policy's identity (a `WeakMap`, so a policy no longer used is freed).
 * Policies are treated as immutable: a policy edited into a new object (`{ ...policy, region }`,
 * or `parsePolicy` of edited JSON) is derived afresh, but one changed in place is not noticed.
 * `derive` must not throw for a policy the engine could still partly use: leave errors to the
 * look-ups, so they are thrown when, and only when, the engine meets the missing piece.
 *
 * @internal
 * @example
 * const levelNames = cachePerPolicy((policy) => policy.levels.map((l) => l.label));
 * levelNames(policies['plus-dane'])[0] //=> 'Level 1 High Risk' (derived once, then reused)
 */
export function cachePerPolicy<T>(derive: (policy: Policy) => T): (policy: Policy) => T {
  const cache = new WeakMap<Policy, T>();
  return (policy) => {
    let derived = cache.get(policy);
    if (derived === undefined) {
      derived = derive(policy);
      cache.set(policy, derived);
    }
    return derived;
  };
}
