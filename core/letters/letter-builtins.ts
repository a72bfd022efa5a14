import { addWorkingDays } from '../calendar/add-working-days.ts';
import { formatDateLong } from '../calendar/format-date.ts';
import type { Policy } from '../policy/policy-schema.ts';
import type { IsoDateTime } from '../types.ts';

/**
 * How a built-in value is shown: as words, as a web link, as an email link, or as a bulleted list.
 * Links are made only from the policy's own validated `https://` addresses and email addresses.
 */
export type LetterBuiltinKind = 'text' | 'link' | 'email' | 'list';

/** A value a template can use without the caller supplying it. */
export type LetterBuiltinValue =
  | { kind: 'text'; value: string }
  | { kind: 'link'; value: string }
  | { kind: 'email'; value: string }
  | { kind: 'list'; value: string[] };

/**
 * Where no policy signpost names an ASB Case Review directory, letters in England and Wales point
 * to ASB Help's directory of local processes (003 Plus Dane policy, 24 ASB Case Review). The
 * ASB Case Review (Community Trigger) is a law of England and Wales, so elsewhere there is no default.
 */
const ASB_HELP_DIRECTORY = 'https://asbhelp.co.uk/community-trigger-directory';
/** ASB Help, the charity 004 (Homes in Sedgemoor scrutiny, recommendation o) asks landlords to publicise. */
const ASB_HELP_WEBSITE = 'https://asbhelp.co.uk';

/**
 * The built-in placeholders every letter template may use, filled from the policy (and, for the
 * `contact…` pair, from the officer's own details when the letter data gives them).
 * `always: true` means the value is never absent, so a template may use it outside an `if` block.
 *
 * @example
 * LETTER_BUILTINS.landlord.description
 * //=> 'The landlord\u2019s display name (policy.landlord).'
 */
export const LETTER_BUILTINS = {
  landlord: { kind: 'text', always: true, description: 'The landlord\u2019s display name (policy.landlord).' },
  complainantTerm: {
    kind: 'text',
    always: true,
    description: 'The neutral word for the person who reported (policy.terms.complainant).',
  },
  reportedPersonTerm: {
    kind: 'text',
    always: true,
    description: 'The neutral tenant-facing words for the person reported (policy.terms.reportedPersonTenant).',
  },
  phone: { kind: 'text', always: false, description: 'The landlord\u2019s phone number (policy.contact.phone).' },
  email: { kind: 'email', always: false, description: 'The landlord\u2019s email address (policy.contact.email).' },
  website: { kind: 'link', always: false, description: 'The landlord\u2019s website (policy.contact.website).' },
  contactPhone: {
    kind: 'text',
    always: false,
    description: 'The number to call: the officer\u2019s (data officerPhone), else the landlord\u2019s.',
  },
  contactEmail: {
    kind: 'email',
    always: false,
    description: 'The address to write to: the officer\u2019s (data officerEmail), else the landlord\u2019s.',
  },
  reviewInterval: {
    kind: 'text',
    always: false,
    description:
      'How often cases are reviewed, from the policy\u2019s recurring deadline completed by "case-reviewed": "10 working days", "month".',
  },
  closureReplyDays: {
    kind: 'text',
    always: false,
    description:
      'Working days a complainant has to answer a closure letter: the policy\u2019s own "wait-after-event" deadline completed by "case-closed" ("5 working days"); absent when the policy sets none or assumed it.',
  },
  appointmentBy: {
    kind: 'text',
    always: false,
    description:
      'The date, in words, by which we offer an appointment: the policy\u2019s deadline completed by "appointment-offered" (002 Co-op Homes, 2.3: 5 working days), counted from the date received (data receivedAt); absent when the policy sets none or assumed it.',
  },
  diaryReturnDays: {
    kind: 'text',
    always: false,
    description:
      'The policy\u2019s timescale for diary sheets to come back ("10 working days", 002 Co-op Homes, 2.4); absent when it sets none or assumed it.',
  },
  outsideAsbMessage: {
    kind: 'text',
    always: true,
    description: 'What happens to a report the policy places outside ASB, said to the person reporting (policy.outsideAsb.route.tenantMessage).',
  },
  caseReviewQualifyingWithin: {
    kind: 'text',
    always: false,
    description:
      'How soon after an incident a report must be made to count towards the ASB Case Review (policy.caseReview.qualifyingWithinMonths): "1 month".',
  },
  caseReviewThreshold: {
    kind: 'text',
    always: true,
    description: 'Reports that let a resident ask for an ASB Case Review (policy.caseReview.threshold, the local threshold): "3".',
  },
  caseReviewWindow: {
    kind: 'text',
    always: true,
    description: 'The period those reports must fall in (policy.caseReview.windowMonths): "6 months".',
  },
  caseReviewDirectory: {
    kind: 'link',
    always: false,
    description:
      'Where to find the local ASB Case Review process: a policy signpost about the Community Trigger or ASB Case Review, else ASB Help\u2019s directory in England and Wales; absent elsewhere.',
  },
  asbHelpWebsite: {
    kind: 'link',
    always: false,
    description: 'ASB Help\u2019s website: a policy signpost on asbhelp.co.uk, else https://asbhelp.co.uk in England and Wales.',
  },
  replyBy: {
    kind: 'text',
    always: false,
    description:
      'The date, in words, closureReplyDays working days after the letter date (data letterDate), in the policy\u2019s region.',
  },
  diaryReturnBy: {
    kind: 'text',
    always: false,
    description:
      'The date, in words, to send diary sheets back: the policy\u2019s deadline after "diary-sheets-sent" (002 Co-op Homes, 2.4: 10 working days), counted from the letter date.',
  },
  otherSignposts: {
    kind: 'list',
    always: false,
    description:
      'The policy\u2019s other signposts (not ASB Help, not the Case Review, which have their own) as "Label: text (address)".',
  },
} as const satisfies Record<string, { kind: LetterBuiltinKind; always: boolean; description: string }>;

