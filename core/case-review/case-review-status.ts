import * as z from 'zod/mini';
import { addCalendarMonths } from '../calendar/add-calendar-months.ts';
import { toLondonDate } from '../calendar/to-london-date.ts';
import type { IsoDate, IsoDateTime } from '../types.ts';
import { parseOrThrow, ValidationError } from '../validation-error.ts';

/**
 * The policy's ASB Case Review (Community Trigger) rule.
 * @example
 * const rule: CaseReviewRule = { threshold: 3, windowMonths: 6, promptAtReport: 2, source: 'ASB, Crime and Policing Act 2014 s104' };
 */
export interface CaseReviewRule {
  /** Qualifying reports in the window that let the resident ask for a Case Review (statutory default 3). */
  threshold: number;
  /** Length of the window in calendar months, ending today (statutory default 6). */
  windowMonths: number;
  /**
   * The report count at which officers explain the Case Review to the resident (2: the 2025
   * statutory guidance asks for it at a second report within the window, to every victim).
   */
  promptAtReport: number;
  /**
   * A report counts only when made within this many calendar months of the incident it is about
   * (1 under the 2025 statutory guidance). Absent: every report counts.
   */
  qualifyingWithinMonths?: number | undefined;
  /** Where the rule comes from, for the reasons. */
  source: string;
}

/**
 * Where a resident stands against the ASB Case Review threshold (see {@link caseReviewStatus}).
 * @example
 * caseReviewStatus({ reportDates: [], today: '2026-08-03' }, { caseReview: rule }).met //=> false
 */
export interface CaseReviewStatus {
  /** Reports dated in the window (from `windowStart` to today, both included). */
  qualifyingReports: number;
  threshold: number;
  /** First day of the window: today minus `windowMonths` calendar months, clamped to the month's end. */
  windowStart: IsoDate;
  /** `qualifyingReports >= threshold`. */
  met: boolean;
  /** Not met yet, but `qualifyingReports >= promptAtReport`. */
  near: boolean;
  /** The Case Review is to be explained to the resident now: `qualifyingReports >= promptAtReport` (met or near). */
  explain: boolean;
  /** Reports in the window that do not count because they were made too long after the incident. */
  lateReports: number;
  /** What to tell the officer, in plain English; null when neither met nor near. */
  prompt: string | null;
  /** Plain-English reasons, naming the policy rule. */
  reasons: string[];
}

