import { addCalendarMonthsToDayNumber } from '../calendar/add-calendar-months.ts';
import { addWorkingDayNumber } from '../calendar/add-working-days.ts';
import { formatDateLong } from '../calendar/format-date.ts';
import { fromDayNumber } from '../calendar/iso-date.ts';
import { countWorkingDays } from '../calendar/working-days-between.ts';
import type { DeadlineRule, Policy } from '../policy/policy-schema.ts';
import type { IsoDate, IsoDateTime } from '../types.ts';
import { deadlinePolicyIndex } from './deadline-policy-index.ts';
import type { DeadlineBase, DeadlinePolicyIndex, IndexedDeadline } from './deadline-policy-index.ts';
import { firstEventOfType, readCase } from './read-case.ts';
import type { CaseFacts, CaseInput, DatedEvent } from './read-case.ts';
import { ruleApplies } from './rule-applies.ts';

/** The event that closes a case: recurring deadlines stop once it has happened. */
const CASE_CLOSED = 'case-closed';

/** One deadline of a case, as `caseDeadlines` computes it. */
export interface CaseDeadline {
  /** The policy rule's id: `'first-contact'`, `'case-review'`, ... */
  id: string;
  /** Plain English, for officers: "Contact the complainant". */
  label: string;
  /** London date; null where the policy sets no date. For a wait: the last day of the waiting period. */
  due: IsoDate | null;
  status: 'met' | 'met-late' | 'pending' | 'overdue';
  /** London date of the completing event (for a recurring deadline: the latest one). */
  metAt?: IsoDate;
  /** Working days from today to `due` (negative: overdue by that many); null when due is null or met. */
  workingDaysLeft: number | null;
  /** The policy text the rule comes from. */
  basis: string;
  /** Why the rule decides what its source leaves open, when it does. */
  decided?: string;
  kind: 'deadline' | 'recurring' | 'wait';
  /** The recorded explanation, only when the status is 'met-late' or 'overdue'. */
  missedReason?: string;
  /** Plain-English statement of something that went wrong (a wait cut short). */
  problem?: string;
}

const NO_TIMESCALE = ' (no fixed timescale)';

/**
 * The deadlines of a case under a landlord's policy, as of `today`: one entry per applicable
 * rule, in policy order. All dates are Europe/London calendar dates; working days use
 * `policy.region`.
 *
 * Status: `'met'` when the completing event happened on or before `due`, `'met-late'` when after,
 * `'pending'` when it has not happened and today <= due, `'overdue'` when not and today > due;
 * with no due date, `'met'` once it happened, else `'pending'`.
 *
 * Events dated before receipt are ignored throughout. Rules are skipped when their `levels` do
 * not include the case's level, or the case carries none of their `whenFlags`.
 *
 * - `first-contact`: the level's first-contact target in working days after receipt.
 * - `working-days-after-receipt`: n working days after receipt (a level with null: no entry).
 * - `months-after-receipt`: calendar months after receipt, clamped to the month's end, not moved to
 *   a working day (31 December + 2 months = 28 February); a level with null: `due: null` and the
 *   label ends "(no fixed timescale)".
 *   For these three, the FIRST completing event on or after the receipt date completes it.
 * - `recurring`: the next one, due n working days (or months) after the later of receipt and the
 *   latest completing event dated on or before today (future-dated ones are ignored); status only
 *   `'pending'` or `'overdue'`; `metAt` is the latest one's date. No entry once the case is
 *   closed (a `case-closed` event on or before today).
 * - `working-days-after-event`: no entry until a trigger (an `after` event) has happened; due n
 *   working days after the latest trigger; completed by the first `completedBy` event dated on or
 *   after that trigger (other than the trigger itself).
 * - `wait-after-event` (kind `'wait'`): a period the `completedBy` event should not cut short, e.g.
 *   at least 5 working days for the complainant to answer a closure letter. `due` is the last day
 *   of the period: n working days after the latest trigger. It is `'pending'` while the period
 *   runs (today <= due) and the event has not happened, then `'met'`: the period has run. If the
 *   event happened on or after `due`, it is `'met'` with `metAt`. If it happened before `due`, it
 *   is still `'met'` (nothing is left to wait for) but `problem` says, in plain English, that the
 *   period was cut short; `'met-late'` and `'overdue'` never apply to a wait.
 *
 * Closing a case leaves the other deadlines as they are: one not met stays pending or overdue
 * (it was missed). A `missedReasons` entry is carried as `missedReason` when the deadline is
 * `'met-late'` or `'overdue'`; entries for deadlines the case does not have are ignored.
 *
 * Throws an `Error` naming the field for bad input (`events[1].at: ...`, `today: ...`).
 *
 * What it reads from the policy is indexed once per policy object and cached: treat a policy as
 * immutable, and edit a copy (`{ ...policy, ... }`), not the policy itself.
 *
 * @example
 * caseDeadlines(
 *   { reference: 'ASB-1', receivedAt: '2026-12-24T16:05:00Z', level: 'high' },
 *   coOpHomes, // first contact: 1 working day for high
 *   { today: '2026-12-24' },
 * )[0]
 * //=> { id: 'first-contact', label: 'Contact the complainant', due: '2026-12-29', status: 'pending',
 * //     workingDaysLeft: 1, basis: '002 Co-op Homes procedure, 2.3 and Service Standards', kind: 'deadline' }
 */
