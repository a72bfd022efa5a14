import { parsePolicy } from '../../core/index.ts';
import type { Policy } from '../../core/index.ts';

/** The outcome of checking a policy written as JSON. */
export type PolicyCheck = { policy: Policy; problems: [] } | { policy: null; problems: string[] };

/**
 * Checks policy JSON text for the options page: either the policy, or its problems in plain
 * English, one per line of the core's error (each naming where in the JSON it is).
 *
 * @example
 * checkPolicyJson('{ "id": "x" ').problems
 * //=> ['The text is not valid JSON: ...']
 * checkPolicyJson('{"id":"x"}').problems[0]
 * //=> 'landlord: this field is required'
 */
export function checkPolicyJson(text: string): PolicyCheck {
  if (text.trim() === '') return { policy: null, problems: ['The custom policy is empty: paste the policy JSON.'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { policy: null, problems: [`The text is not valid JSON: ${(error as Error).message}.`] };
  }
  try {
    return { policy: parsePolicy(data), problems: [] };
  } catch (error) {
    return { policy: null, problems: (error as Error).message.split('\n').filter((line) => line.trim() !== '') };
  }
}
