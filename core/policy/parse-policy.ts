import { parseOrThrow } from '../validation-error.ts';
import { policySchema, type Policy } from './policy-schema.ts';

/**
 * Validates a policy (a preset, or one a landlord edits as JSON) and returns it.
 * Throws a `ValidationError` whose message names each offending path, one per line.
 *
 * @example
 * parsePolicy({ ...policies.model, region: 'wales' })
 * //=> throws 'region: must be one of: "england-and-wales", "scotland", "northern-ireland", not "wales"'
 */
export function parsePolicy(input: unknown): Policy {
  return parseOrThrow(policySchema, input);
}