const required = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${what}`;
const nonBlank = z.string({ error: required('a date or date-time') }).check(z.trim(), z.minLength(1, 'is required'));
const wholeAtLeastOne = z.int({ error: required('a whole number') }).check(z.gte(1, 'must be 1 or more'));

/**
 * One report: its date (or date-time), or the date it was made with the date of the incident it
 * is about, so the rule's `qualifyingWithinMonths` can be applied.
 * @example
 * const report: CaseReviewReport = { reportedAt: '2026-07-20', incidentAt: '2026-06-02' };
 */
export type CaseReviewReport = IsoDateTime | { reportedAt: IsoDateTime; incidentAt?: IsoDateTime | undefined };

const reportSchema = z.union([
  nonBlank,
  z.object({ reportedAt: nonBlank, incidentAt: z.optional(nonBlank) }, { error: 'must be a date, or { reportedAt, incidentAt }' }),
]);

const inputSchema = z.object({
  reportDates: z.array(reportSchema, { error: required('a list of dates or date-times') }),
  today: nonBlank,
});

const policySchema = z.object({
  caseReview: z
    .object(
      {
        threshold: wholeAtLeastOne,
        windowMonths: wholeAtLeastOne.check(z.lte(120, 'must be 120 or fewer')),
        promptAtReport: wholeAtLeastOne,
        qualifyingWithinMonths: z.optional(wholeAtLeastOne.check(z.lte(120, 'must be 120 or fewer'))),
        source: z.string({ error: required('text naming the source') }).check(z.trim(), z.minLength(1, 'is required')),
      },
      { error: required('an object with threshold, windowMonths, promptAtReport and source') },
    )
    .check(
      z.refine((rule) => rule.promptAtReport <= rule.threshold, {
        path: ['promptAtReport'],
        error: 'must not be more than caseReview.threshold',
      }),
    ),
});

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 'a' or 'an' before a number read aloud: an 8th, an 11th, an 18th, a 3rd. */
function article(n: number): string {
  const s = String(n);
  return s.startsWith('8') || (s.length % 3 === 2 && (s.startsWith('11') || s.startsWith('18'))) ? 'an' : 'a';
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Where a resident stands against the ASB Case Review (Community Trigger) threshold of the policy:
 * how many of their reports fall in the window of `windowMonths` calendar months ending `today`
 * (both ends included; the start is clamped to the month's last day), whether the threshold is met,
 * and whether officers should explain the Case Review now (`near`: at least `promptAtReport`
 * reports but fewer than `threshold`). Report dates are dates or date-times, read as their
 * Europe/London date; reports after `today` are not counted. Where the rule sets
 * `qualifyingWithinMonths` (1 under the 2025 statutory guidance), an entry given as
 * `{ reportedAt, incidentAt }` counts only when made within that many calendar months of the
 * incident (to the same date, clamped to the month's end). Each entry is one report: pass each
 * report once. Throws an `Error` naming the field (`reportDates[1]: ...`,
 * `caseReview.threshold: ...`) for input it cannot use.
 *
 * @example
 * caseReviewStatus(
 *   { reportDates: ['2026-05-04', '2026-07-20T09:30:00+01:00'], today: '2026-08-03' },
 *   { caseReview: { threshold: 3, windowMonths: 6, promptAtReport: 2, source: 'ASB, Crime and Policing Act 2014 s104' } },
 * )
 * //=> { qualifyingReports: 2, threshold: 3, windowStart: '2026-02-03', met: false, near: true, explain: true, lateReports: 0,
 * //     prompt: 'This is the 2nd report in 6 months. Explain the ASB Case Review (Community Trigger): a 3rd report in 6 months lets the resident ask for a review.',
 * //     reasons: [...] }
 */
export function caseReviewStatus(
  input: { reportDates: CaseReviewReport[]; today: IsoDate },
  policy: { caseReview: CaseReviewRule },
): CaseReviewStatus {
  const { reportDates, today: todayInput } = parseOrThrow(inputSchema, input, { root: 'input' });
  const { caseReview: rule } = parseOrThrow(policySchema, policy, { root: 'policy' });
  const today = toLondonDate(todayInput, 'today');
  const reports = reportDates.map((value, index) => {
    if (typeof value === 'string') return { date: toLondonDate(value, `reportDates[${index}]`), late: false };
    const date = toLondonDate(value.reportedAt, `reportDates[${index}].reportedAt`);
    if (value.incidentAt === undefined || rule.qualifyingWithinMonths === undefined) return { date, late: false };
    const incident = toLondonDate(value.incidentAt, `reportDates[${index}].incidentAt`);
    if (incident > date) {
      throw new ValidationError([
        { path: `reportDates[${index}].incidentAt`, message: `must not be after the report (${date}), not ${incident}` },
      ]);
    }
    return { date, late: date > addCalendarMonths(incident, rule.qualifyingWithinMonths) };
  });
  const dates = reports.map((r) => r.date);

  const windowStart = addCalendarMonths(today, -rule.windowMonths);
  const future = dates.filter((date) => date > today).length;
  const earlier = dates.filter((date) => date < windowStart).length;
  const lateReports = reports.filter((r) => r.late && r.date >= windowStart && r.date <= today).length;
  const qualifyingReports = dates.length - future - earlier - lateReports;
  const met = qualifyingReports >= rule.threshold;
  const near = !met && qualifyingReports >= rule.promptAtReport;
  const months = count(rule.windowMonths, 'month');

  const reasons = [
    `${count(qualifyingReports, 'report')} from ${windowStart} to ${today} count towards the ASB Case Review: ` +
      `the threshold is ${count(rule.threshold, 'report')} in ${months} (${rule.source}).`,
  ];
  if (future > 0) reasons.push(`${count(future, 'report')} dated after today (${today}) ${future === 1 ? 'is' : 'are'} not counted.`);
  if (lateReports > 0 && rule.qualifyingWithinMonths !== undefined) {
    const within = count(rule.qualifyingWithinMonths, 'month');
    reasons.push(
      `${count(lateReports, 'report')} made more than ${within} after the incident ${lateReports === 1 ? 'does' : 'do'} not count: ` +
        `a qualifying complaint is made within ${within} of the incident.`,
    );
  }
  if (earlier > 0) reasons.push(`${count(earlier, 'earlier report')} (before ${windowStart}) ${earlier === 1 ? 'falls' : 'fall'} outside the ${rule.windowMonths}-month window.`);

  let prompt: string | null = null;
  if (met) {
    prompt =
      `The ASB Case Review threshold is met: ${count(qualifyingReports, 'report')} in ${months}. ` +
      'Tell the resident they can ask the council for a Case Review, and how.';
    reasons.push(`Threshold met: ${qualifyingReports} of ${rule.threshold}.`);
  } else if (near) {
    prompt =
      `This is the ${ordinal(qualifyingReports)} report in ${months}. Explain the ASB Case Review (Community Trigger): ` +
      `${article(rule.threshold)} ${ordinal(rule.threshold)} report in ${months} lets the resident ask for a review.`;
    reasons.push(
      `${count(rule.threshold - qualifyingReports, 'more report')} in the window would meet the threshold; ` +
        `officers explain the Case Review from the ${ordinal(rule.promptAtReport)} report.`,
    );
  }
  return {
    qualifyingReports,
    threshold: rule.threshold,
    windowStart,
    met,
    near,
    explain: met || near,
    lateReports,
    prompt,
    reasons,
  };
}
