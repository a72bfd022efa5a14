import { readReportWords } from '../reading/read-report-words.ts';
import { parseTriageInput, type TriageInput } from '../triage/triage-input.ts';
import type { VulnerabilityCode } from './report-choices.ts';
import type { Report } from './report-schema.ts';

/** Vulnerabilities that, with a risk of harm, make an adult safeguarding concern (Care Act 2014 s42). */
const ADULT_AT_RISK: readonly VulnerabilityCode[] = ['disability', 'mental-health', 'older-person', 'long-term-illness', 'pregnancy'];

/**
 * Maps a parsed report to what triage reads. Beyond the contract's fields:
 * - `riskOfHarm` is true when the tenant says so or says someone is in immediate danger;
 * - `youngPersonInvolved` is true when the person reported is aged 10-17 (Plus Dane "Young People");
 * - `safeguardingConcern` is true (Plus Dane "Safeguarding") when there is a risk of harm or
 *   immediate danger and children live in the household or the reporter names a vulnerability
 *   of an adult at risk; when domestic abuse is reported and children live in the household; or
 *   when the person reported is under 10;
 * - `immediateDanger` is copied;
 * - `anonymous` (the reporter gave no name or contact) and `frequency` are copied, and
 *   `incidentTimes` lists the diary entries' times (left out when no entry gives one), so policy
 *   rules can act on how often and at what time of day it happens.
 * - the tenant's description and impact are read ({@link readReportWords}, which uses
 *   readDescription): behaviours, hate strands, a risk of harm, a young person and vulnerabilities
 *   their words point to are added (never removed), and `fromWords` lists each addition with the
 *   phrases and a plain-English reason, so the officer sees why.
 * `affectsOthers` is left out when the tenant did not answer. Throws a `ValidationError` naming
 * the field when `receivedAt` is not a real date or date-time.
 *
 * @example
 * toTriageInput(sampleReport, '2026-03-10T09:15:00Z')
 * //=> { behaviours: ['noise-excessive', 'verbal-abuse'], receivedAt: '2026-03-10T09:15:00Z', riskOfHarm: false,
 * //     perceivedHate: [], affectsOthers: true, vulnerabilities: ['children-in-household'],
 * //     youngPersonInvolved: false, safeguardingConcern: false, immediateDanger: false, anonymous: false,
 * //     frequency: 'several-times-a-week', incidentTimes: [...] }
 */
export function toTriageInput(report: Report, receivedAt: string): TriageInput {
  const stated = report.vulnerabilities ?? [];
  const statedRisk = report.riskOfHarm || report.immediateDanger;
  const ageGroup = report.reportedPerson?.ageGroup;
  // What the tenant's own words add (only adds: nothing stated is taken away).
  const fromWords = readReportWords(
    [
      { field: 'description', text: report.description },
      { field: 'impact', text: report.impact },
    ],
    { behaviours: report.behaviours, perceivedHate: report.perceivedHate, riskOfHarm: statedRisk, youngPerson: ageGroup === '10-17', vulnerabilities: stated },
  );
  const added = (prefix: string) => fromWords.filter((w) => w.adds.startsWith(prefix)).map((w) => w.adds.slice(prefix.length));
  const behaviours = [...report.behaviours, ...fromWords.map((w) => w.adds).filter((a) => !a.includes(':') && a !== 'risk-of-harm' && a !== 'young-person')] as Report['behaviours'];
  const vulnerabilities = [...stated, ...(added('vulnerability:') as VulnerabilityCode[])];
  const riskOrDanger = statedRisk || fromWords.some((w) => w.adds === 'risk-of-harm');
  const children = vulnerabilities.includes('children-in-household');
  const safeguardingConcern =
    (riskOrDanger && (children || vulnerabilities.some((v) => ADULT_AT_RISK.includes(v)))) ||
    (children && behaviours.includes('domestic-abuse')) ||
    ageGroup === 'under-10';
  return parseTriageInput({
    behaviours,
    receivedAt,
    riskOfHarm: riskOrDanger,
    perceivedHate: [...report.perceivedHate, ...(added('hate:') as Report['perceivedHate'])],
    ...(report.affectsOthers === undefined ? {} : { affectsOthers: report.affectsOthers }),
    vulnerabilities,
    youngPersonInvolved: ageGroup === '10-17' || fromWords.some((w) => w.adds === 'young-person'),
    safeguardingConcern,
    immediateDanger: report.immediateDanger,
    anonymous: report.reporter.anonymous,
    frequency: report.frequency,
    ...incidentTimes(report),
    ...(fromWords.length > 0 ? { fromWords } : {}),
  });
}

/** The diary entries' times of day, as `{ incidentTimes }`, or nothing when no entry gives one. */
function incidentTimes(report: Report): { incidentTimes?: string[] } {
  const times = (report.diary ?? []).flatMap((entry) => (entry.time === undefined ? [] : [entry.time]));
  return times.length === 0 ? {} : { incidentTimes: times };
}
