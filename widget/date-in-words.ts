/**
 * An ISO date (`'2026-12-07'`) in words with its day of the week, as GOV.UK writes dates:
 * "Monday 7 December 2026" (no comma, whatever the locale's own long format adds).
 *
 * @example
 * dateInWords('2026-12-07', 'en-GB') //=> 'Monday 7 December 2026'
 */
export function dateInWords(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(date);
  return `${part({ weekday: 'long' })} ${part({ day: 'numeric', month: 'long', year: 'numeric' })}`;
}
