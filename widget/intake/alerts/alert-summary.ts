import { BEHAVIOUR_LABELS, HATE_STRAND_LABELS, type RiskLevel } from '../../../core/index.ts';
import type { StoredReport } from '../report-store.ts';

/**
 * What an alert says about a report: the one summary the email and the webhook both present.
 * Without `details` it holds no special-category data and nothing the tenant wrote: reference,
 * level, due date, link.
 */
export interface AlertSummary {
  reference: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  /**
   * When the tenant's changed answers replaced the report's earlier version (ISO 8601, UTC): this
   * alert is then an update of one the team may already have had, under the same reference.
   * null for a report as first sent.
   */
  updatedAt: string | null;
  policyId: string;
  /** false: the policy handles it outside ASB (`outsideAsbRoute` says where). */
  isAsb: boolean;
  level: RiskLevel | null;
  /** The policy's name for the level: "Level 1 High Risk". */
  levelLabel: string | null;
  /** Level 1 (high) or someone said to be in immediate danger: the team should look now. */
  urgent: boolean;
  /** The tenant said someone was in immediate danger when reporting (the form told them to call 999). */
  immediateDanger: boolean;
  /** `'YYYY-MM-DD'` (London); null outside ASB. */
  firstContactDue: string | null;
  firstContactWorkingDays: number | null;
  /** The route's name when the report is handled outside ASB. */
  outsideAsbRoute: string | null;
  /** Where staff open the report; null when no link is configured. */
  staffUrl: string | null;
  /** Only with `ALERT_INCLUDE_DETAILS=true`. */
  details: AlertDetails | null;
}

/** Personal and special-category details, sent only when the landlord turns them on. */
export interface AlertDetails {
  behaviours: string[];
  /** Why the tenant thinks they are targeted (hate strands), in words. */
  perceivedHate: string[];
  flags: string[];
  vulnerabilities: string[];
  description: string;
  location: string;
  reporter: { anonymous: true } | { anonymous: false; name: string; email: string | null; phone: string | null };
  reportedPersonName: string | null;
}

/** The staff link for a reference: `{reference}` replaced, or the reference appended to the base. */
function staffUrlFor(staffLink: string | null, reference: string): string | null {
  if (staffLink === null) return null;
  const ref = encodeURIComponent(reference);
  if (staffLink.includes('{reference}')) return staffLink.replaceAll('{reference}', ref);
  return staffLink.endsWith('/') || staffLink.endsWith('=') ? `${staffLink}${ref}` : `${staffLink}/${ref}`;
}

/**
 * Summarises a stored report for an alert.
 *
 * @example
 * alertSummary(stored, { staffLink: 'https://hms.example.org/asb/{reference}', includeDetails: false })
 * //=> { reference: 'ASB-2026-000123', level: 'high', levelLabel: 'Level 1 High Risk', urgent: true,
 * //     firstContactDue: '2026-12-07', staffUrl: 'https://hms.example.org/asb/ASB-2026-000123', details: null, ... }
 */
export function alertSummary(stored: StoredReport, options: { staffLink: string | null; includeDetails: boolean }): AlertSummary {
  const { report, triage } = stored;
  const level = triage.isAsb ? triage.level : null;
  return {
    reference: stored.reference,
    receivedAt: stored.receivedAt,
    updatedAt: stored.replaced?.at ?? null,
    policyId: stored.policyId,
    isAsb: triage.isAsb,
    level,
    levelLabel: triage.isAsb ? triage.levelLabel : null,
    urgent: level === 'high' || report.immediateDanger,
    immediateDanger: report.immediateDanger,
    firstContactDue: triage.firstContactDue,
    firstContactWorkingDays: triage.firstContactWorkingDays,
    outsideAsbRoute: triage.isAsb ? null : (triage.outsideAsbRoute?.label ?? null),
    staffUrl: staffUrlFor(options.staffLink, stored.reference),
    details: options.includeDetails
      ? {
          behaviours: report.behaviours.map((code) => BEHAVIOUR_LABELS[code]),
          perceivedHate: report.perceivedHate.map((strand) => HATE_STRAND_LABELS[strand]),
          flags: triage.flags.map((f) => f.replaceAll('-', ' ')),
          vulnerabilities: (report.vulnerabilities ?? []).map((v) => v.replaceAll('-', ' ')),
          description: report.description,
          location: report.location,
          reporter: report.reporter.anonymous
            ? { anonymous: true }
            : { anonymous: false, name: report.reporter.name, email: report.reporter.email ?? null, phone: report.reporter.phone ?? null },
          reportedPersonName: report.reportedPerson?.name ?? null,
        }
      : null,
  };
}
