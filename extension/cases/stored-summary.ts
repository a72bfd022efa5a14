import { addWorkingDays, describeDeadline, toLondonDate, workingDaysBetween } from '../../core/index.ts';
import type { CaseDeadline, Policy, Region, RiskLevel } from '../../core/index.ts';
import { eventsByCase, sortEvents } from './case-events.ts';
import type { RecordedEvent, TrackedCase, TrackedCaseRecord } from './tracked-case.ts';
import { assessTrackedCase, type TrackedAssessment } from './assess-tracked-case.ts';
import { summaryBasis } from './summary-basis.ts';

/** "Due soon" on the dashboard: overdue, or due in the next 5 working days. */
export const SOON_WORKING_DAYS = 5;

/**
 * Where a case stands whatever the day, in the order the dashboard lists them: 'open' cases have
 * a next deadline (overdue, due today or later is worked out from its date on the day shown).
 */
export const SUMMARY_GROUPS = ['open', 'problem', 'nothing-due', 'closed'] as const;
export type SummaryGroup = (typeof SUMMARY_GROUPS)[number];

/** Where a case stands on a given day, in the order the dashboard lists them. */
export const SUMMARY_STATES = ['overdue', 'due-today', 'pending', 'problem', 'nothing-due', 'closed'] as const;
export type SummaryState = (typeof SUMMARY_STATES)[number];

const STATE_LABELS: Record<SummaryState, string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  pending: 'Open',
  problem: 'Needs checking',
  'nothing-due': 'Nothing due',
  closed: 'Closed',
};

/** Sorts after every real date, so cases with no date come last in their group. */
const NO_DATE = '9999-12-31';

/** A deadline not met, as a stored summary keeps it: the policy's instruction and its date (null: no fixed date). */
export interface SummaryDeadline {
  label: string;
  due: string | null;
  /** Once missed, an explanation is owed for it: its rule has `explanationRequired` and no reason is recorded (core's explanationOwed on the day shown). */
  owed?: true;
}

/**
 * What the dashboard, the badge, the notifications and the NM01 figures need of one case, kept
 * in the `summaries` table so they can read it without computing the case (about 0.25 ms a
 * case, 1.2 s for 5,000). It keeps DATES, not what they mean today: whether a deadline is
 * overdue, due today or due soon, and the words for it, are worked out from them on the day
 * shown (see {@link summaryOn}), so a row written on an earlier day is still right today. What
 * does depend on the day it was worked out (a step recorded with a future date, the ASB Case
 * Review's six-month window) is brought up to date by the background's sweep: `stamp` records
 * the day and the policy a row was worked out for.
 */
export interface StoredSummary {
  /** The case key (`system:reference`). */
  key: string;
  reference: string;
  /** The officer named by the host page ('' when none). */
  officer: string;
  /** The level deadlines run at; null when outside the ASB policy or not known. */
  level: RiskLevel | null;
  /** `level`, or 'none' (IndexedDB cannot index null): the level filter's index. */
  levelKey: RiskLevel | 'none';
  /** "Level 1 High Risk", "Outside the ASB policy" or "Not known". */
  levelLabel: string;
  group: SummaryGroup;
  /** The most urgent deadline not met (waits left out, core's nextDeadline); null unless `group` is 'open' (and for a row not worked out yet). */
  next: SummaryDeadline | null;
  /** What stands instead of a next deadline when there is none ("Outside the ASB policy: no ASB deadlines", "Deadlines not worked out yet"); '' otherwise. */
  note: string;
  /** The bank-holiday region working days are counted in (the policy's). */
  region: Region;
  /** Every dated deadline not met (waits left out) of an open case: overdue and due-today counts and alerts, on any day. */
  dated: { label: string; due: string; owed?: true }[];
  /** The ASB Case Review prompt when the threshold is near or met. */
  caseReviewPrompt: string | null;
  /** The dashboard's order as one index key: group, then the next deadline's date (none last), then reference. */
  rank: string;
  /** `day|basis`: the London day and the policy it was worked out for ('' when its deadlines are not worked out). */
  stamp: string;
  /** NM01: the London date the case was received (opened). */
  opened: string;
  /** NM01: the London date the case was closed, or null. */
  closed: string | null;
  /** NM01: the party reported as the page names them, trimmed and in lower case ('' when none named). */
  party: string;
  /** NM01: inside the ASB policy (a level is known). */
  asb: boolean;
  /** NM01: the case involves a hate incident (its flags). */
  hate: boolean;
}

/** A stored summary as it stands on one day (see {@link summaryOn}). */
export interface SummaryOnDay {
  state: SummaryState;
  /** The state in words: "Overdue", "Due today", "Open", "Needs checking", "Nothing due", "Closed". */
  stateLabel: string;
  /** The next deadline in words ("Contact the complainant: overdue by 3 working days"), or what stands instead. */
  next: string;
  /** Open, and the next deadline is overdue or due within {@link SOON_WORKING_DAYS} working days. */
  soon: boolean;
  /** Deadlines overdue (waits left out), for the badge and notifications. */
  overdueCount: number;
  /** Deadlines due that day and not met. */
  dueTodayCount: number;
  /** Up to three of those deadlines in words, for a notification. */
  alerts: string[];
}

