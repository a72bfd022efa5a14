import { parsePolicy } from '../policy/parse-policy.ts';
import type { Policy, PolicyInput } from '../policy/policy-schema.ts';
import { coOpHomes } from './co-op-homes.ts';
import { model } from './model.ts';
import { plusDane } from './plus-dane.ts';

/**
 * The preset policies, validated: `'co-op-homes'` (seed 002), `'plus-dane'` (seed 003) and
 * `'model'` (ASB Assist's recommended default, drawing on all five seeds).
 *
 * Each is validated the first time it is read, then the same object is returned every time (the
 * engines' per-policy caches key on it). Loading the core parses nothing: a side panel or page
 * that uses one preset does not pay for three.
 *
 * @example
 * policies['plus-dane'].levels[0].label //=> 'Level 1 High Risk'
 */
export const policies: Record<string, Policy> = lazilyParsed({
  'co-op-homes': coOpHomes,
  'plus-dane': plusDane,
  model,
});

function lazilyParsed(inputs: Record<string, PolicyInput>): Record<string, Policy> {
  const parsed: Record<string, Policy> = {};
  for (const [id, input] of Object.entries(inputs)) {
    let policy: Policy | undefined;
    Object.defineProperty(parsed, id, { enumerable: true, get: () => (policy ??= parsePolicy(input)) });
  }
  return parsed;
}

/** The ids of the presets, in the order to offer them. */
export const PRESET_IDS = ['model', 'co-op-homes', 'plus-dane'] as const;
