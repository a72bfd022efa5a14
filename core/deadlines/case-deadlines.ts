import { addCalendarMonthsToDayNumber } from '../calendar/add-calendar-months.ts';
import { addWorkingDayNumber } from '../calendar/add-working-days.ts';
import { formatDateLong } from '../calendar/format-date.ts';
import { fromDayNumber } from '../calendar/iso-date.ts';
import { countWorkingDays } from '../calendar/working-days-between.ts';
import type { DeadlineRule, Policy } from '../policy/policy-schema.ts';
import type { IsoDate, IsoDateTime, RiskLevel } from '../types.ts';
import { deadlinePolicyIndex } from './deadline-policy-index.ts';
import type { DeadlineBase, DeadlinePolicyIndex, IndexedDeadline } from './deadline-policy-index.ts';
import { firstEventOfType, readCase } from './read-case.ts';
import type { CaseFacts, CaseInput, DatedEvent } from './read-case.ts';
import { flagsApply, levelApplies } from './rule-applies.ts';

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
  /** Only when `'met-late'`: how many working days after `due` it was met (`metAt`). */
  workingDaysLate?: number;
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
  /**
   * true while the policy requires an explanation for this target (its rule has
   * `explanationRequired`), it was met late or is overdue (or, for a rule checked after each
   * action, one of them was), and no reason has been recorded (`missedReasons[id]` or an
   * `explanation-recorded` event naming it). Always present.
   */
  explanationOwed: boolean;
  /**
   * Only for a case whose level has changed, on deadlines whose target depends on the level: the
   * level the deadline is judged against (the level in force when it fell due, or today's).
   */
  level?: RiskLevel;
  /**
   * Only for a case whose level has changed, on deadlines whose target depends on the level: the
   * London date the target is counted from (receipt, or the reclassification that brought it).
   */
  countedFrom?: IsoDate;
  /**
   * For a rule checked after each action (`each`): every action whose follow-up was late or is
   * overdue, oldest first; absent when none was.
   */
  missed?: { after: string; at: IsoDate; due: IsoDate; metAt: IsoDate | null }[];
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
 *   working days after the latest trigger (with `from: 'earliest'`, the first one: a closure
 *   confirmed in writing within 5 working days of the discussion, else of the closing); completed by the first `completedBy` event dated on or
 *   after that trigger (other than the trigger itself).
 * - `wait-after-event` (kind `'wait'`): a period the `completedBy` event should not cut short, e.g.
 *   at least 5 working days for the complainant to answer a closure letter. `due` is the last day
 *   of the period: n working days after the latest trigger. It is `'pending'` while the period
 *   runs (today <= due) and the event has not happened, then `'met'`: the period has run. If the
 *   event happened on or after `due`, it is `'met'` with `metAt`. If it happened before `due`, it
 *   is still `'met'` (nothing is left to wait for) but `problem` says, in plain English, that the
 *   period was cut short; `'met-late'` and `'overdue'` never apply to a wait.
 *
 *   With `each: true`, every trigger is checked, not only the latest (002 2.5: the case log within
 *   2 working days of any action): the entry is the earliest trigger still waiting (pending or
 *   overdue), else the latest one followed late (`'met-late'`), else the latest (`'met'`), and
 *   `missed` lists every trigger whose follow-up was late or is overdue.
 * - A rule with `dateFrom: 'appointmentAt'` is judged by the date of the appointment its
 *   completing event records (`appointmentAt`), not the date the event was recorded; an event
 *   without one is judged by its own date and the entry's `problem` says the date is missing.
 *
 * Level history (002 3.6; 003 "a case may be re-categorised"): `c.level` is the level at receipt
 * and each `{ type: 'case-reclassified', at, level, reason }` event (on or before today) changes it
 * (see `caseLevelHistory`). For the rule types whose target depends on the level (`first-contact`,
 * `working-days-after-receipt`, `months-after-receipt`) a deadline is judged against the level in
 * force when it fell due: at each change it stays as it was if it was already completed or already
 * fell due, or if the new level sets the same target; otherwise the new level's target is counted
 * from the change (a personal interview that only high-level cases have, a shorter first contact),
 * or the deadline goes when the new level has none. Such entries of a reclassified case carry
 * `level` and `countedFrom`. Other rules, and `levels` on them, follow the level in force today.
 *
 * Rules are also skipped when the case carries one of their `unlessFlags` (an `'anonymous'`
 * report has no first-contact deadline that could never be met).
 *
 * Closing a case leaves the other deadlines as they are: one not met stays pending or overdue
 * (it was missed). A recorded reason is carried as `missedReason` when the deadline is
 * `'met-late'` or `'overdue'` (or has `missed` entries); entries for deadlines the case does not
 * have are ignored. A reason is recorded either in `c.missedReasons[deadlineId]` (as the
 * extension stores it) or by an event `{ type: 'explanation-recorded', at, deadline, reason }`;
 * an event replaces an earlier reason for the same deadline. Every entry has `explanationOwed`:
 * true while its rule has `explanationRequired` (003 Reporting ASB: "An explanation will be
 * recorded"), it was met late or is overdue, and no reason has been recorded.
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
 * //     workingDaysLeft: 1, basis: '002 Co-op Homes procedure, 2.3 and Service Standards', kind: 'deadline',
 * //     explanationOwed: false }
 *
 * // Plus Dane Level 3 raised to Level 1 on working day 4, after contact that day: still met.
 * caseDeadlines(
 *   { reference: 'PD-1', receivedAt: '2026-12-18', level: 'low', events: [
 *     { type: 'complainant-contacted', at: '2026-12-24T10:00:00Z' },
 *     { type: 'case-reclassified', at: '2026-12-24T15:00:00Z', level: 'high', reason: 'Threats of violence' }] },
 *   plusDane,
 *   { today: '2027-01-04' },
 * )[0]
 * //=> { id: 'first-contact', due: '2026-12-29', status: 'met', metAt: '2026-12-24', level: 'low',
 * //     countedFrom: '2026-12-18', explanationOwed: false, ... }
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
    if (!flagsApply(rule, facts)) continue;
    let entry: CaseDeadline | null;
    if (rule.type === 'first-contact' || rule.type === 'working-days-after-receipt' || rule.type === 'months-after-receipt') {
      entry = levelDeadline(rule, facts, policy, index);
    } else {
      if (!levelApplies(rule, facts.level)) continue;
      entry = deadlineFor(rule, facts, policy, closed);
    }
    if (entry) entries.push(owing(entry, rule, facts));
  }
  return entries;
}

