import type { Policy } from '../core/index.ts';

/**
 * The part of a landlord's policy that `<asb-report-form>` shows to the person reporting: its
 * name and contact details, what it says when a report is handled outside the ASB policy, the
 * ASB Case Review threshold and the signposts. Everything else (levels, rules, deadlines) stays
 * on the server, where the intake handler triages with the full policy. Presets are reduced to
 * this at build time, so the page downloads only what it shows.
 */
export interface WidgetPolicy {
  id: string;
  /** Display name: "Plus Dane Housing". */
  landlord: string;
  contact: { phone?: string; email?: string; website?: string };
  /** Said kindly to the person reporting when the policy handles the report outside ASB. */
  outsideAsbMessage: string;
  /** The slowest first-contact target (working days): all the form can promise when the server does not say. */
  maxFirstContactWorkingDays: number;
  /** ASB Case Review: this many reports in this many months. */
  caseReview: { threshold: number; windowMonths: number };
  /** The signposts the confirmation page shows: ASB Help, and mediation for disputes. */
  signposts: { id: string; label: string; text: string; url?: string }[];
}

/** The signposts the widget shows, by id. */
const SHOWN_SIGNPOSTS = ['asb-help', 'mediation'];

/**
 * Reduces a validated policy to what the widget shows.
 *
 * @example
 * toWidgetPolicy(policies['plus-dane']).landlord //=> 'Plus Dane Housing'
 * toWidgetPolicy(policies['plus-dane']).maxFirstContactWorkingDays //=> 5
 */
export function toWidgetPolicy(policy: Policy): WidgetPolicy {
  const contact: WidgetPolicy['contact'] = {};
  if (policy.contact?.phone) contact.phone = policy.contact.phone;
  if (policy.contact?.email) contact.email = policy.contact.email;
  if (policy.contact?.website) contact.website = policy.contact.website;
  return {
    id: policy.id,
    landlord: policy.landlord,
    contact,
    outsideAsbMessage: policy.outsideAsb.route.tenantMessage,
    maxFirstContactWorkingDays: Math.max(...policy.levels.map((level) => level.firstContact.workingDays)),
    caseReview: { threshold: policy.caseReview.threshold, windowMonths: policy.caseReview.windowMonths },
    signposts: policy.signposts
      .filter((signpost) => SHOWN_SIGNPOSTS.includes(signpost.id))
      .map(({ id, label, text, url }) => (url ? { id, label, text, url } : { id, label, text })),
  };
}
