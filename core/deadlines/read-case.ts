import { fromDayNumber } from '../calendar/iso-date.ts';
import { londonDayNumber } from '../calendar/to-london-date.ts';
import { RISK_LEVELS } from '../types.ts';
import type { IsoDate, IsoDateTime, RiskLevel } from '../types.ts';

/**
 * Something recorded on a case: `{ type: 'complainant-contacted', at: '2026-12-29T10:00:00Z' }`.
 *
 * Three types carry more:
 * - `{ type: 'case-reclassified', at, level, reason }`: the case's level changed (002 3.6; 003
 *   "a case may be re-categorised"); `level` and a non-empty `reason` are required.
 * - `{ type: 'explanation-recorded', at, deadline, reason }`: why a deadline was met late or
 *   missed (003 Reporting ASB: "An explanation will be recorded"); `deadline` is its id.
 * - any event may carry `appointmentAt`, the date-time of the appointment or interview it arranges
 *   (`appointment-offered`), read by deadline rules with `dateFrom: 'appointmentAt'`.
 */
export interface CaseEvent {
  /** Lower-case event type, as the policy's rules name it (`'case-reviewed'`). */
  type: string;
  /** When it happened: a date-time or a date. */
  at: IsoDateTime;
  note?: string;
  /** `case-reclassified`: the new level. */
  level?: RiskLevel;
  /** `case-reclassified`, `explanation-recorded`: why, in the officer's words. */
  reason?: string;
  /** `explanation-recorded`: the id of the deadline explained. */
  deadline?: string;
  /** The date-time of the appointment this event arranges (`appointment-offered`). */
  appointmentAt?: IsoDateTime;
}

/**
 * The event type that changes a case's level: `{ type: CASE_RECLASSIFIED, at, level, reason }`.
 * @example
 * { type: CASE_RECLASSIFIED, at: '2026-12-24T15:00:00Z', level: 'high', reason: 'Threats of violence' }
 * CASE_RECLASSIFIED //=> 'case-reclassified'
 */
export const CASE_RECLASSIFIED = 'case-reclassified';
/**
 * The event type that records why a deadline was met late or missed:
 * `{ type: EXPLANATION_RECORDED, at, deadline, reason }`.
 * @example
 * { type: EXPLANATION_RECORDED, at: '2026-12-22', deadline: 'first-contact', reason: 'Reporter away' }
 * EXPLANATION_RECORDED //=> 'explanation-recorded'
 */
export const EXPLANATION_RECORDED = 'explanation-recorded';

/** One period of a case's level: from receipt, or from a reclassification. */
export interface LevelPeriod {
  level: RiskLevel;
  /** London date the level took effect (the receipt date for the first). */
  from: IsoDate;
  /** `from` as a day number. */
  fromDay: number;
  /** The reclassification's own date-time as recorded; null for the level at receipt. */
  at: IsoDateTime | null;
  /** Why the level changed; null for the level at receipt. */
  reason: string | null;
}

/** What the deadline and checklist engines need to know about a case. */
export interface CaseInput {
  reference: string;
  /** When the report was received: a date-time or a date. */
  receivedAt: IsoDateTime;
  level: RiskLevel;
  events?: CaseEvent[];
  /** Flags from triage: `'hate-incident'`, `'vulnerable-reporter'`, ... */
  flags?: string[];
  /** Deadline id → the explanation recorded for missing it (003: "An explanation will be recorded"). */
  missedReasons?: Record<string, string>;
}

/** An event reduced to its Europe/London calendar date. */
export interface DatedEvent {
  type: string;
  date: IsoDate;
  /** The same date as a day number (days since 1970-01-01), for date arithmetic. */
  day: number;
  /** Position in the caller's list, so events on the same day keep the order they were given in. */
  index: number;
  /** London date of the appointment the event arranges (`appointmentAt`), when it gives one. */
  appointment?: { date: IsoDate; day: number };
}

/** A case checked and reduced to London dates: what the engines compute from. */
export interface CaseFacts {
  reference: string;
  /** London date of receipt. */
  receipt: IsoDate;
  /** The receipt date as a day number (days since 1970-01-01). */
  receiptDay: number;
  /** The level in force today: the level at receipt, or the latest reclassification on or before today. */
  level: RiskLevel;
  /** The level at receipt, then each reclassification on or after the receipt date, oldest first. */
  levelHistory: readonly LevelPeriod[];
  /**
   * Events on or after the receipt date, oldest first (same-day events in the order given).
   * Events dated before receipt are dropped: they belong to something earlier or are mistyped.
   */
  events: DatedEvent[];
  flags: ReadonlySet<string>;
  /**
   * Only the non-empty explanations: `missedReasons`, then `explanation-recorded` events in the
   * order given (an event for the same deadline replaces an earlier explanation).
   */
  missedReasons: ReadonlyMap<string, string>;
  /** London date of "today". */
  today: IsoDate;
  /** "Today" as a day number (days since 1970-01-01). */
  todayDay: number;
}