/**
 * What a level asks of a rule whose target depends on the level, in the rule type's unit (working
 * days, or months for `months-after-receipt`): a number, `null` for no fixed date, `undefined` for
 * no deadline at that level. Plain values, so two targets compare with `===`.
 */
type Target = number | null | undefined;

type LevelRule = Extract<IndexedDeadline, { type: 'first-contact' | 'working-days-after-receipt' | 'months-after-receipt' }>;

/** The target a level sets for a rule. */
function targetAt(indexed: LevelRule, level: RiskLevel, index: DeadlinePolicyIndex): Target {
  if (indexed.levels && !indexed.levels.includes(level)) return undefined;
  switch (indexed.type) {
    case 'first-contact': {
      const def = index.levels.get(level);
      if (!def) throw new Error(`levels: the policy has no level "${level}"`);
      return def.firstContact.workingDays;
    }
    case 'working-days-after-receipt': {
      const { workingDays } = indexed.rule;
      const n = typeof workingDays === 'number' ? workingDays : workingDays[level];
      return n === null ? undefined : n;
    }
    case 'months-after-receipt':
      return indexed.rule.months[level];
    default:
      return indexed satisfies never;
  }
}

/** The due day of a target counted from a day (null: no date). */
function dueDayOf(indexed: LevelRule, target: Target, fromDay: number, from: IsoDate, region: Policy['region']): number | null {
  if (target === null || target === undefined) return null;
  return indexed.type === 'months-after-receipt' ? addCalendarMonthsToDayNumber(fromDay, target, from) : addWorkingDayNumber(fromDay, target, region);
}

/**
 * A deadline whose target depends on the case's level, judged through the case's level history:
 * the target of the level at receipt, counted from receipt; at each reclassification (on or before
 * today) the deadline stays as it was if it was already completed or already fell due (it is
 * judged against the level in force then), or if the new level sets the same target; otherwise
 * the new level's target (or none) counts from the reclassification.
 */
