/**
 * Dates and date-times to their Europe/London calendar date, with the UK summer-time rule coded
 * here (not read from the runtime's time-zone data, which varies between browsers and Node builds).
 */
import type { IsoDate, IsoDateTime } from '../types.ts';
import {
  dayNumberFromParts,
  describeValue,
  fromDayNumber,
  partsFromDayNumber,
  readDatePart,
  requireString,
  weekdayOfDayNumber,
} from './iso-date.ts';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const EXPECTED = 'a date (YYYY-MM-DD) or an ISO 8601 date-time';

/** Character codes the time part is read with. */
const CHAR = { T: 84, t: 116, space: 32, colon: 58, dot: 46, comma: 44, Z: 90, z: 122, plus: 43, minus: 45, zero: 48 } as const;

/** A date-time's time part, read by {@link readTimePart}. */
interface TimePart {
  /** Minutes after midnight of the time as written. */
  localMinutes: number;
  /** Seconds and milliseconds, in milliseconds. */
  secondsMs: number;
  /** The offset from UTC in minutes (`Z`: 0); null when none is written (London local time). */
  offsetMinutes: number | null;
  /**
   * Written as ISO 8601's extended format has it: `T`, a fraction (if any) after `.` with at most
   * 9 digits, and `Z` or `±HH:MM` of at most 14 hours (if any).
   */
  strict: boolean;
}

/** Whether a character code is a digit 0-9 (false for NaN, past the end of a string). */
const isDigit = (code: number): boolean => code >= CHAR.zero && code <= CHAR.zero + 9;

/** The number written by the two digits at `index` when it is at most `max`, else -1. */
function twoDigitsAt(value: string, index: number, max: number): number {
  const tens = value.charCodeAt(index);
  const ones = value.charCodeAt(index + 1);
  if (!isDigit(tens) || !isDigit(ones)) return -1;
  const n = (tens - CHAR.zero) * 10 + (ones - CHAR.zero);
  return n <= max ? n : -1;
}

/**
 * Reads what follows the date (from index 10): `T` (or `t`, or a space), `HH:MM`, optionally
 * `:SS` with an optional fraction after `.` or `,`, and optionally `Z` (or `z`) or an offset
 * `±HH`, `±HHMM` or `±HH:MM`, then nothing more. Null when the text is not of that form.
 * Written by hand, as `readDatePart` is, because the engines read many date-times per case.
 */
function readTimePart(value: string): TimePart | null {
  const separator = value.charCodeAt(10);
  if (separator !== CHAR.T && separator !== CHAR.t && separator !== CHAR.space) return null;
  const hours = twoDigitsAt(value, 11, 23);
  const minutes = twoDigitsAt(value, 14, 59);
  if (hours < 0 || value.charCodeAt(13) !== CHAR.colon || minutes < 0) return null;
  let i = 16;
  let strict = separator === CHAR.T;

  let secondsMs = 0;
  if (value.charCodeAt(i) === CHAR.colon) {
    const seconds = twoDigitsAt(value, i + 1, 59);
    if (seconds < 0) return null;
    secondsMs = seconds * 1000;
    i += 3;
    const mark = value.charCodeAt(i);
    if (mark === CHAR.dot || mark === CHAR.comma) {
      const start = ++i;
      while (isDigit(value.charCodeAt(i))) i++;
      if (i === start) return null;
      strict &&= mark === CHAR.dot && i - start <= 9;
      // Milliseconds: the first three digits of the fraction; the rest are dropped.
      for (let k = 0, unit = 100; k < 3 && start + k < i; k++, unit /= 10) {
        secondsMs += (value.charCodeAt(start + k) - CHAR.zero) * unit;
      }
    }
  }

  let offsetMinutes: number | null = null;
  const sign = value.charCodeAt(i);
  if (sign === CHAR.Z || sign === CHAR.z) {
    strict &&= sign === CHAR.Z;
    offsetMinutes = 0;
    i++;
  } else if (sign === CHAR.plus || sign === CHAR.minus) {
    const offsetHours = twoDigitsAt(value, i + 1, 23);
    if (offsetHours < 0) return null;
    i += 3;
    const colon = value.charCodeAt(i) === CHAR.colon ? 1 : 0;
    const offsetMins = twoDigitsAt(value, i + colon, 59);
    if (offsetMins >= 0) i += colon + 2;
    strict &&= colon === 1 && offsetMins >= 0 && offsetHours <= 14;
    offsetMinutes = (sign === CHAR.minus ? -1 : 1) * (offsetHours * 60 + Math.max(offsetMins, 0));
  }
  return i === value.length ? { localMinutes: hours * 60 + minutes, secondsMs, offsetMinutes, strict } : null;
}

/**
 * Whether `value` is a real date (`'2026-08-29'`, year 0001 or later) or an ISO 8601 date-time in
 * its strict form (`'2026-08-29T11:00'`, `'2026-08-29T11:00:00.5+01:00'`, `'2026-12-18T16:05:00Z'`):
 * a real date, hours to 23, minutes and seconds to 59, at most 9 fraction digits, offsets to
 * ±14:59. Read by hand, not by regex, because triage checks one per case.
 * @internal
 * @example
 * isStrictIsoDateOrDateTime('2026-12-18T16:05:00Z') //=> true
 * isStrictIsoDateOrDateTime('2026-12-18 16:05') //=> false (London reads it; ISO 8601 wants the T)
 */
export function isStrictIsoDateOrDateTime(value: string): boolean {
  if (value.startsWith('0000') || !isDatePart(value)) return false;
  return value.length === 10 || readTimePart(value)?.strict === true;
}

