/**
 * The Tenant Satisfaction Measures reporting year that `today` (a London date) falls in: 1 April
 * to 31 March, both included (Regulator of Social Housing, TSM technical requirements: measures
 * are reported for the year 1 April to 31 March).
 *
 * @example
 * tsmReportingYear('2026-12-06') //=> { from: '2026-04-01', to: '2027-03-31', label: '2026-27' }
 * tsmReportingYear('2027-03-31') //=> { from: '2026-04-01', to: '2027-03-31', label: '2026-27' }
 * tsmReportingYear('2027-04-01') //=> { from: '2027-04-01', to: '2028-03-31', label: '2027-28' }
 */
export function tsmReportingYear(today: string): { from: string; to: string; label: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today: must be a date (YYYY-MM-DD), not ${JSON.stringify(today)}`);
  const year = Number(today.slice(0, 4));
  const first = today.slice(5) >= '04-01' ? year : year - 1;
  return { from: `${first}-04-01`, to: `${first + 1}-03-31`, label: `${first}-${String((first + 1) % 100).padStart(2, '0')}` };
}
