import * as z from 'zod/mini';
import { toLondonDate } from '../calendar/to-london-date.ts';
import type { IsoDate, IsoDateTime } from '../types.ts';
import { parseOrThrow, ValidationError } from '../validation-error.ts';

/**
 * An ASB case as NM01 counts it.
 * @example
 * const c: TsmCase = { openedAt: '2026-06-10T14:00:00+01:00', flags: ['hate-incident'] };
 */
export interface TsmCase {
  /** Date or date-time the case was opened (read as its Europe/London date). */
  openedAt: IsoDateTime;
  /** The case involves a hate incident. */
  hateIncident?: boolean;
  /** Triage flags; `'hate-incident'` makes it a hate case too. */
  flags?: string[];
  /**
   * Who the case is about: a stable key for the party reported (a tenancy or person reference,
   * not a free-text name where one can be had). With `closedAt`, a further report about the same
   * party while an earlier case is open is the same case.
   */
  reportedParty?: string | undefined;
  /** Date or date-time the case was closed; absent or null while it is open. */
  closedAt?: IsoDateTime | null | undefined;
}

/**
 * The NM01 counting rule for repeat reports (see {@link tsmNm01}).
 * @example
 * NM01_SAME_CASE_SOURCE //=> 'Regulator of Social Housing, Tenant Satisfaction Measures: technical requirements, NM01 ...'
 */
export const NM01_SAME_CASE_SOURCE =
  'Regulator of Social Housing, Tenant Satisfaction Measures: technical requirements, NM01 (a further report about the same party while a case is open is part of that case, not a new case)';

/**
 * NM01 for one period (see {@link tsmNm01}).
 * @example
 * tsmNm01([], { homes: 1500, from: '2026-04-01', to: '2027-03-31' }).asbPer1000 //=> 0
 */
export interface TsmNm01Result {
  /** ASB cases opened in the period, hate-incident cases included (NM01 part 1). */
  asbCases: number;
  /**
   * Entries opened in the period that are further reports about the same party while an earlier
   * case was open, so counted as part of that case, not as cases of their own.
   */
  furtherReports: number;
  /** Of those, cases involving hate incidents (NM01 part 2). */
  hateCases: number;
  homes: number;
  /** `asbCases` per 1,000 homes, rounded to 2 decimal places. */
  asbPer1000: number;
  /** `hateCases` per 1,000 homes, rounded to 2 decimal places. */
  hatePer1000: number;
  from: IsoDate;
  to: IsoDate;
}

