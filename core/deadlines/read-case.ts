import { fromDayNumber } from '../calendar/iso-date.ts';
import { londonDayNumber } from '../calendar/to-london-date.ts';
import { RISK_LEVELS } from '../types.ts';
import type { IsoDate, IsoDateTime, RiskLevel } from '../types.ts';

/** Something recorded on a case: `{ type: 'complainant-contacted', at: '2026-12-29T10:00:00Z' }`. */
export interface CaseEvent {
  /** Lower-case event type, as the policy's rules name it (`'case-reviewed'`). */
  type: string;
  /** When it happened: a date-time or a date. */
  at: IsoDateTime;
  note?: string;
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
}

/** A case checked and reduced to London dates: what the engines compute from. */
export interface CaseFacts {
  reference: string;
  /** London date of receipt. */
  receipt: IsoDate;
  /** The receipt date as a day number (days since 1970-01-01). */
  receiptDay: number;
  level: RiskLevel;
  /**
   * Events on or after the receipt date, oldest first (same-day events in the order given).
   * Events dated before receipt are dropped: they belong to something earlier or are mistyped.
   */
  events: DatedEvent[];
  flags: ReadonlySet<string>;
  /** Only the non-empty explanations. */
  missedReasons: ReadonlyMap<string, string>;
  /** London date of "today". */
  today: IsoDate;
  /** "Today" as a day number (days since 1970-01-01). */
  todayDay: number;
}

/** Throws naming `field` unless `value` is a non-empty string (an empty one counts as missing). */
function requireText(value: unknown, field: string, what: string): asserts value is string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new Error(`${field}: is required`);
  }
  if (typeof value !== 'string') throw new Error(`${field}: must be ${what}, not ${Array.isArray(value) ? 'a list' : typeof value}`);
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

  const events: DatedEvent[] = [];
  if (c.events !== undefined) {
    if (!Array.isArray(c.events)) throw new Error('events: must be a list');
    c.events.forEach((event: unknown, index) => {
      const field = `events[${index}]`;
      if (!isRecord(event)) throw new Error(`${field}: must be an object with type and at`);
      requireText(event.type, `${field}.type`, 'text');
      const atField = `${field}.at`;
      requireText(event.at, atField, 'a date or date-time');
      if (event.note !== undefined && typeof event.note !== 'string') throw new Error(`${field}.note: must be text`);
      const day = londonDayNumber(event.at, atField);
      if (day >= receiptDay) events.push({ type: event.type, date: londonDate(event.at, day), day, index });
    });
  }
  events.sort((a, b) => a.day - b.day || a.index - b.index);

  if (c.flags !== undefined && !Array.isArray(c.flags)) throw new Error('flags: must be a list');
  (c.flags ?? []).forEach((flag: unknown, i) => {
    requireText(flag, `flags[${i}]`, 'text');
  });

  const missedReasons = new Map<string, string>();
  if (c.missedReasons !== undefined) {
    if (!isRecord(c.missedReasons)) throw new Error('missedReasons: must be an object of deadline id to explanation');
    for (const [id, reason] of Object.entries(c.missedReasons)) {
      if (typeof reason !== 'string') throw new Error(`missedReasons.${id}: must be text`);
      if (reason.trim() !== '') missedReasons.set(id, reason.trim());
    }
  }

  return {
    reference: c.reference,
    receipt,
    receiptDay,
    level: c.level,
    events,
    flags: new Set(c.flags ?? []),
    missedReasons,
    today: todayDate,
    todayDay,
  };
}
