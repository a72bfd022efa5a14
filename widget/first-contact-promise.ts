import type { Receipt } from './submit.ts';
import type { WidgetPolicy } from './widget-policy.ts';

/** What the confirmation may promise about first contact: a date, a number of working days, or nothing. */
export type FirstContactPromise = { by: string } | { withinWorkingDays: number } | undefined;

/**
 * The first-contact promise for a report handled as ASB: the date the intake worked out
 * (`outcome.firstContactDue`, bank holidays counted), else its number of working days; with no
 * outcome from the server, the slowest target, when the policy states all of them. Only a
 * target the policy states is promised: the target of the receipt's `level` when the intake
 * gives it, else one with the server's number of working days; when the view has no such target
 * (the policy marked it `assumed`, so the view left it out), nothing is promised.
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
  const target = outcome.level ? policy.targets.find((t) => t.level === outcome.level) : policy.targets.find((t) => t.firstContactWorkingDays === days);
  if (days === null || target?.firstContactWorkingDays !== days) return undefined;
  return outcome.firstContactDue ? { by: outcome.firstContactDue } : { withinWorkingDays: days };
}
