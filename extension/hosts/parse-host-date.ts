/**
 * Dates as UK housing systems print them, read as Europe/London local time (no time-zone
 * conversion: the page shows London time, and the core reads a date-time without offset as London
 * time).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WORDS = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_24 = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/;
const TIME_12 = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?$/i;

function parseDate(text: string): [number, number, number] | null {
  let m = NUMERIC.exec(text);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  m = ISO.exec(text);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = WORDS.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    const name = m[2]!.toLowerCase();
    // "Dec", "December", "Sept" are months; "Decoy" is not.
    const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    if (month === 0 || !(name.length === 3 || name === 'sept' || name === full[month - 1])) return null;
    return [Number(m[3]), month, Number(m[1])];
  }
  return null;
}

/**
 * A printed time to `'HH:MM'` (24-hour): `'16:05'`, `'4:05pm'`, `'4pm'`, `'12:30 a.m.'`; null
 * when it is not a time.
 *
 * @example
 * parseHostTime('4:05pm') //=> '16:05'
 */
export function parseHostTime(text: string): string | null {
  const t = text.trim();
  let m = TIME_24.exec(t);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    return h <= 23 && min <= 59 ? `${pad(h)}:${pad(min)}` : null;
  }
  m = TIME_12.exec(t);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2] ?? 0);
    if (h < 1 || h > 12 || min > 59) return null;
    const h24 = (h % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0);
    return `${pad(h24)}:${pad(min)}`;
  }
  return null;
}

/**
 * Reads a date as a housing system prints it, with an optional time in the same text or given
 * separately, into a London local date-time `'YYYY-MM-DDTHH:MM'` (or a date `'YYYY-MM-DD'` when
 * there is no time). Accepts `18/12/2026 16:05`, `18/12/2026`, `18 Dec 2026`, `Fri 18 December
 * 2026`, `2026-12-18T16:05`, and times like `4:05pm`. Day first, always (UK). Throws an `Error`
 * naming `field` when the text is not a real date or time.
 *
 * @example
 * parseHostDateTime('18/12/2026 16:05', 'receivedAt')        //=> '2026-12-18T16:05'
 * parseHostDateTime('18 Dec 2026', 'receivedAt', '4:05pm')   //=> '2026-12-18T16:05'
 * parseHostDateTime('31/02/2026', 'receivedAt')
 * //=> throws 'receivedAt: "31/02/2026" is not a real date'
 */
export function parseHostDateTime(text: string, field: string, separateTime?: string): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (whole === '') throw new Error(`${field}: is required`);
  let datePart = whole;
  let timePart = separateTime?.trim() ?? '';
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(whole);
  if (iso) {
    datePart = iso[1]!;
    timePart = timePart || iso[2]!;
  } else {
    // A trailing time in the same text: "18/12/2026 16:05", "18 Dec 2026 4:05pm", "... at 4pm".
    const trailing = /^(.*?)(?:,|\s+at)?\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)$/i.exec(whole);
    if (trailing && parseHostTime(trailing[2]!) !== null && parseDate(trailing[1]!.trim()) !== null) {
      datePart = trailing[1]!.trim();
      timePart = timePart || trailing[2]!;
    }
  }
  const parts = parseDate(datePart);
  if (!parts) throw new Error(`${field}: "${whole}" is not a date like 18/12/2026 or 18 Dec 2026`);
  const [year, month, day] = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) throw new Error(`${field}: "${whole}" is not a real date`);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (timePart === '') return date;
  const time = parseHostTime(timePart);
  if (time === null) throw new Error(`${field}: "${timePart}" is not a time like 16:05 or 4:05pm`);
  return `${date}T${time}`;
}