/** Throws naming `field` unless `value` is a non-empty string (an empty one counts as missing). */
function requireText(value: unknown, field: string, what: string): asserts value is string {
  if (value === undefined || value === null || (typeof value === 'string' && isBlank(value))) {
    throw new Error(`${field}: is required`);
  }
  if (typeof value !== 'string') throw new Error(`${field}: must be ${what}, not ${Array.isArray(value) ? 'a list' : typeof value}`);
}

/**
 * Whether a string is empty or only white space. A string starting with a visible ASCII character
 * is neither, and most are, so `trim` (which copies the string) runs only for the rest.
 */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && value.trim() === '';
}

/** The London date string of a value already read as `day`: a bare date is its own London date. */
function londonDate(value: string, day: number): IsoDate {
  return value.length === 10 ? value : fromDayNumber(day);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a case and today's date and converts every date-time to its Europe/London date.
 * Throws an `Error` naming the offending field (`events[1].at: ...`); an empty string counts as
 * missing. Shared by `caseDeadlines` and `caseChecklist`, so both read a case the same way.
 *
 * @example
 * readCase({ reference: 'ASB-1', receivedAt: '2027-06-13T23:30:00Z', level: 'low' }, '2027-06-14').receipt
 * //=> '2027-06-14'
 */
export function readCase(c: CaseInput, today: IsoDateTime): CaseFacts {
  if (!isRecord(c)) throw new Error('case: must be an object');
  requireText(c.reference, 'reference', 'text');
  requireText(c.receivedAt, 'receivedAt', 'a date or date-time');
  const receiptDay = londonDayNumber(c.receivedAt, 'receivedAt');
  const receipt = londonDate(c.receivedAt, receiptDay);
  requireText(c.level, 'level', 'a risk level');
  if (!(RISK_LEVELS as readonly string[]).includes(c.level)) {
    throw new Error(`level: unknown level "${c.level}" (expected one of ${RISK_LEVELS.join(', ')})`);
  }
  requireText(today, 'today', 'a date or date-time');
  const todayDay = londonDayNumber(today, 'today');
  const todayDate = londonDate(today, todayDay);

  const changes: LevelPeriod[] = [];
  const explanations: [string, string][] = [];
  const events = c.events === undefined ? [] : readEvents(c.events, receiptDay, changes, explanations);

  if (c.flags !== undefined && !Array.isArray(c.flags)) throw new Error('flags: must be a list');
  (c.flags ?? []).forEach((flag: unknown, i) => {
    requireText(flag, `flags[${i}]`, 'text');
  });

  let missedReasons: ReadonlyMap<string, string> = NO_MISSED_REASONS;
  if (c.missedReasons !== undefined) {
    if (!isRecord(c.missedReasons)) throw new Error('missedReasons: must be an object of deadline id to explanation');
    missedReasons = readMissedReasons(c.missedReasons);
  }
  if (explanations.length > 0) {
    const merged = new Map(missedReasons);
    for (const [id, reason] of explanations) merged.set(id, reason);
    missedReasons = merged;
  }

  const atReceipt: LevelPeriod = { level: c.level, from: receipt, fromDay: receiptDay, at: null, reason: null };
  const levelHistory = changes.length === 0 ? [atReceipt] : [atReceipt, ...changes.sort((a, b) => a.fromDay - b.fromDay)];
  let level: RiskLevel = c.level;
  for (const period of levelHistory) if (period.fromDay <= todayDay) level = period.level;

  return {
    reference: c.reference,
    receipt,
    receiptDay,
    level,
    levelHistory,
    events,
    flags: c.flags === undefined || c.flags.length === 0 ? NO_FLAGS : new Set(c.flags),
    missedReasons,
    today: todayDate,
    todayDay,
  };
}

/** Shared by every case that has no flags or no explanations: read only, like all of `CaseFacts`. */
const NO_FLAGS: ReadonlySet<string> = new Set();
const NO_MISSED_REASONS: ReadonlyMap<string, string> = new Map();

/**
 * The events checked and reduced to London dates, oldest first (same-day events in the order
 * given), without those dated before receipt.
 */
function readEvents(
  list: unknown,
  receiptDay: number,
  changes: LevelPeriod[],
  explanations: [string, string][],
): DatedEvent[] {
  if (!Array.isArray(list)) throw new Error('events: must be a list');
  const events: DatedEvent[] = [];
  list.forEach((event: unknown, index) => {
    const field = eventField(index);
    if (!isRecord(event)) throw new Error(`${field.self}: must be an object with type and at`);
    const { type, at, note } = event;
    requireText(type, field.type, 'text');
    requireText(at, field.at, 'a date or date-time');
    if (note !== undefined && typeof note !== 'string') throw new Error(`${field.self}.note: must be text`);
    const day = londonDayNumber(at, field.at);
    const dated: DatedEvent = { type, date: londonDate(at, day), day, index };
    if (event.appointmentAt !== undefined) {
      const appointmentAt = event.appointmentAt;
      requireText(appointmentAt, `${field.self}.appointmentAt`, 'a date or date-time');
      const appointmentDay = londonDayNumber(appointmentAt, `${field.self}.appointmentAt`);
      if (appointmentDay < receiptDay) {
        throw new Error(`${field.self}.appointmentAt: the appointment (${londonDate(appointmentAt, appointmentDay)}) is before the report was received (${fromDayNumber(receiptDay)})`);
      }
      dated.appointment = { date: londonDate(appointmentAt, appointmentDay), day: appointmentDay };
    }
    if (type === CASE_RECLASSIFIED) {
      const { level, reason } = event;
      requireText(level, `${field.self}.level`, 'a risk level');
      if (!(RISK_LEVELS as readonly string[]).includes(level)) {
        throw new Error(`${field.self}.level: unknown level "${level}" (expected one of ${RISK_LEVELS.join(', ')})`);
      }
      requireText(reason, `${field.self}.reason`, 'text');
      if (day >= receiptDay) changes.push({ level: level as RiskLevel, from: dated.date, fromDay: day, at, reason: reason.trim() });
    } else if (type === EXPLANATION_RECORDED) {
      const { deadline, reason } = event;
      requireText(deadline, `${field.self}.deadline`, 'a deadline id');
      requireText(reason, `${field.self}.reason`, 'text');
      explanations.push([deadline, reason.trim()]);
    }
    if (day >= receiptDay) insertByDay(events, dated);
  });
  return events;
}

/**
 * Inserts an event after every event of the list dated on or before it, so the list stays sorted
 * by date and same-day events keep the order they were given in. Events are usually recorded in
 * order, so this rarely moves any (cheaper, for a case's few events, than sorting at the end).
 */
function insertByDay(events: DatedEvent[], event: DatedEvent): void {
  let i = events.length;
  events.push(event);
  while (i > 0 && events[i - 1]!.day > event.day) {
    events[i] = events[i - 1]!;
    i--;
  }
  events[i] = event;
}

/** The field names of one event, for error messages. */
interface EventField {
  self: string;
  type: string;
  at: string;
}

/** `events[0]`, `events[1]`...: written once each, as every case names the same first few. */
const eventFields: EventField[] = [];

function eventField(index: number): EventField {
  let field = eventFields[index];
  if (field === undefined) {
    const self = `events[${index}]`;
    field = { self, type: `${self}.type`, at: `${self}.at` };
    if (index < 1000) eventFields[index] = field;
  }
  return field;
}

/** The non-empty explanations, trimmed. */
function readMissedReasons(reasons: Record<string, unknown>): ReadonlyMap<string, string> {
  const missedReasons = new Map<string, string>();
  for (const [id, reason] of Object.entries(reasons)) {
    if (typeof reason !== 'string') throw new Error(`missedReasons.${id}: must be text`);
    if (reason.trim() !== '') missedReasons.set(id, reason.trim());
  }
  return missedReasons;
}

/**
 * The first event of a type in a case's events (they are in date order), or undefined. A case has
 * few events, so a search is quick.
 * @internal
 * @example
 * firstEventOfType(readCase(c, today).events, 'complainant-contacted')?.date //=> '2026-12-29'
 */
export function firstEventOfType(events: readonly DatedEvent[], type: string): DatedEvent | undefined {
  for (let i = 0; i < events.length; i++) if (events[i]!.type === type) return events[i];
  return undefined;
}
