import type { Receipt } from './submit.ts';
import type { WidgetPolicy } from './widget-policy.ts';

/** What the confirmation may promise about first contact: a date, a number of working days, or nothing. */
export type FirstContactPromise = { by: string } | { withinWorkingDays: number } | undefined;

/**
 * The first-contact promise for a report handled as ASB: the date the intake worked out
 * (`outcome.firstContactDue`, bank holidays counted), else its number of working days; with no
 * outcome from the server, the slowest target, when the policy states all of them. Only a
 * target the policy states is promised: when the server's number of working days is not one of
 * the view's `targets` (the policy marked it `assumed`, so the view left it out), nothing is.
 *
 * @example
 * firstContactPromise({ reference: 'ASB-2026-000123', outcome: { isAsb: true, firstContactWorkingDays: 1, firstContactDue: '2026-12-07' } }, view)
 * //=> { by: '2026-12-07' }
 */
export function firstContactPromise(receipt: Receipt, policy: WidgetPolicy): FirstContactPromise {
  const stated = policy.targets.map((t) => t.firstContactWorkingDays);
  const outcome = receipt.outcome;
  if (!outcome) return policy.targets.length === 3 ? { withinWorkingDays: Math.max(...stated) } : undefined;
  const days = outcome.firstContactWorkingDays;
  if (days === null || !stated.includes(days)) return undefined;
  return outcome.firstContactDue ? { by: outcome.firstContactDue } : { withinWorkingDays: days };
}