function levelDeadline(indexed: LevelRule, facts: CaseFacts, policy: Policy, index: DeadlinePolicyIndex): CaseDeadline | null {
  const region = policy.region;
  const history = facts.levelHistory;
  // The first completing event on or after receipt; with `dateFrom: 'appointmentAt'` it is judged
  // by the appointment's date (an event without one by its own date, with a problem saying so).
  const recorded = firstCompletion(facts, indexed.completedBy);
  const completion = recorded && indexed.byAppointment ? judgedByAppointment(recorded) : recorded;
  const problem = recorded && indexed.byAppointment && !recorded.appointment ? appointmentDateMissing(indexed) : undefined;
  let level = history[0]!.level;
  let target = targetAt(indexed, level, index);
  let fromDay = facts.receiptDay;
  let from = facts.receipt;
  for (let i = 1; i < history.length; i++) {
    const change = history[i]!;
    if (change.fromDay > facts.todayDay) break;
    if (recorded && recorded.day <= change.fromDay) break;
    const dueDay = dueDayOf(indexed, target, fromDay, from, region);
    if (dueDay !== null && dueDay < change.fromDay) break;
    const next = targetAt(indexed, change.level, index);
    level = change.level;
    if (next === target) continue;
    target = next;
    fromDay = change.fromDay;
    from = change.from;
  }
  if (target === undefined) return null;
  const base = target === null ? { ...indexed.base, label: indexed.base.label + NO_TIMESCALE } : indexed.base;
  const entry = settle(base, dueDayOf(indexed, target, fromDay, from, region), completion, facts, region);
  if (problem) entry.problem = problem;
  if (history.length > 1) {
    entry.level = level;
    entry.countedFrom = from;
  }
  return entry;
}

/**
 * The appointment's date as the completing event, for a rule with `dateFrom: 'appointmentAt'`
 * (the event itself when it records none: `levelDeadline` then says the date is missing).
 */
function judgedByAppointment(event: DatedEvent): DatedEvent {
  return event.appointment ? { type: event.type, date: event.appointment.date, day: event.appointment.day, index: event.index } : event;
}

/** Why an appointment-dated rule fell back to the date the event was recorded. */
function appointmentDateMissing(indexed: IndexedDeadline): string {
  return `"${words(indexed.completedBy)}" was recorded without the appointment\u2019s date, so this is judged by the date it was recorded. Record the appointment\u2019s date to check the target.`;
}

/** Sets `explanationOwed` from the rule and the reasons recorded. */
function owing(entry: CaseDeadline, indexed: IndexedDeadline, facts: CaseFacts): CaseDeadline {
  // Every entry is made with explanationOwed: false; most policies and cases need nothing more.
  const required = indexed.explanationRequired;
  if (!required && facts.missedReasons.size === 0) return entry;
  const missed = entry.status === 'met-late' || entry.status === 'overdue' || (entry.missed !== undefined && entry.missed.length > 0);
  const reason = facts.missedReasons.get(entry.id);
  if (reason !== undefined && missed && entry.missedReason === undefined) entry.missedReason = reason;
  entry.explanationOwed = required && missed && reason === undefined;
  return entry;
}

