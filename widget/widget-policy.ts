import * as z from 'zod/mini';
import { RISK_LEVELS } from '../core/types.ts';

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const whole = z.int().check(z.minimum(0, 'must be 0 or more'));
const positive = z.int().check(z.minimum(1, 'must be 1 or more'));

/**
 * The widget's view of a landlord's policy, as the intake answers it to `GET` on the report
 * endpoint (`handlePolicyRequest`) and as `<asb-report-form>` checks it before showing anything.
 * Only what the form shows and promises: the landlord's name and contact details, the words it
 * says when a report is handled outside the ASB policy, the first-contact targets, the ASB Case
 * Review threshold and the signposts. Levels, rules and deadlines stay on the server, which
 * triages with the whole policy. A value the policy marks `assumed: true` is left out, so the
 * form never promises it: a target, a message or the Case Review threshold may be absent.
 */
export const widgetPolicySchema = z.strictObject({
  id: text,
  /** Display name: "Plus Dane Housing". */
  landlord: text,
  /** A phone number is required: the form tells tenants how to reach their landlord. */
  contact: z.strictObject({ phone: text, email: z.optional(text), website: z.optional(text) }),
  messages: z.strictObject({
    /** Said kindly to the person reporting when the policy handles the report outside ASB. */
    outsideAsb: z.optional(text),
  }),
  /** First-contact targets the landlord's document states (assumed ones are left out). */
  targets: z.array(z.strictObject({ level: z.enum(RISK_LEVELS), label: text, firstContactWorkingDays: whole })),
  /** ASB Case Review: this many reports in this many months (absent when assumed). */
  caseReview: z.optional(z.strictObject({ threshold: positive, windowMonths: positive })),
  /** The signposts the confirmation page shows: ASB Help, and mediation for disputes. */
  signposts: z.array(
    z.strictObject({ id: text, label: text, text, url: z.optional(z.string().check(z.regex(/^https:\/\/\S+$/, 'must be an https:// address'))) }),
  ),
});

/** The widget's view of a landlord's policy (see {@link widgetPolicySchema}). */
export type WidgetPolicy = z.infer<typeof widgetPolicySchema>;

/**
 * Checks a policy view fetched from the intake. Throws an `Error` naming the first path at
 * fault ("contact.phone: ..."), so the page's console says why the form cannot load.
 *
 * @example
 * parseWidgetPolicy(await (await fetch('/api/asb-reports')).json()).landlord //=> 'Mersey Vale Housing'
 */
export function parseWidgetPolicy(input: unknown): WidgetPolicy {
  const result = z.safeParse(widgetPolicySchema, input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.join('.') || 'policy';
  // zod/mini carries no message catalogue: say what was expected where it only says "Invalid input".
  const what =
    issue.code === 'unrecognized_keys'
      ? `unknown ${issue.keys.join(', ')}`
      : issue.code === 'invalid_type'
        ? `must be ${issue.expected === 'string' ? 'text' : issue.expected}`
        : issue.code === 'invalid_value'
          ? `must be one of ${issue.values.join(', ')}`
          : issue.message;
  throw new Error(`${where}: ${what}`);
}