/** The name of a built-in placeholder. */
export type LetterBuiltinName = keyof typeof LETTER_BUILTINS;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

const isCaseReviewSignpost = (s: Policy['signposts'][number]) =>
  /trigger|case-review/.test(s.id) || (s.url !== undefined && /community-trigger|case-review/i.test(s.url));

const isAsbHelpSignpost = (s: Policy['signposts'][number]) =>
  s.url !== undefined && /^https:\/\/(www\.)?asbhelp\.co\.uk(\/|$)/i.test(s.url);

const isMediationSignpost = (s: Policy['signposts'][number]) => /mediation/i.test(`${s.id} ${s.label}`);

/** What the built-ins read from the letter's own data, already validated. */
export interface LetterBuiltinContext {
  officerPhone?: string | undefined;
  officerEmail?: string | undefined;
  /** The date of the letter: a date or date-time. */
  letterDate?: IsoDateTime | undefined;
  /** The date the report was received (data receivedAt): a date or date-time. */
  receivedAt?: IsoDateTime | undefined;
  /** The case is one where no letter offers mediation: mediation signposts are left out. */
  mediationBarred?: boolean | undefined;
}

/**
 * The values of the built-in placeholders for a policy; an absent value is `undefined`.
 * The officer's own phone and email (from the letter data) win over the landlord's.
 *
 * @example
 * letterBuiltins(coOpHomes, { letterDate: '2026-12-18' }).replyBy
 * //=> { kind: 'text', value: 'Tuesday 29 December 2026' }
 */
