import { parsePolicy } from '../policy/parse-policy.ts';
import type { Policy } from '../policy/policy-schema.ts';
import { coOpHomes } from './co-op-homes.ts';
import { model } from './model.ts';
import { plusDane } from './plus-dane.ts';

/**
 * The preset policies, validated: `'co-op-homes'` (seed 002), `'plus-dane'` (seed 003) and
 * `'model'` (ASB Assist's recommended default, drawing on all five seeds).
 *
 * @example
 * policies['plus-dane'].levels[0].label //=> 'Level 1 High Risk'
 */
export const policies: Record<string, Policy> = {
  'co-op-homes': parsePolicy(coOpHomes),
  'plus-dane': parsePolicy(plusDane),
  model: parsePolicy(model),
};

/** The ids of the presets, in the order to offer them. */
export const PRESET_IDS = ['model', 'co-op-homes', 'plus-dane'] as const;