/** Whether `value` starts with a real `'YYYY-MM-DD'` date. */
function isDatePart(value: string): boolean {
  try {
    readDatePart(value, 'date');
    return true;
  } catch {
    return false;
  }
}

/** Day number of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const lastDay = (month === 12 ? dayNumberFromParts(year + 1, 1, 1) : dayNumberFromParts(year, month + 1, 1)) - 1;
  return lastDay - weekdayOfDayNumber(lastDay);
}

/** [start, end) of British Summer Time in `year`, as UTC milliseconds; cached per year. */
const bstCache = new Map<number, readonly [number, number]>();
function bstBounds(year: number): readonly [number, number] {
  let bounds = bstCache.get(year);
  if (bounds === undefined) {
    bounds = [lastSunday(year, 3) * MS_PER_DAY + MS_PER_HOUR, lastSunday(year, 10) * MS_PER_DAY + MS_PER_HOUR];
    bstCache.set(year, bounds);
  }
  return bounds;
}

/**
 * The offset of Europe/London from UTC at an instant, in minutes: 60 during British Summer Time
 * (01:00 UTC on the last Sunday of March until 01:00 UTC on the last Sunday of October), else 0.
 * The current rule is applied to every year (it has held since 1996; earlier years differed by a
 * few days in some years).
 * @example
 * londonOffsetMinutes(Date.UTC(2027, 5, 13, 23, 30)) //=> 60
 * londonOffsetMinutes(Date.UTC(2026, 11, 18, 16, 5)) //=> 0
 */
export function londonOffsetMinutes(instantMs: number): number {
  if (!Number.isFinite(instantMs)) throw new Error(`instantMs: expected a finite number, got ${describeValue(instantMs)}`);
  const { year } = partsFromDayNumber(Math.floor(instantMs / MS_PER_DAY));
  const [start, end] = bstBounds(year);
  return instantMs >= start && instantMs < end ? 60 : 0;
}

/**
 * A date or date-time read as London local time: its day number, and minutes after midnight
 * (-1 for a bare date).
 * @internal
 */
export function londonParts(value: unknown, field: string): { dayNumber: number; minutes: number } {
  requireString(value, field, EXPECTED);
  const dateDay = readDatePart(value, field, EXPECTED);
  if (value.length === 10) return { dayNumber: dateDay, minutes: -1 };
  const time = readTimePart(value);
  if (time === null) throw new Error(`${field}: ${describeValue(value)} is not ${EXPECTED}`);
  const { localMinutes, secondsMs, offsetMinutes } = time;
  if (offsetMinutes === null) {
    // No offset: already Europe/London local time.
    return { dayNumber: dateDay, minutes: localMinutes };
  }
  const instant = dateDay * MS_PER_DAY + (localMinutes - offsetMinutes) * MS_PER_MINUTE + secondsMs;
  const london = instant + londonOffsetMinutes(instant) * MS_PER_MINUTE;
  const dayNumber = Math.floor(london / MS_PER_DAY);
  return { dayNumber, minutes: Math.floor((london - dayNumber * MS_PER_DAY) / MS_PER_MINUTE) };
}

/**
 * The day number (days since 1970-01-01) of the London date of a date or date-time: the fast
 * path used by the working-day functions.
 * @internal
 */
export function londonDayNumber(value: unknown, field: string): number {
  if (typeof value === 'string' && value.length === 10) return readDatePart(value, field, EXPECTED);
  return londonParts(value, field).dayNumber;
}

/**
 * The Europe/London calendar date of a date or date-time. A bare date is validated and returned;
 * a date-time without an offset is London local time (its date part); one with `Z` or `±hh:mm`
 * is converted to the London date of that instant. Throws an `Error` naming `field` otherwise.
 * @example
 * toLondonDate('2026-12-18') //=> '2026-12-18'
 * toLondonDate('2027-06-13T23:30:00Z') //=> '2027-06-14' (00:30 BST)
 * toLondonDate('2026-12-18T23:30:00Z') //=> '2026-12-18' (GMT)
 * toLondonDate('yesterday', 'receivedAt') // throws 'receivedAt: "yesterday" is not a date (YYYY-MM-DD) or an ISO 8601 date-time'
 */
export function toLondonDate(value: IsoDateTime, field = 'date'): IsoDate {
  if (typeof value === 'string' && value.length === 10) {
    readDatePart(value, field, EXPECTED);
    return value;
  }
  return fromDayNumber(londonParts(value, field).dayNumber);
}

/**
 * The Europe/London local date and time (`'HH:MM'`, seconds dropped) of a date-time. A bare date
 * is accepted and gives `time: null`.
 * @example
 * toLondonDateTime('2026-08-29T10:00:00Z') //=> { date: '2026-08-29', time: '11:00' }
 * toLondonDateTime('2026-12-22T10:30') //=> { date: '2026-12-22', time: '10:30' }
 * toLondonDateTime('2026-12-22') //=> { date: '2026-12-22', time: null }
 */
export function toLondonDateTime(value: IsoDateTime, field = 'dateTime'): { date: IsoDate; time: string | null } {
  const { dayNumber, minutes } = londonParts(value, field);
  if (minutes < 0) return { date: fromDayNumber(dayNumber), time: null };
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  return {
    date: fromDayNumber(dayNumber),
    time: `${hours < 10 ? '0' : ''}${hours}:${mins < 10 ? '0' : ''}${mins}`,
  };
}
