import type { Policy } from '../core/index.ts';
import type { WidgetPolicy } from './widget-policy.ts';

/** The signposts the widget shows, by id. */
const SHOWN_SIGNPOSTS = ['asb-help', 'mediation'];

/**
 * Reduces a validated policy to the widget's view of it (what `GET` on the report endpoint
 * answers). Values marked `assumed: true` are left out, so the form never promises them: a
 * level's first-contact target, the outside-ASB message, the Case Review threshold. Throws
 * when the policy has no phone number (the form must say how to reach the landlord).
 *
 * @example
 * widgetPolicyView(policies['plus-dane']).landlord //=> 'Plus Dane Housing'
 * widgetPolicyView(policies['plus-dane']).targets[0] //=> { level: 'high', label: 'Level 1 High Risk', firstContactWorkingDays: 1 }
 */
export function widgetPolicyView(policy: Policy): WidgetPolicy {
  const phone = policy.contact?.phone;
  if (!phone) throw new Error(`contact.phone: policy "${policy.id}" has no phone number, and the form must tell tenants how to reach ${policy.landlord}`);
  const contact: WidgetPolicy['contact'] = { phone };
  if (policy.contact?.email) contact.email = policy.contact.email;
  if (policy.contact?.website) contact.website = policy.contact.website;
  const route = policy.outsideAsb.route;
  const { caseReview } = policy;
  return {
    id: policy.id,
    landlord: policy.landlord,
    contact,
    messages: route.assumed ? {} : { outsideAsb: route.tenantMessage },
    targets: policy.levels
      .filter((level) => !level.firstContact.assumed)
      .map((level) => ({ level: level.level, label: level.label, firstContactWorkingDays: level.firstContact.workingDays })),
    ...(caseReview.assumed ? {} : { caseReview: { threshold: caseReview.threshold, windowMonths: caseReview.windowMonths } }),
    signposts: policy.signposts
      .filter((signpost) => SHOWN_SIGNPOSTS.includes(signpost.id))
      .map(({ id, label, text, url }) => (url ? { id, label, text, url } : { id, label, text })),
  };
}
