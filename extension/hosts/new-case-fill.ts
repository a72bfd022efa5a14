import { BEHAVIOUR_LABELS, HATE_STRAND_LABELS, levelRank, toLondonDateTime, type BehaviourCode, type Policy, type Report } from '../../core/index.ts';
import type { HostVocabulary } from './host-vocabulary.ts';

/** What goes into a host's new-case form for a website report. */
export interface NewCaseFill {
  /** The intake's reference ('ASB-2026-000012'): the description names it, so the saved case is recognised. */
  intakeReference: string;
  /** A category of the host's own vocabulary; '' when none fits (the officer picks one). */
  category: string;
  description: string;
  /** London local date-time, `'2026-12-18T16:05'`. */
  receivedAt: string;
  complainant: string;
  /** The person reported, when the reporter named them. */
  reportedPerson: string | null;
}

/** A website report as the intake's staff API gives it (the fields the fill needs). */
export interface IntakeReportForFill {
  reference: string;
  receivedAt: string;
  report: Report;
}

const STARTED: Record<string, (r: Report) => string> = {
  date: (r) => (r.started.kind === 'date' ? r.started.date : ''),
  approximate: (r) => (r.started.kind === 'approximate' ? r.started.text : ''),
  'not-sure': () => 'not sure',
};

/**
 * The host's category for a report: a category hate-motivated reports map to when a hate motive
 * was perceived, else the category of the most serious behaviour under the policy (as a
 * contact-centre officer would pick it). Only categories that mean one thing are chosen.
 */
function pickCategory(report: Report, vocabulary: HostVocabulary, policy: Policy): string {
  const entries = Object.entries(vocabulary.categories);
  if (report.perceivedHate.length > 0) {
    const strand = report.perceivedHate[0]!;
    const exact = entries.find(([, m]) => m.perceivedHate?.length === 1 && m.perceivedHate[0] === strand);
    if (exact) return exact[0];
    const hate = entries.find(([, m]) => m.behaviours.length === 1 && m.behaviours[0] === 'hate-incident');
    if (hate) return hate[0];
  }
  const rank = (code: BehaviourCode) => {
    const level = policy.levels.find((l) => l.behaviours.some((b) => b.code === code));
    return level ? levelRank(level.level) : 0;
  };
  for (const code of [...report.behaviours].sort((a, b) => rank(b) - rank(a))) {
    const found = entries.find(([, m]) => m.behaviours.length === 1 && m.behaviours[0] === code && !m.perceivedHate?.length);
    if (found) return found[0];
  }
  return '';
}

/**
 * The new-case form's values for a website report, in the host's vocabulary: category, a
 * description with the tenant's answers (and the intake reference), the parties and the date
 * received (London time). Plain text only: the content script sets it as input values.
 *
 * @example
 * newCaseFill({ reference: 'ASB-2026-000012', receivedAt: '2026-12-18T16:05:00Z', report }, OMNILEDGER_VOCABULARY, policy).category
 * //=> 'Noise Nuisance'
 */
export function newCaseFill(stored: IntakeReportForFill, vocabulary: HostVocabulary, policy: Policy): NewCaseFill {
  const { reference, receivedAt, report } = stored;
  const local = toLondonDateTime(receivedAt, 'receivedAt');
  const lines: string[] = [`Website report ${reference}.`, report.description];
  lines.push(`What is happening: ${report.behaviours.map((b) => BEHAVIOUR_LABELS[b]).join('; ')}.`);
  if (report.perceivedHate.length > 0) {
    lines.push(`The reporter thinks it happens because of: ${report.perceivedHate.map((s) => HATE_STRAND_LABELS[s]).join('; ')}.`);
  }
  if (report.immediateDanger) lines.push('The reporter said someone was in immediate danger.');
  if (report.riskOfHarm) lines.push('The reporter says someone is at risk of harm.');
  if (report.vulnerabilities && report.vulnerabilities.length > 0) {
    lines.push(`Circumstances that may make them more vulnerable: ${report.vulnerabilities.map((v) => v.replace(/-/g, ' ')).join('; ')}${report.vulnerabilitiesDetail ? ` (${report.vulnerabilitiesDetail})` : ''}.`);
  }
  if (report.affectsOthers) lines.push('It affects other people nearby.');
  lines.push(`Started: ${STARTED[report.started.kind]!(report)}. How often: ${report.frequency.replace(/-/g, ' ')}. Still happening: ${report.stillHappening.replace(/-/g, ' ')}.`);
  lines.push(`Where: ${report.location}`);
  lines.push(`How it affects them: ${report.impact}`);
  const person = report.reportedPerson;
  if (person?.known) {
    const about = [person.name, person.address, person.description].filter((p): p is string => !!p);
    if (about.length > 0) lines.push(`The person reported: ${about.join('; ')}`);
  }
  for (const entry of report.diary ?? []) {
    lines.push(`Diary ${entry.date}${entry.time ? ` ${entry.time}` : ''}: ${entry.whatHappened}${entry.witnesses ? ` (witnesses: ${entry.witnesses})` : ''}`);
  }
  const reporter = report.reporter;
  if (reporter.anonymous) {
    lines.push('The reporter chose to stay anonymous.');
  } else {
    const contact = [reporter.phone && `phone ${reporter.phone}`, reporter.email && `email ${reporter.email}`, reporter.address && `address ${reporter.address}`, reporter.postcode]
      .filter((p): p is string => !!p);
    lines.push(`Reporter: ${reporter.name}${contact.length > 0 ? ` (${contact.join(', ')})` : ''}. Contact by: ${reporter.contactMethods.join(', ')}.`);
    if (reporter.safeTimes) lines.push(`Safe times to contact: ${reporter.safeTimes}`);
  }
  return {
    intakeReference: reference,
    category: pickCategory(report, vocabulary, policy),
    description: lines.join('\n\n'),
    receivedAt: `${local.date}T${local.time ?? '00:00'}`,
    complainant: reporter.anonymous ? 'Anonymous reporter' : reporter.name,
    reportedPerson: person?.known && person.name ? person.name : null,
  };
}
