import * as z from 'zod/mini';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { genericHostConfigSchema } from './generic/generic-config.ts';
import { HOST_SYSTEMS } from './host-case.ts';

/**
 * One host system an officer (or IT, through managed settings) has set up: its pages' match
 * pattern and which adapter reads them; for `generic`, the selectors that do.
 *
 * @example
 * hostRuleSchema.parse({ match: 'https://hms.example.org/*', system: 'activeh' }).system //=> 'activeh'
 */
export const hostRuleSchema = z
  .object({
    match: z.string({ error: 'must be a match pattern' }).check(
      z.trim(),
      z.minLength(1, 'is required'),
      z.refine((value) => {
        try {
          new MatchPattern(value);
          return true;
        } catch {
          return false;
        }
      }, 'must be a match pattern like https://hms.example.org/asb/*'),
    ),
    system: z.enum(HOST_SYSTEMS, { error: `must be one of ${HOST_SYSTEMS.join(', ')}` }),
    generic: z.optional(genericHostConfigSchema),
  })
  .check(
    z.refine((rule) => rule.system !== 'generic' || rule.generic !== undefined, {
      message: 'a generic host needs its selectors',
      path: ['generic'],
    }),
  );

export type HostRule = z.infer<typeof hostRuleSchema>;
