import { RISK_LEVELS, type RiskLevel } from '../core/types.ts';
import { s } from './small-schema.ts';

/**
 * The widget's view of a landlord's policy, as the intake answers it to `GET` on the report
 * endpoint (`handlePolicyRequest`) and as `<asb-report-form>` checks it before showing anything.
 * Only what the form shows and promises: the landlord's name and contact details, the words it
 * says when a report is handled outside the ASB policy, the first-contact targets, the ASB Case
 * Review threshold and the signposts. Levels, rules and deadlines stay on the server, which
 * triages with the whole policy. A value the policy marks `assumed: true` is left out, so the
 * form never promises it: a target, the message or the Case Review threshold may be absent.
 */
export interface WidgetPolicy {
  id: string;
  /** Display name: "Plus Dane Housing". */
  landlord: string;
  /** A phone number is required: the form tells tenants how to reach their landlord. */
  contact: { phone: string; email?: string; website?: string };
  messages: {
    /** Said kindly to the person reporting when the policy handles the report outside ASB. */
    outsideAsb?: string;
  };
  /** First-contact targets the landlord's document states (assumed ones are left out). */
  targets: { level: RiskLevel; label: string; firstContactWorkingDays: number }[];
  /** ASB Case Review: this many reports in this many months (absent when assumed). */
  caseReview?: { threshold: number; windowMonths: number };
  /** The signposts the confirmation page shows: ASB Help, and mediation for disputes. */
  signposts: { id: string; label: string; text: string; url?: string }[];
}

const https = s.text(/^https:\/\/\S+$/, 'must be an https:// address');

const check = s.object<WidgetPolicy>(
  {
    id: s.text(),
    landlord: s.text(),
    contact: s.object<WidgetPolicy['contact']>({ phone: s.text(), email: s.text(), website: https }, ['email', 'website']),
    messages: s.object<WidgetPolicy['messages']>({ outsideAsb: s.text() }, ['outsideAsb']),
    targets: s.array(s.object({ level: s.oneOf(RISK_LEVELS), label: s.text(), firstContactWorkingDays: s.whole() })),
    caseReview: s.object({ threshold: s.whole(1), windowMonths: s.whole(1) }),
    signposts: s.array(s.object<WidgetPolicy['signposts'][number]>({ id: s.text(), label: s.text(), text: s.text(), url: https }, ['url'])),
  },
  ['caseReview'],
);

/**
 * Checks a policy view fetched from the intake (a small schema: see `small-schema.ts`). Throws
 * an `Error` naming the first path at fault ("contact.phone: must be text"), so the page's
 * console says why the form cannot load.
 *
 * @example
 * parseWidgetPolicy(await (await fetch('/api/asb-reports')).json()).landlord //=> 'Mersey Vale Housing'
 */
export function parseWidgetPolicy(input: unknown): WidgetPolicy {
  return check(input, '');
}