export function caseDeadlines(c: CaseInput, policy: Policy, opts: { today: IsoDateTime }): CaseDeadline[] {
  const facts = readCase(c, opts?.today);
  const deadlines = deadlinesOfCase(facts, policy);
  lastRead = { deadlines, c, today: opts.today, facts };
  return deadlines;
}

/**
 * The case the last list `caseDeadlines` returned was read from, so that `caseChecklist`, given
 * that list as `opts.deadlines` with the same case object and the same `today` (as its contract
 * asks), does not read and check the case a second time. One entry only: a WeakMap per list cost
 * more in garbage collection than it saved.
 */
let lastRead: { deadlines: readonly CaseDeadline[]; c: CaseInput; today: IsoDateTime; facts: CaseFacts } | undefined;

/**
 * The facts `caseDeadlines` read for this list, when it is the last list it returned and was
 * computed for the same case object and the same `today`; otherwise undefined.
 * @internal
 * @example
 * const deadlines = caseDeadlines(c, policy, { today });
 * factsBehind(deadlines, c, today) //=> the CaseFacts it read
 * factsBehind([...deadlines], c, today) //=> undefined
 */
export function factsBehind(deadlines: readonly CaseDeadline[], c: CaseInput, today: IsoDateTime): CaseFacts | undefined {
  const entry = lastRead;
  return entry && entry.deadlines === deadlines && entry.c === c && entry.today === today ? entry.facts : undefined;
}

/**
 * {@link caseDeadlines} for a case already read by `readCase`, so `caseChecklist` reads a case
 * once when it computes the deadlines itself.
 * @internal
 * @example
 * deadlinesOfCase(readCase(c, '2026-12-24'), coOpHomes)[0]?.due //=> '2026-12-29' (as caseDeadlines(c, coOpHomes, { today: '2026-12-24' }))
 */
export function deadlinesOfCase(facts: CaseFacts, policy: Policy): CaseDeadline[] {
  const index = deadlinePolicyIndex(policy);
  const closed = facts.events.some((e) => e.type === CASE_CLOSED && e.day <= facts.todayDay);
  const entries: CaseDeadline[] = [];
  // An indexed loop: in code this hot, `for...of` costs measurably more.
  for (let i = 0; i < index.rules.length; i++) {
    const rule = index.rules[i]!;
    if (!ruleApplies(rule, facts)) continue;
    const entry = deadlineFor(rule, facts, policy, index, closed);
    if (entry) entries.push(entry);
  }
  return entries;
}

