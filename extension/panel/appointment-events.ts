import type { Policy } from '../../core/index.ts';

/**
 * The event types whose checklist step must record an appointment's date and time: those that
 * complete a deadline rule judged by the appointment's own date (`dateFrom: 'appointmentAt'`, as
 * Co-op Homes' "Hold the appointment within 5 working days", 002 2.3). Read from the policy, so a
 * landlord's own policy gets the same question.
 *
 * @example
 * appointmentEvents(policies['co-op-homes']) //=> Set { 'appointment-offered' }
 * appointmentEvents(policies['plus-dane']) //=> Set {}
 */
export function appointmentEvents(policy: Pick<Policy, 'deadlines'>): ReadonlySet<string> {
  const events = new Set<string>();
  for (const rule of policy.deadlines) {
    if ('dateFrom' in rule && rule.dateFrom === 'appointmentAt' && 'completedBy' in rule) events.add(rule.completedBy);
  }
  return events;
}
