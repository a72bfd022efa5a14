import { BEHAVIOUR_LABELS, HATE_STRAND_LABELS, levelRank, policies, toLondonDateTime, type BehaviourCode } from '../../core/index.ts';
import { OMNILEDGER_VOCABULARY } from '../../extension/hosts/omniledger/vocabulary.ts';
import type { HostPageCase } from '../../test/fixtures/hosts/host-page-case.ts';
import type { StoredReport } from '../../widget/intake/report-store.ts';

/** Omniledger's category for each behaviour (the inverse of the extension's vocabulary). */
const CATEGORY_OF = Object.fromEntries(
  Object.entries(OMNILEDGER_VOCABULARY.categories).flatMap(([category, meaning]) =>
    meaning.behaviours.length === 1 ? [[meaning.behaviours[0]!, category]] : [],
  ),
) as Partial<Record<BehaviourCode, string>>;

/**
 * A report that came in through the widget, as the simulated Omniledger shows it: a new case whose
 * category is the most serious behaviour reported (as a contact-centre officer would pick it), or
 * "Hate Incident" when a hate motive was perceived. Uses the triage the intake stored with it.
 */
export function reportToHostCase(stored: Pick<StoredReport, 'reference' | 'receivedAt' | 'report' | 'triage'>): HostPageCase {
  const { reference, receivedAt, report, triage: triaged } = stored;
  const policy = policies[report.policyId] ?? policies.model!;
  const rank = (code: BehaviourCode) => {
    const level = policy.levels.find((l) => l.behaviours.some((b) => b.code === code));
    return level ? levelRank(level.level) : 0;
  };
  const main = report.perceivedHate.length > 0 ? 'hate-incident' : [...report.behaviours].sort((a, b) => rank(b) - rank(a))[0]!;
  const local = toLondonDateTime(receivedAt, 'receivedAt');
  const at = `${local.date}T${local.time ?? '00:00'}`;
  const extra: string[] = [];
  if (report.behaviours.length > 1) extra.push(`Also reported: ${report.behaviours.map((b) => BEHAVIOUR_LABELS[b].toLowerCase()).join('; ')}.`);
  if (report.perceivedHate.length > 0) {
    extra.push(`The reporter thinks it happens because of ${report.perceivedHate.map((s) => HATE_STRAND_LABELS[s]).join(' and ')}.`);
  }
  if (report.riskOfHarm || report.immediateDanger) extra.push('The reporter says someone is at risk of harm.');
  extra.push(`Where: ${report.location}. How it affects them: ${report.impact}`);
  const reporter = report.reporter.anonymous ? 'Anonymous reporter' : report.reporter.name;
  return {
    reference,
    receivedAt: at,
    category: CATEGORY_OF[main] ?? 'Other ASB',
    description: [report.description, ...extra].join('\n\n'),
    status: 'New',
    officer: 'Unassigned',
    address: report.reporter.anonymous ? 'Not given' : (report.reporter.address ?? 'Not given'),
    parties: [
      { role: 'complainant', name: reporter },
      ...(report.reportedPerson?.known && report.reportedPerson.name ? [{ role: 'reported' as const, name: report.reportedPerson.name }] : []),
    ],
    notes: [
      {
        at,
        kind: 'Online report',
        text: `Report received through the website. ${triaged.isAsb ? `Triaged as ${triaged.levelLabel}.` : 'Outside the ASB policy.'}`,
        by: 'Website',
      },
    ],
  };
}