function deadlineFor(
  indexed: IndexedDeadline,
  facts: CaseFacts,
  policy: Policy,
  index: DeadlinePolicyIndex,
  closed: boolean,
): CaseDeadline | null {
  const region = policy.region;
  const { receipt, receiptDay, todayDay } = facts;
  const { base, completedBy } = indexed;

  switch (indexed.type) {
    case 'first-contact': {
      const level = index.levels.get(facts.level);
      if (!level) throw new Error(`levels: the policy has no level "${facts.level}"`);
      const due = addWorkingDayNumber(receiptDay, level.firstContact.workingDays, region);
      return settle(base, due, firstCompletion(facts, completedBy), facts, region);
    }
    case 'working-days-after-receipt': {
      const { workingDays } = indexed.rule;
      const n = typeof workingDays === 'number' ? workingDays : workingDays[facts.level];
      if (n === null) return null;
      return settle(base, addWorkingDayNumber(receiptDay, n, region), firstCompletion(facts, completedBy), facts, region);
    }
    case 'months-after-receipt': {
      const months = indexed.rule.months[facts.level];
      if (months === null) {
        return settle({ ...base, label: base.label + NO_TIMESCALE }, null, firstCompletion(facts, completedBy), facts, region);
      }
      return settle(base, addCalendarMonthsToDayNumber(receiptDay, months, receipt), firstCompletion(facts, completedBy), facts, region);
    }
    case 'recurring': {
      if (closed) return null;
      const { every } = indexed.rule;
      const last = latestEventOfType(facts.events, completedBy, todayDay);
      const fromDay = last ? last.day : receiptDay;
      const dueDay =
        'workingDays' in every
          ? addWorkingDayNumber(fromDay, every.workingDays, region)
          : addCalendarMonthsToDayNumber(fromDay, every.months, last ? last.date : receipt);
      const entry: CaseDeadline = {
        ...base,
        due: fromDayNumber(dueDay),
        status: todayDay > dueDay ? 'overdue' : 'pending',
        workingDaysLeft: countWorkingDays(todayDay, dueDay, region),
        kind: 'recurring',
      };
      if (last) entry.metAt = last.date;
      return withReason(entry, facts);
    }
    case 'working-days-after-event': {
      const { rule } = indexed;
      const trigger = latestTrigger(rule.after, facts);
      if (!trigger) return null;
      const due = addWorkingDayNumber(trigger.day, rule.workingDays, region);
      return settle(base, due, completionAfter(completedBy, trigger, facts), facts, region);
    }
    case 'wait-after-event': {
      const { rule } = indexed;
      const trigger = latestTrigger(rule.after, facts);
      if (!trigger) return null;
      const dueDay = addWorkingDayNumber(trigger.day, rule.workingDays, region);
      const due = fromDayNumber(dueDay);
      const event = completionAfter(completedBy, trigger, facts);
      if (event) {
        const entry: CaseDeadline = { ...base, due, status: 'met', metAt: event.date, workingDaysLeft: null, kind: 'wait' };
        if (event.day < dueDay) entry.problem = waitCutShort(rule, event.date, due);
        return entry;
      }
      if (todayDay > dueDay) return { ...base, due, status: 'met', workingDaysLeft: null, kind: 'wait' };
      return { ...base, due, status: 'pending', workingDaysLeft: countWorkingDays(todayDay, dueDay, region), kind: 'wait' };
    }
    default:
      return indexed satisfies never;
  }
}

/** Status of a one-off deadline from its due day number (null: no date) and completing event. */
function settle(
  base: DeadlineBase,
  dueDay: number | null,
  event: DatedEvent | undefined,
  facts: CaseFacts,
  region: Policy['region'],
): CaseDeadline {
  const kind = 'deadline';
  const due = dueDay === null ? null : fromDayNumber(dueDay);
  let entry: CaseDeadline;
  if (event) {
    const late = dueDay !== null && event.day > dueDay;
    entry = { ...base, due, status: late ? 'met-late' : 'met', metAt: event.date, workingDaysLeft: null, kind };
  } else if (dueDay === null) {
    entry = { ...base, due, status: 'pending', workingDaysLeft: null, kind };
  } else {
    const status = facts.todayDay > dueDay ? 'overdue' : 'pending';
    entry = { ...base, due, status, workingDaysLeft: countWorkingDays(facts.todayDay, dueDay, region), kind };
  }
  return withReason(entry, facts);
}

function withReason(entry: CaseDeadline, facts: CaseFacts): CaseDeadline {
  if (facts.missedReasons.size === 0) return entry;
  const reason = facts.missedReasons.get(entry.id);
  if (reason !== undefined && (entry.status === 'met-late' || entry.status === 'overdue')) entry.missedReason = reason;
  return entry;
}

/** The first event of this type on or after receipt (earlier ones were dropped when the case was read). */
function firstCompletion(facts: CaseFacts, type: string): DatedEvent | undefined {
  return firstEventOfType(facts.events, type);
}

/** The latest event of one of these types (same day: the one given last). */
function latestTrigger(types: readonly string[], facts: CaseFacts): DatedEvent | undefined {
  const { events } = facts;
  for (let i = events.length - 1; i >= 0; i--) if (types.includes(events[i]!.type)) return events[i];
  return undefined;
}

/** The latest event of a type dated on or before `lastDay` (same day: the one given last). */
function latestEventOfType(events: readonly DatedEvent[], type: string, lastDay: number): DatedEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.type === type && events[i]!.day <= lastDay) return events[i];
  return undefined;
}

/** The first event of this type dated on or after the trigger, other than the trigger itself. */
function completionAfter(type: string, trigger: DatedEvent, facts: CaseFacts): DatedEvent | undefined {
  return facts.events.find((e) => e !== trigger && e.type === type && e.day >= trigger.day);
}

function waitCutShort(
  rule: Extract<DeadlineRule, { type: 'wait-after-event' }>,
  at: IsoDate,
  due: IsoDate,
): string {
  const what = rule.completedBy === CASE_CLOSED ? 'The case was closed' : `"${words(rule.completedBy)}" was recorded`;
  const days = `${rule.workingDays} working day${rule.workingDays === 1 ? '' : 's'}`;
  return `${what} on ${formatDateLong(at)}, before the waiting period of ${days} had ended on ${formatDateLong(due)}.`;
}

/** `'closure-letter-sent'` → `'closure letter sent'`. */
function words(kebab: string): string {
  return kebab.replaceAll('-', ' ');
}
