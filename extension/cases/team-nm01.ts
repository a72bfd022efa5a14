import { tsmNm01 } from '../../core/index.ts';
import type { TsmNm01Result } from '../../core/index.ts';
import type { StoredSummary } from './stored-summary.ts';
import { tsmReportingYear } from './tsm-reporting-year.ts';

/** What NM01 reads of each case this browser holds (see StoredSummary). */
export type Nm01Facts = Pick<StoredSummary, 'opened' | 'closed' | 'party' | 'asb' | 'hate'>;

/** The team's NM01 figures for one reporting year, from the cases this browser holds. */
export interface TeamNm01 {
  /** The reporting year: 1 April to 31 March ("2026-27"). */
  year: { from: string; to: string; label: string };
  /** The core's figures. Rates are per 1,000 of `homes`; without a number of homes they are left out (null). */
  figures: Omit<TsmNm01Result, 'asbPer1000' | 'hatePer1000' | 'homes'> & { asbPer1000: number | null; hatePer1000: number | null; homes: number | null };
  /** Cases held here that were left out because they are outside the ASB policy (or their level is not known). */
  outsidePolicy: number;
}

/**
 * The Tenant Satisfaction Measure NM01 for the reporting year `today` falls in, over the cases
 * this browser holds (opened here, or read from the housing system's case list): the core's
 * tsmNm01 over the ASB cases among them (a case outside the ASB policy is not an ASB case), a
 * further report about the same party while a case is open counted in that case, and rates per
 * 1,000 `homes` when the number of homes is set (null: counts only).
 *
 * @example
 * teamNm01([{ opened: '2026-06-10', closed: null, party: '', asb: true, hate: true }], 1500, '2026-12-06').figures
 * //=> { asbCases: 1, hateCases: 1, furtherReports: 0, homes: 1500, asbPer1000: 0.67, hatePer1000: 0.67, from: '2026-04-01', to: '2027-03-31' }
 */
export function teamNm01(cases: readonly Nm01Facts[], homes: number | null, today: string): TeamNm01 {
  const year = tsmReportingYear(today);
  const asb = cases.filter((c) => c.asb);
  const result = tsmNm01(
    asb.map((c) => ({ openedAt: c.opened, hateIncident: c.hate, reportedParty: c.party, closedAt: c.closed })),
    // Without a number of homes the rates mean nothing: worked out per 1 home and not shown.
    { homes: homes ?? 1, from: year.from, to: year.to },
  );
  const figures = homes === null ? { ...result, homes: null, asbPer1000: null, hatePer1000: null } : result;
  return { year, figures, outsidePolicy: cases.filter((c) => !c.asb && c.opened >= year.from && c.opened <= year.to).length };
}
