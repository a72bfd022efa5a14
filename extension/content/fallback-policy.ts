import { policies, type Policy } from '../../core/index.ts';

/**
 * The model policy (`policies.model` of the core), for a page whose background did not answer.
 * The content script loads this module only then (`await import('./fallback-policy.ts')`), so the
 * presets are neither parsed nor built on the pages where the background answers, which is nearly
 * all of them.
 *
 * @example
 * fallbackPolicy().id //=> 'model'
 */
export function fallbackPolicy(): Policy {
  return policies.model!;
}