/** A summary's deadline as the core's CaseDeadline on `today`, for describeDeadline. */
function deadlineOn(d: SummaryDeadline, today: string, region: Region): CaseDeadline {
  return {
    id: '',
    label: d.label,
    due: d.due,
    status: d.due !== null && d.due < today ? 'overdue' : 'pending',
    workingDaysLeft: d.due === null ? null : workingDaysBetween(today, d.due, region),
    basis: '',
    kind: 'deadline',
    explanationOwed: d.owed === true && d.due !== null && d.due < today,
  };
}

/**
 * A stored summary as it stands on `today` (a London date): the one function the dashboard,
 * the badge and the notifications read a row through. Overdue means due before today, due
 * today means due today, and "soon" means due within {@link SOON_WORKING_DAYS} working days
 * (see {@link soonBefore}); the words are the core's describeDeadline.
 *
 * @example
 * // Contact the complainant due Tuesday 5 January 2027, read on Thursday 7 January 2027:
 * summaryOn(row, '2027-01-07')
 * //=> { state: 'overdue', stateLabel: 'Overdue', next: 'Contact the complainant: overdue by 2 working days', soon: true, overdueCount: 1, … }
 */
export function summaryOn(row: StoredSummary, today: string): SummaryOnDay {
  if (row.group !== 'open' || row.next === null) {
    const state = row.group === 'open' ? 'pending' : row.group;
    return { state, stateLabel: STATE_LABELS[state], next: row.note, soon: false, overdueCount: 0, dueTodayCount: 0, alerts: [] };
  }
  const due = row.next.due;
  const state: SummaryState = due === null || due > today ? 'pending' : due < today ? 'overdue' : 'due-today';
  const overdue = row.dated.filter((d) => d.due < today);
  const dueToday = row.dated.filter((d) => d.due === today);
  return {
    state,
    stateLabel: STATE_LABELS[state],
    next: describeDeadline(deadlineOn(row.next, today, row.region), today),
    soon: due !== null && due < soonBefore(today, row.region),
    overdueCount: overdue.length,
    dueTodayCount: dueToday.length,
    alerts: [...overdue, ...dueToday].slice(0, 3).map((d) => describeDeadline(deadlineOn(d, today, row.region), today)),
  };
}

/**
 * The first date NOT "due soon" on `today`: a deadline is due within {@link SOON_WORKING_DAYS}
 * working days (workingDaysBetween(today, due) <= 5) exactly when it is due before the 6th
 * working day after today.
 *
 * @example
 * soonBefore('2026-12-18', 'england-and-wales') //=> '2026-12-30' (21, 22, 23, 24, 29 December are the 5 working days)
 */
export function soonBefore(today: string, region: Region): string {
  return addWorkingDays(today, SOON_WORKING_DAYS + 1, region);
}

/**
 * The range of `rank` keys of open cases due before `before` (overdue first): the dashboard's
 * "due soon" (before {@link soonBefore}), the overdue badge (before today) and notifications
 * (before tomorrow) read this range of the rank index.
 *
 * @example
 * openRankRange('2027-01-20') //=> ['0|', '0|2027-01-20'] (upper bound excluded)
 */
export function openRankRange(before: string): [string, string] {
  return [`${SUMMARY_GROUPS.indexOf('open')}|`, `${SUMMARY_GROUPS.indexOf('open')}|${before}`];
}

/**
 * The stamp a summary computed on `today` under a policy basis carries (see summaryBasis).
 *
 * @example
 * summaryStamp('2027-01-04', 'f1-3a9c0e12-dev') //=> '2027-01-04|f1-3a9c0e12-dev'
 */
export function summaryStamp(today: string, basis: string): string {
  return `${today}|${basis}`;
}

/** The NM01 facts of a tracked case (see StoredSummary). */
function nm01Facts(tracked: TrackedCaseRecord, level: RiskLevel | null, flags: readonly string[]): Pick<StoredSummary, 'opened' | 'closed' | 'party' | 'asb' | 'hate'> {
  let opened: string;
  try {
    opened = toLondonDate(tracked.host.receivedAt, 'receivedAt');
  } catch {
    opened = tracked.host.receivedAt.slice(0, 10);
  }
  const reported = tracked.host.parties.find((p) => p.role === 'reported' && p.name.trim() !== '');
  return {
    opened,
    closed: tracked.closedAt ? tracked.closedAt.slice(0, 10) : null,
    party: reported ? reported.name.trim().replace(/\s+/g, ' ').toLowerCase() : '',
    asb: level !== null,
    hate: flags.includes('hate-incident'),
  };
}

