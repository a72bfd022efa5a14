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
  const vulnerabilities = report.vulnerabilities ?? [];
  const riskOrDanger = report.riskOfHarm || report.immediateDanger;
  const children = vulnerabilities.includes('children-in-household');
  const ageGroup = report.reportedPerson?.ageGroup;
  const safeguardingConcern =
    (riskOrDanger && (children || vulnerabilities.some((v) => ADULT_AT_RISK.includes(v)))) ||
    (children && report.behaviours.includes('domestic-abuse')) ||
    ageGroup === 'under-10';
  return parseTriageInput({
    behaviours: [...report.behaviours],
    receivedAt,
    riskOfHarm: riskOrDanger,
    perceivedHate: [...report.perceivedHate],
    ...(report.affectsOthers === undefined ? {} : { affectsOthers: report.affectsOthers }),
    vulnerabilities: [...vulnerabilities],
    youngPersonInvolved: ageGroup === '10-17',
    safeguardingConcern,
    immediateDanger: report.immediateDanger,
    anonymous: report.reporter.anonymous,
    frequency: report.frequency,
    ...incidentTimes(report),
  });
}

/** The diary entries' times of day, as `{ incidentTimes }`, or nothing when no entry gives one. */
function incidentTimes(report: Report): { incidentTimes?: string[] } {
  const times = (report.diary ?? []).flatMap((entry) => (entry.time === undefined ? [] : [entry.time]));
  return times.length === 0 ? {} : { incidentTimes: times };
}