export function letterBuiltins(
  policy: Policy,
  context: LetterBuiltinContext,
): Record<LetterBuiltinName, LetterBuiltinValue | undefined> {
  const text = (value: string | undefined) => (value === undefined ? undefined : { kind: 'text' as const, value });
  const link = (value: string | undefined) => (value === undefined ? undefined : { kind: 'link' as const, value });
  const email = (value: string | undefined) => (value === undefined ? undefined : { kind: 'email' as const, value });

  // A value the preset assumed (`assumed: true`) is never promised to a tenant.
  const stated = policy.deadlines.filter((d) => d.assumed !== true);
  const review = stated.find((d) => d.type === 'recurring' && d.completedBy === 'case-reviewed');
  let reviewInterval: string | undefined;
  if (review?.type === 'recurring') {
    reviewInterval =
      'workingDays' in review.every
        ? plural(review.every.workingDays, 'working day', 'working days')
        : plural(review.every.months, 'month', 'months');
  }

  // The policy's own reply window, never another landlord's: none when it sets none.
  const closureWait = stated.find((d) => d.type === 'wait-after-event' && d.completedBy === 'case-closed');
  const closureReplyDays = closureWait?.type === 'wait-after-event' ? closureWait.workingDays : undefined;

  const appointmentRule = stated.find(
    (d) => d.type === 'working-days-after-receipt' && d.completedBy === 'appointment-offered' && typeof d.workingDays === 'number',
  );
  const appointmentDays =
    appointmentRule?.type === 'working-days-after-receipt' && typeof appointmentRule.workingDays === 'number'
      ? appointmentRule.workingDays
      : undefined;

  const inEnglandAndWales = policy.region === 'england-and-wales';
  const caseReviewSignpost = policy.signposts.find(isCaseReviewSignpost);
  const asbHelpSignpost = policy.signposts.find((s) => isAsbHelpSignpost(s) && !isCaseReviewSignpost(s));
  const directory = caseReviewSignpost?.url ?? (inEnglandAndWales ? ASB_HELP_DIRECTORY : undefined);
  const asbHelp = asbHelpSignpost?.url ?? (inEnglandAndWales ? ASB_HELP_WEBSITE : undefined);

  const diaryRule = stated.find(
    (d) => d.type === 'working-days-after-event' && d.after.includes('diary-sheets-sent'),
  );
  const diaryDays = diaryRule?.type === 'working-days-after-event' ? diaryRule.workingDays : undefined;
  const { letterDate, receivedAt } = context;
  const after = (days: number | undefined, from = letterDate, field = 'letterDate') =>
    from === undefined || days === undefined ? undefined : formatDateLong(addWorkingDays(from, days, policy.region), field);
  const days = (n: number | undefined) => (n === undefined ? undefined : plural(n, '1 working day', 'working days'));
  const within = policy.caseReview.qualifyingWithinMonths;

  const others = policy.signposts
    .filter((s) => s !== caseReviewSignpost && s !== asbHelpSignpost)
    .filter((s) => !(context.mediationBarred === true && isMediationSignpost(s)))
    .map((s) => `${s.label}: ${s.text}${s.url ? ` (${s.url})` : ''}`);

  return {
    landlord: text(policy.landlord),
    complainantTerm: text(policy.terms.complainant),
    reportedPersonTerm: text(policy.terms.reportedPersonTenant),
    phone: text(policy.contact?.phone),
    email: email(policy.contact?.email),
    website: link(policy.contact?.website),
    contactPhone: text(context.officerPhone ?? policy.contact?.phone),
    contactEmail: email(context.officerEmail ?? policy.contact?.email),
    reviewInterval: text(reviewInterval),
    closureReplyDays: text(days(closureReplyDays)),
    appointmentBy: text(after(appointmentDays, receivedAt, 'receivedAt')),
    diaryReturnDays: text(days(diaryDays)),
    outsideAsbMessage: text(policy.outsideAsb.route.tenantMessage),
    caseReviewQualifyingWithin: text(within === undefined ? undefined : plural(within, '1 month', 'months')),
    caseReviewThreshold: text(String(policy.caseReview.threshold)),
    caseReviewWindow: text(plural(policy.caseReview.windowMonths, '1 month', 'months')),
    caseReviewDirectory: link(directory),
    asbHelpWebsite: link(asbHelp),
    replyBy: text(after(closureReplyDays)),
    diaryReturnBy: text(after(diaryDays)),
    otherSignposts: others.length > 0 ? { kind: 'list', value: others } : undefined,
  };
}