const required = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${what}`;

const casesSchema = z.array(
  z.object({
    openedAt: z.string({ error: required('a date or date-time') }).check(z.trim(), z.minLength(1, 'is required')),
    hateIncident: z.optional(z.boolean({ error: 'must be true or false' })),
    flags: z.optional(z.array(z.string({ error: 'must be text' }), { error: 'must be a list of flags' })),
    reportedParty: z.optional(z.string({ error: 'must be text' })),
    closedAt: z.optional(z.nullable(z.string({ error: 'must be a date or date-time' }).check(z.trim(), z.minLength(1, 'is required')))),
  }),
  { error: required('a list of cases') },
);

const optsSchema = z.object({
  homes: z.int({ error: required('a whole number of homes') }).check(z.gte(1, 'must be a positive whole number of homes')),
  from: z.string({ error: required('a date (YYYY-MM-DD)') }).check(z.trim(), z.minLength(1, 'is required')),
  to: z.string({ error: required('a date (YYYY-MM-DD)') }).check(z.trim(), z.minLength(1, 'is required')),
});

/** Per 1,000 homes, rounded half up to 2 decimal places (computed from integers, so 0.125 gives 0.13). */
function per1000(cases: number, homes: number): number {
  return Math.round((cases * 100_000) / homes) / 100;
}

/**
 * Tenant Satisfaction Measure NM01 (Regulator of Social Housing): anti-social behaviour cases opened
 * per 1,000 homes, and of those, cases involving hate incidents per 1,000 homes, in the period
 * `from` to `to` (both included, Europe/London dates). Pass the landlord's ASB cases (not reports
 * handled outside the ASB policy); a case is a hate case when `hateIncident` is true or its `flags`
 * include `'hate-incident'`. An entry about the same `reportedParty` as an earlier case that is
 * still open on its date (not closed, or closed on or after it) is a further report in that case:
 * it is counted in `furtherReports`, not as a case, and a hate incident it brings makes that case
 * a hate case (NM01 technical requirements; see {@link NM01_SAME_CASE_SOURCE}). Rates are rounded to 2 decimal places. Throws an `Error` naming the
 * field (`homes: ...`, `cases[3].openedAt: ...`) for input it cannot use.
 *
 * @example
 * tsmNm01(
 *   [{ openedAt: '2026-04-01T09:00:00+01:00' }, { openedAt: '2026-06-10', flags: ['hate-incident'] }, { openedAt: '2027-04-01' }],
 *   { homes: 1500, from: '2026-04-01', to: '2027-03-31' },
 * )
 * //=> { asbCases: 2, furtherReports: 0, hateCases: 1, homes: 1500, asbPer1000: 1.33, hatePer1000: 0.67, from: '2026-04-01', to: '2027-03-31' }
 */
export function tsmNm01(cases: TsmCase[], opts: { homes: number; from: IsoDate; to: IsoDate }): TsmNm01Result {
  const list = parseOrThrow(casesSchema, cases, { prefix: 'cases', root: 'cases' });
  const { homes, from: fromInput, to: toInput } = parseOrThrow(optsSchema, opts, { root: 'opts' });
  const from = toLondonDate(fromInput, 'from');
  const to = toLondonDate(toInput, 'to');
  if (from > to) throw new ValidationError([{ path: 'to', message: `must be on or after from (${from}), not ${to}` }]);

  const entries = list.map((c, index) => {
    const opened = toLondonDate(c.openedAt, `cases[${index}].openedAt`);
    const closed = c.closedAt == null ? null : toLondonDate(c.closedAt, `cases[${index}].closedAt`);
    if (closed !== null && closed < opened) {
      throw new ValidationError([{ path: `cases[${index}].closedAt`, message: `must be on or after openedAt (${opened}), not ${closed}` }]);
    }
    const party = c.reportedParty?.trim().toLowerCase() ?? '';
    const hate = c.hateIncident === true || (c.flags ?? []).includes('hate-incident');
    return { index, opened, closed, party, hate };
  });
  // In order of opening: each entry either starts a case or is a further report in a case about
  // the same party that is open on its date (NM01_SAME_CASE_SOURCE).
  const ordered = [...entries].sort((a, b) => (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : a.index - b.index));
  interface Counted { opened: string; closed: string | null; hate: boolean; inPeriod: boolean }
  const openByParty = new Map<string, Counted>();
  const inPeriod = (date: string) => date >= from && date <= to;

  let asbCases = 0;
  let hateCases = 0;
  let furtherReports = 0;
  for (const entry of ordered) {
    const current = entry.party === '' ? undefined : openByParty.get(entry.party);
    if (current !== undefined && (current.closed === null || current.closed >= entry.opened)) {
      if (inPeriod(entry.opened)) furtherReports += 1;
      // A further report closed later than the case keeps the case open until then (one without
      // a date of its own closes with the case).
      if (current.closed !== null && entry.closed !== null && entry.closed > current.closed) current.closed = entry.closed;
      // A hate incident reported later makes the case a hate case, counted once, in the period it was opened.
      if (entry.hate && !current.hate) {
        current.hate = true;
        if (current.inPeriod) hateCases += 1;
      }
      continue;
    }
    const counted: Counted = { opened: entry.opened, closed: entry.closed, hate: entry.hate, inPeriod: inPeriod(entry.opened) };
    if (entry.party !== '') openByParty.set(entry.party, counted);
    if (!counted.inPeriod) continue;
    asbCases += 1;
    if (entry.hate) hateCases += 1;
  }
  return {
    asbCases,
    furtherReports,
    hateCases,
    homes,
    asbPer1000: per1000(asbCases, homes),
    hatePer1000: per1000(hateCases, homes),
    from,
    to,
  };
}