/**
 * Shrinks a computed case summary to the row the `summaries` table keeps.
 *
 * @example
 * toStoredSummary(assessTrackedCase(oldCase, policy, '2027-01-20'), '2027-01-20', policy.region, summaryBasis(policy)).group
 * //=> 'open'
 */
export function toStoredSummary(s: TrackedAssessment, today: string, region: Region, basis: string, explained: ReadonlySet<string> = new Set()): StoredSummary {
  // Whether a deadline not yet missed will owe an explanation once it is (so a row read on a later day says so).
  const owed = (d: CaseDeadline) => (d.explanationOwed || (explained.has(d.id) && d.missedReason === undefined) ? { owed: true as const } : {});
  const group: SummaryGroup = s.closed ? 'closed' : s.problem ? 'problem' : s.next ? 'open' : 'nothing-due';
  const note = s.problem ? s.problem : s.level === null ? 'Outside the ASB policy: no ASB deadlines' : 'No deadline outstanding';
  const next = group === 'open' && s.next ? { label: s.next.label, due: s.next.due, ...owed(s.next) } : null;
  const dated =
    group === 'open'
      ? s.deadlines.filter((d) => d.kind !== 'wait' && (d.status === 'pending' || d.status === 'overdue') && d.due !== null).map((d) => ({ label: d.label, due: d.due!, ...owed(d) }))
      : [];
  return {
    key: s.key,
    reference: s.tracked.reference,
    officer: s.tracked.officer,
    level: s.level,
    levelKey: s.level ?? 'none',
    levelLabel: s.levelLabel,
    group,
    next,
    note: group === 'open' ? '' : group === 'closed' ? 'Closed' : note,
    region,
    dated,
    caseReviewPrompt: s.caseReview && (s.caseReview.met || s.caseReview.near) ? s.caseReview.prompt : null,
    rank: rankOf(group, next?.due ?? null, s.tracked.reference),
    stamp: summaryStamp(today, basis),
    ...nm01Facts(s.tracked, s.level, s.flags),
  };
}

const explainedCache = new WeakMap<Policy, ReadonlySet<string>>();

/** The ids of the policy's deadline rules that require an explanation when missed, worked out once per policy (rows are stored thousands at a time). */
function explainedDeadlines(policy: Policy): ReadonlySet<string> {
  let ids = explainedCache.get(policy);
  if (ids === undefined) {
    ids = new Set((policy.deadlines ?? []).filter((rule) => rule.explanationRequired === true).map((rule) => rule.id));
    explainedCache.set(policy, ids);
  }
  return ids;
}

/**
 * Computes a tracked case and shrinks it to its stored row in one step.
 *
 * @example
 * storedSummaryOf(oldCase, policies.model, '2027-01-20').stamp
 * //=> '2027-01-20|f1-…' (today and the policy's basis)
 */
export function storedSummaryOf(tracked: TrackedCase, policy: Policy, today: string): StoredSummary {
  return toStoredSummary(assessTrackedCase(tracked, policy, today), today, policy.region, summaryBasis(policy), explainedDeadlines(policy));
}

/**
 * The row kept for a case written where no policy is at hand (the background stores a case seen
 * on a host page): the previous row marked stale, or for a new case a row that says its
 * deadlines are not worked out yet. The side panel and the next sweep recompute it.
 *
 * @example
 * summaryOn(staleSummary(newRecord, undefined), '2027-01-20').next //=> 'Deadlines not worked out yet'
 */
export function staleSummary(record: TrackedCaseRecord, previous: StoredSummary | undefined): StoredSummary {
  if (previous) return { ...previous, reference: record.reference, officer: record.officer, stamp: '' };
  return {
    key: record.key,
    reference: record.reference,
    officer: record.officer,
    level: record.level,
    levelKey: record.level ?? 'none',
    levelLabel: 'Not known',
    // Listed as open (with the open cases that have no date) until its deadlines are worked out.
    group: 'open',
    next: null,
    note: 'Deadlines not worked out yet',
    region: 'england-and-wales',
    dated: [],
    caseReviewPrompt: null,
    rank: rankOf('open', null, record.reference),
    stamp: '',
    ...nm01Facts(record, record.level, record.flags),
  };
}

/** Index order: the group's place, the due date (none last), then the reference (by code unit). */
function rankOf(group: SummaryGroup, due: string | null, reference: string): string {
  return `${SUMMARY_GROUPS.indexOf(group)}|${due ?? NO_DATE}|${reference}`;
}

/**
 * Computes the stored rows of many cases at once, giving each its own events (oldest first).
 *
 * @example
 * storedSummariesOf(records, events, policies.model, '2027-01-20').length //=> records.length
 */
export function storedSummariesOf(
  records: readonly TrackedCaseRecord[],
  events: readonly RecordedEvent[],
  policy: Policy,
  today: string,
): StoredSummary[] {
  const byCase = eventsByCase(events);
  return records.map((record) => storedSummaryOf({ ...record, events: sortEvents(byCase.get(record.key) ?? []) }, policy, today));
}

