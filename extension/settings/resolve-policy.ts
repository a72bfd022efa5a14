import { policies } from '../../core/index.ts';
import { checkPolicyJson } from './check-policy-json.ts';
import type { Policy } from '../../core/index.ts';
import type { Settings } from './settings-schema.ts';

/** The policy the extension works to, and why it is not the one chosen, if it is not. */
export interface ResolvedPolicy {
  policy: Policy;
  /** Set when the custom policy could not be used and the model policy stands in. */
  problem: string | null;
}

/**
 * The policy the settings choose: a preset, or the custom policy JSON (validated by the core).
 * A custom policy that does not parse falls back to the model policy, with the reason. The
 * region setting, when set, replaces the policy's region (it decides the bank holidays).
 *
 * @example
 * resolvePolicy({ ...DEFAULT_SETTINGS, policyPreset: 'plus-dane', region: 'scotland' }).policy.region
 * //=> 'scotland'
 */
export function resolvePolicy(settings: Pick<Settings, 'policyPreset' | 'customPolicy' | 'region'>): ResolvedPolicy {
  const { policyPreset, customPolicy, region } = settings;
  if (last && last.policyPreset === policyPreset && last.customPolicy === customPolicy && last.region === region) return last.resolved;
  const resolved = resolve(settings);
  last = { policyPreset, customPolicy, region, resolved };
  return resolved;
}

/**
 * The settings last resolved and their answer. Every case write, sweep and panel asks again with
 * the same settings; answering with the same policy object saves parsing a custom policy or
 * copying one for its region each time, and lets the core's per-policy indexes (keyed by the
 * policy object) and the summaries' basis be worked out once.
 */
let last: (Pick<Settings, 'policyPreset' | 'customPolicy' | 'region'> & { resolved: ResolvedPolicy }) | undefined;

function resolve(settings: Pick<Settings, 'policyPreset' | 'customPolicy' | 'region'>): ResolvedPolicy {
  let policy: Policy = policies.model!;
  let problem: string | null = null;
  if (settings.policyPreset === 'custom') {
    const result = checkPolicyJson(settings.customPolicy);
    if (result.policy) policy = result.policy;
    else problem = `The custom policy cannot be used, so the model policy applies. ${result.problems.join(' ')}`;
  } else {
    policy = policies[settings.policyPreset] ?? policy;
  }
  return { policy: settings.region ? { ...policy, region: settings.region } : policy, problem };
}

