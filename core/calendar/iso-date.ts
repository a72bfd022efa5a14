/**
 * Helpers on `'YYYY-MM-DD'` calendar dates.
 *
 * Dates are handled as integer day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar), never as `Date` objects, so no result depends on the machine's time zone.
 */
import type { IsoDate } from '../types.ts';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Two-digit strings `'00'`..`'99'`, so formatting does no padding work. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

/**
 * A value shown in an error message: quoted, and cut short if long.
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/**
 * Whether `year` is a leap year in the Gregorian calendar.
 * @example
 * isLeapYear(2028) //=> true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (`month` 1-12).
 * @example
 * daysInMonth(2027, 2) //=> 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The English name of a month (`month` 1-12).
 * @example
 * monthName(12) //=> 'December'
 */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new Error(`month: ${describeValue(month)} is not a month from 1 to 12`);
  return name;
}

/**
 * The day number (days since 1970-01-01) of a year, month (1-12) and day. Does not validate:
 * call it with a real date.
 * @example
 * dayNumberFromParts(1970, 1, 2) //=> 1
 */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil, in integers.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The year, month (1-12) and day of a day number (days since 1970-01-01).
 * @example
 * partsFromDayNumber(0) //=> { year: 1970, month: 1, day: 1 }
 */
export function partsFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  // Howard Hinnant's civil_from_days, in integers.
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The `'YYYY-MM-DD'` string of a day number (days since 1970-01-01). Throws outside years 0000-9999.
 * @example
 * fromDayNumber(20_805) //=> '2026-12-18'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!(dayNumber >= 0 && dayNumber < FORMAT_CACHE_END)) return formatDayNumber(dayNumber);
  let formatted = formattedDays[dayNumber];
  if (formatted === undefined) {
    formatted = formatDayNumber(dayNumber);
    formattedDays[dayNumber] = formatted;
  }
  return formatted;
}

/** Day number of 2200-01-01: the end of the cached range. */
const FORMAT_CACHE_END = dayNumberFromParts(2200, 1, 1);
/**
 * Dates already written out, indexed by day number, for 1970-2199 (at most about 84,000): deadline
 * engines write the same few thousand dates over and over. An array (holes until first written)
 * is quicker to look up than a Map.
 */
const formattedDays: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(FORMAT_CACHE_END);

function formatDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  if (year < 0 || year > 9999) throw new Error(`date: year ${year} cannot be written as YYYY-MM-DD`);
  return `${TWO_DIGITS[Math.floor(year / 100)]}${TWO_DIGITS[year % 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/**
 * The day of the week of a day number: 0 = Sunday .. 6 = Saturday.
 * @example
 * weekdayOfDayNumber(0) //=> 4 (Thursday 1 January 1970)
 */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Digit value of the character at `index`, or -1. */
function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * Reads the `'YYYY-MM-DD'` at the start of `value` (characters 0-9) into a day number, or throws
 * naming `field`. The caller checks what follows.
 * @internal
 */
export function readDatePart(value: string, field: string, expected = 'a date in the form YYYY-MM-DD'): number {
  const y1 = digitAt(value, 0);
  const y2 = digitAt(value, 1);
  const y3 = digitAt(value, 2);
  const y4 = digitAt(value, 3);
  const m1 = digitAt(value, 5);
  const m2 = digitAt(value, 6);
  const d1 = digitAt(value, 8);
  const d2 = digitAt(value, 9);
  if (
    (y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0 ||
    value.charCodeAt(4) !== 45 || // '-'
    value.charCodeAt(7) !== 45
  ) {
    throw new Error(`${field}: ${describeValue(value)} is not ${expected}`);
  }
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12) {
    throw new Error(`${field}: ${describeValue(value)} is not a real date (there is no month ${month})`);
  }
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    throw new Error(
      `${field}: ${describeValue(value)} is not a real date (${monthName(month)} ${year} has ${lastDay} days)`,
    );
  }
  return dayNumberFromParts(year, month, day);
}

/**
 * Throws naming `field` unless `value` is a non-empty string.
 * @internal
 */
export function requireString(value: unknown, field: string, what: string): asserts value is string {
  if (value === undefined || value === null || value === '') throw new Error(`${field}: required`);
  if (typeof value !== 'string') throw new Error(`${field}: expected ${what}, got ${describeValue(value)}`);
}

/**
 * The day number (days since 1970-01-01) of a `'YYYY-MM-DD'` date, validating it.
 * @example
 * toDayNumber('1970-01-11', 'date') //=> 10
 */
export function toDayNumber(value: unknown, field: string): number {
  requireString(value, field, "a date 'YYYY-MM-DD'");
  if (value.length !== 10) throw new Error(`${field}: ${describeValue(value)} is not a date in the form YYYY-MM-DD`);
  return readDatePart(value, field);
}

/**
 * Validates a `'YYYY-MM-DD'` date (a real calendar date) and returns it; otherwise throws an
 * `Error` whose message starts with `field`.
 * @example
 * parseIsoDate('2026-12-18', 'today') //=> '2026-12-18'
 * parseIsoDate('2026-02-30', 'today') // throws 'today: "2026-02-30" is not a real date (February 2026 has 28 days)'
 */
export function parseIsoDate(value: unknown, field: string): IsoDate {
  toDayNumber(value, field);
  return value as IsoDate;
}

/**
 * The day of the week of a date: 0 = Sunday, 1 = Monday .. 6 = Saturday.
 * @example
 * dayOfWeek('2026-12-18') //=> 5 (Friday)
 */
export function dayOfWeek(date: IsoDate, field = 'date'): number {
  return weekdayOfDayNumber(toDayNumber(date, field));
}

/**
 * The date `days` calendar days after `date` (before it when negative).
 * @example
 * addCalendarDays('2026-12-31', 1) //=> '2027-01-01'
 */
export function addCalendarDays(date: IsoDate, days: number, field = 'date'): IsoDate {
  if (!Number.isInteger(days)) throw new Error(`days: expected an integer, got ${describeValue(days)}`);
  return fromDayNumber(toDayNumber(date, field) + days);
}

/**
 * Compares two dates: negative when `a` is earlier, 0 when equal, positive when later (a sort
 * comparator). Both are validated.
 * @example
 * compareIsoDates('2026-12-18', '2027-01-04') //=> -1
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(a, 'a') - toDayNumber(b, 'b'));
}
