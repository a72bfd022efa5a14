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
/** What may follow the date: `T` (or a space), `HH:MM`, optional `:SS` and fraction, optional offset. */
const TIME_PART =
  /^[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?(?:([Zz])|([+-])([01]\d|2[0-3])(?::?([0-5]\d))?)?$/;

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
  const m = TIME_PART.exec(value.slice(10));
  if (m === null) throw new Error(`${field}: ${describeValue(value)} is not ${EXPECTED}`);
  const localMinutes = Number(m[1]) * 60 + Number(m[2]);
  if (m[5] === undefined && m[6] === undefined) {
    // No offset: already Europe/London local time.
    return { dayNumber: dateDay, minutes: localMinutes };
  }
  const offsetMinutes = m[6] === undefined ? 0 : (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8] ?? '0'));
  const secondsMs = Number(m[3] ?? '0') * 1000 + Number((m[4] ?? '').slice(0, 3).padEnd(3, '0'));
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