function deadlineFor(
  indexed: Exclude<IndexedDeadline, LevelRule>,
  facts: CaseFacts,
  policy: Policy,
  closed: boolean,
): CaseDeadline | null {
  const region = policy.region;
  const { receipt, receiptDay, todayDay } = facts;
  const { base, completedBy } = indexed;

  switch (indexed.type) {
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
        explanationOwed: false,
      };
      if (last) entry.metAt = last.date;
      return withReason(entry, facts);
    }
    case 'working-days-after-event': {
      const { rule } = indexed;
      if (rule.each) return eachTrigger(indexed, facts, region);
      const trigger = rule.from === 'earliest' ? earliestTrigger(rule.after, facts) : latestTrigger(rule.after, facts);
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
        const entry: CaseDeadline = { ...base, due, status: 'met', metAt: event.date, workingDaysLeft: null, kind: 'wait', explanationOwed: false };
        if (event.day < dueDay) entry.problem = waitCutShort(rule, event.date, due);
        return entry;
      }
      if (todayDay > dueDay) return { ...base, due, status: 'met', workingDaysLeft: null, kind: 'wait', explanationOwed: false };
      return { ...base, due, status: 'pending', workingDaysLeft: countWorkingDays(todayDay, dueDay, region), kind: 'wait', explanationOwed: false };
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
    entry = { ...base, due, status: late ? 'met-late' : 'met', metAt: event.date, workingDaysLeft: null, kind, explanationOwed: false };
    if (late && dueDay !== null) entry.workingDaysLate = countWorkingDays(dueDay, event.day, region);
  } else if (dueDay === null) {
    entry = { ...base, due, status: 'pending', workingDaysLeft: null, kind, explanationOwed: false };
  } else {
    const status = facts.todayDay > dueDay ? 'overdue' : 'pending';
    entry = { ...base, due, status, workingDaysLeft: countWorkingDays(facts.todayDay, dueDay, region), kind, explanationOwed: false };
  }
  return withReason(entry, facts);
}

function withReason(entry: CaseDeadline, facts: CaseFacts): CaseDeadline {
  if (facts.missedReasons.size === 0) return entry;
  const reason = facts.missedReasons.get(entry.id);
  if (reason !== undefined && (entry.status === 'met-late' || entry.status === 'overdue')) entry.missedReason = reason;
  return entry;
}

/**
 * A rule checked after each of its triggers (`each`): every trigger must be followed by a
 * completing event within n working days. The entry is the most urgent: the earliest trigger still
 * waiting (pending or overdue); else met late if any follow-up was late (the latest such); else
 * met (the latest trigger). Every late or overdue one is listed in `missed`.
 */
function eachTrigger(
  indexed: Extract<IndexedDeadline, { type: 'working-days-after-event' }>,
  facts: CaseFacts,
  region: Policy['region'],
): CaseDeadline | null {
  const { rule } = indexed;
  const n = rule.workingDays;
  const missed: NonNullable<CaseDeadline['missed']> = [];
  let waiting: { dueDay: number } | undefined;
  let late: { dueDay: number; event: DatedEvent } | undefined;
  let last: { trigger: DatedEvent; event: DatedEvent } | undefined;
  for (const trigger of facts.events) {
    if (!indexed.after.has(trigger.type)) continue;
    const done = completionAfter(indexed.completedBy, trigger, facts);
    // n working days after a day are at least n calendar days after it: a follow-up within n
    // calendar days is on time without counting working days (the common case, and much cheaper).
    if (done && done.day - trigger.day <= n) {
      last = { trigger, event: done };
      continue;
    }
    const dueDay = addWorkingDayNumber(trigger.day, n, region);
    if (!done) {
      waiting ??= { dueDay };
      if (facts.todayDay > dueDay) missed.push({ after: trigger.type, at: trigger.date, due: fromDayNumber(dueDay), metAt: null });
      continue;
    }
    last = { trigger, event: done };
    if (done.day > dueDay) {
      late = { dueDay, event: done };
      missed.push({ after: trigger.type, at: trigger.date, due: fromDayNumber(dueDay), metAt: done.date });
    }
  }
  let entry: CaseDeadline;
  if (waiting) entry = settle(indexed.base, waiting.dueDay, undefined, facts, region);
  else if (late) entry = settle(indexed.base, late.dueDay, late.event, facts, region);
  else if (last) entry = settle(indexed.base, addWorkingDayNumber(last.trigger.day, n, region), last.event, facts, region);
  else return null;
  if (missed.length > 0) entry.missed = missed;
  return entry;
}

/** The first event of this type on or after receipt (earlier ones were dropped when the case was read). */
function firstCompletion(facts: CaseFacts, type: string): DatedEvent | undefined {
  return firstEventOfType(facts.events, type);
}

/** The first event of one of these types (same day: the one given first). */
function earliestTrigger(types: readonly string[], facts: CaseFacts): DatedEvent | undefined {
  return facts.events.find((e) => types.includes(e.type));
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
  const { events } = facts;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e !== trigger && e.type === type && e.day >= trigger.day) return e;
  }
  return undefined;
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
