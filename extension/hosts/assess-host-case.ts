import {
  BEHAVIOUR_LABELS,
  HATE_STRAND_LABELS,
  CASE_RECLASSIFIED,
  caseDeadlines,
  caseLevelHistory,
  describeDeadline,
  formatDateLong,
  levelRank,
  nextDeadline,
  readDescription,
  toLondonDate,
  triage,
  type BehaviourCode,
  type CaseDeadline,
  type CaseEvent,
  type DescriptionReading,
  type Policy,
  type RiskLevel,
  type TriageResult,
} from '../../core/index.ts';
import type { TrackedFacts } from './tracked-facts.ts';
import type { HostCase, HostCaseRow } from './host-case.ts';
import { categoryMeaning, type CategoryMeaning, type HostVocabulary } from './host-vocabulary.ts';
import { hostTriageInput } from './host-triage-input.ts';

/** A report as a host shows it: what triage can read from a case view or a new-case form. */
export interface HostReport {
  category: string;
  description: string;
  /** London local date-time or date. */
  receivedAt: string;
}

/** The description points to more than the recorded category says (a race-hate report logged as "Noise"). */
export interface Mismatch {
  recordedCategory: string;
  /** The level the recorded category gives; null when it puts the report outside the ASB policy. */
  recordedLevelLabel: string | null;
  /** "a hate incident (race)", "violence or threats of violence". */
  pointsTo: string;
  /** The description's own words that point to it. */
  phrases: string[];
  levelLabel: string;
  firstContactWorkingDays: number;
  firstContactDue: string;
  /** The policy's instructions for the routes the description adds ("Manage as Level 1 under the Hate Crime policy..."). */
  actions: string[];
  /** One line for the prompt's heading. */
  headline: string;
  /** What the policy requires, in one sentence. */
  requirement: string;
}

/** Triage of a host report: by the recorded category alone, and with what its description says. */
export interface HostTriage {
  /** What the recorded category means; null when the host's category is not in its vocabulary. */
  recordedMeaning: CategoryMeaning | null;
  /** Triage of the recorded category alone; null when the category is unknown or not chosen. */
  recorded: TriageResult | null;
  /** Triage of the category and the description together: the level the extension shows. */
  suggested: TriageResult | null;
  /** What the description's words say (core's readDescription). */
  reading: DescriptionReading;
  mismatch: Mismatch | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "Plus Dane's", "Example Homes'". */
const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

function describePointsTo(reading: DescriptionReading, added: BehaviourCode[], newFlags: string[]): string {
  if (reading.perceivedHate.length > 0 && newFlags.includes('hate-incident')) {
    const strands = reading.perceivedHate.filter((s) => s !== 'other').map((s) => HATE_STRAND_LABELS[s]);
    return strands.length > 0 ? `a hate incident (${strands.join(', ')})` : 'a hate incident';
  }
  const serious = (['domestic-abuse', 'violence'] as const).find((b) => added.includes(b));
  const first = serious ?? added[0];
  if (first) return BEHAVIOUR_LABELS[first].toLowerCase();
  if (newFlags.includes('risk-of-harm')) return 'a risk of personal harm';
  if (newFlags.includes('young-person')) return 'a young person aged 10 to 17';
  return 'something more serious';
}

/** Flags the description can bring that the recorded category may lack; a new one is a mismatch. */
const READING_FLAGS = ['hate-incident', 'domestic-abuse', 'risk-of-harm', 'young-person'];

/**
 * Triages a report as a host shows it under the policy, from its recorded category (through the
 * host's vocabulary) and its description (through core's readDescription), and says when the
 * description points to a more serious level, or to a hate incident, domestic abuse, a risk of
 * harm or a young person the recorded category does not: the mismatch the officer must not miss.
 *
 * @example
 * const t = triageHostReport({ category: 'ASB - Noise', description: 'He shouted racist abuse at her.', receivedAt: '2026-12-18T16:05' }, ACTIVEH_VOCABULARY, policies.model);
 * t.recorded?.levelLabel    //=> 'Level 2 Medium Risk'
 * t.suggested?.levelLabel   //=> 'Level 1 High Risk'
 * t.mismatch?.headline      //=> 'Recorded as "ASB - Noise", but the description points to a hate incident (race)'
 */
export function triageHostReport(report: HostReport, vocabulary: HostVocabulary, policy: Policy, riskAnswers?: Record<string, boolean>): HostTriage {
  const reading = readDescription(report.description);
  const recordedMeaning = report.category.trim() === '' ? null : categoryMeaning(vocabulary, report.category);
  const options = riskAnswers && Object.keys(riskAnswers).length > 0 ? { riskAssessment: riskAnswers } : {};
  const safeTriage = (input: Parameters<typeof triage>[0]): TriageResult => {
    try {
      return triage(input, policy, options);
    } catch {
      return triage(input, policy); // answers this policy does not know: triage without them
    }
  };

  const recorded = recordedMeaning
    ? safeTriage({ behaviours: recordedMeaning.behaviours, perceivedHate: recordedMeaning.perceivedHate ?? [], receivedAt: report.receivedAt })
    : null;

  const anything = reading.behaviours.length > 0 || reading.riskOfHarm || reading.youngPerson || reading.vulnerabilities.length > 0;
  const suggested =
    recordedMeaning || anything
      ? safeTriage(hostTriageInput({ system: 'generic', recordedCategory: report.category, description: report.description, receivedAt: report.receivedAt }, vocabulary, reading))
      : null;

  let mismatch: Mismatch | null = null;
  if (recorded && suggested?.isAsb && suggested.level && suggested.levelLabel && suggested.firstContactDue && suggested.firstContactWorkingDays !== null) {
    const higher = !recorded.isAsb || recorded.level === null || levelRank(suggested.level) > levelRank(recorded.level);
    const newFlags = READING_FLAGS.filter((f) => suggested.flags.includes(f) && !recorded.flags.includes(f));
    if (higher || newFlags.length > 0) {
      const added = reading.behaviours.filter((b) => !recordedMeaning!.behaviours.includes(b));
      const pointsTo = describePointsTo(reading, added, newFlags);
      const recordedRoutes = new Set(recorded.routes.map((r) => r.id));
      const days = suggested.firstContactWorkingDays;
      mismatch = {
        recordedCategory: report.category,
        recordedLevelLabel: recorded.isAsb ? recorded.levelLabel : null,
        pointsTo,
        phrases: [...new Set(reading.evidence.map((e) => e.phrase))],
        levelLabel: suggested.levelLabel,
        firstContactWorkingDays: days,
        firstContactDue: suggested.firstContactDue,
        actions: suggested.routes.filter((r) => !recordedRoutes.has(r.id)).map((r) => r.officerAction),
        headline: `Recorded as "${report.category}", but the description points to ${pointsTo}`,
        requirement: `Under ${possessive(policy.landlord)} policy this is ${suggested.levelLabel}: contact the complainant within ${plural(days, 'working day')}, by ${formatDateLong(suggested.firstContactDue)}.`,
      };
    }
  }
  return { recordedMeaning, recorded, suggested, reading, mismatch };
}

/** A case's triage, deadlines and the one line the banner shows. */
export interface CaseAssessment extends HostTriage {
  /** Host log entries recognised as events, then those recorded in the side panel. */
  events: CaseEvent[];
  deadlines: CaseDeadline[];
  next: CaseDeadline | null;
  /** describeDeadline of `next`: "Contact the complainant: due today". */
  nextText: string | null;
  /**
   * The policy's name for the level in force today when officers changed it in the side panel
   * (a `case-reclassified` event, see caseLevelHistory), else null: the triage level stands.
   */
  levelInForce: { level: RiskLevel; label: string } | null;
}

/**
 * The label of the level in force today when the events change the case's level (a
 * `case-reclassified` event up to today), else null. The core's caseLevelHistory decides; cases
 * without such an event (nearly all) are not read twice.
 */
function reclassified(c: Parameters<typeof caseLevelHistory>[0], policy: Policy, today: string): { level: RiskLevel; label: string } | null {
  if (!(c.events ?? []).some((e) => e.type === CASE_RECLASSIFIED)) return null;
  const history = caseLevelHistory(c, policy, { today });
  if (history.length < 2) return null;
  const { level, label } = history[history.length - 1]!;
  return { level, label };
}

/**
 * Everything the in-page banner shows for a case view, as of `today`: triage (with the mismatch
 * prompt), the deadlines from the host's log entries and the events tracked by the extension, and
 * the most urgent one in words. A case outside the ASB policy has no deadlines.
 *
 * @example
 * assessHostCase(hostCase, ACTIVEH_VOCABULARY, policies.model, { today: '2026-12-21', tracked: null }).nextText
 * //=> 'Contact the complainant: overdue by 1 working day'
 */
export function assessHostCase(
  c: HostCase,
  vocabulary: HostVocabulary,
  policy: Policy,
  options: { today: string; tracked: TrackedFacts | null },
): CaseAssessment {
  const triaged = triageHostReport({ category: c.recordedCategory, description: c.description, receivedAt: c.receivedAt }, vocabulary, policy, options.tracked?.riskAnswers);
  const events: CaseEvent[] = [
    ...c.logEntries.filter((e) => e.event).map((e) => ({ type: e.event!, at: e.at, note: `${e.kind}: ${e.text}` })),
    ...(options.tracked?.events ?? []),
  ];
  const level = triaged.suggested?.isAsb ? triaged.suggested.level : null;
  if (!level) return { ...triaged, events, deadlines: [], next: null, nextText: null, levelInForce: null };
  const input = { reference: c.reference, receivedAt: c.receivedAt, level, events, flags: triaged.suggested!.flags, missedReasons: options.tracked?.missedReasons ?? {} };
  const deadlines = caseDeadlines(input, policy, { today: options.today });
  const next = nextDeadline(deadlines);
  return { ...triaged, events, deadlines, next, nextText: next ? describeDeadline(next, options.today) : null, levelInForce: reclassified(input, policy, options.today) };
}

/** The badge of one case-list row. */
export interface RowBadge {
  /** Short: "2 days left", "Due today", "3 days overdue", "Not ASB". */
  text: string;
  tone: 'ok' | 'soon' | 'overdue' | 'neutral';
  /** Full words for assistive technology and the tooltip. */
  label: string;
}

/**
 * The badge for a case-list row: working days left to (or overdue past) its most urgent deadline,
 * from its recorded category and the events the extension tracks; null for a closed case or an
 * unknown category.
 *
 * @example
 * rowBadge({ system: 'activeh', reference: 'ASB/2026/00377', receivedAt: '2026-12-09T11:30', recordedCategory: 'ASB - Pets/Animals' }, ACTIVEH_VOCABULARY, policies.model, { today: '2026-12-18', tracked: null })
 * //=> { text: '4 days overdue', tone: 'overdue', label: 'ASB/2026/00377, Level 3 Low Risk. Contact the complainant: overdue by 4 working days' }
 */
export function rowBadge(row: HostCaseRow, vocabulary: HostVocabulary, policy: Policy, options: { today: string; tracked: TrackedFacts | null }): RowBadge | null {
  if (/\bclosed\b/i.test(row.status ?? '')) return null;
  const meaning = categoryMeaning(vocabulary, row.recordedCategory);
  if (!meaning) return null;
  const triaged = triage({ behaviours: meaning.behaviours, perceivedHate: meaning.perceivedHate ?? [], receivedAt: row.receivedAt }, policy);
  if (!triaged.isAsb || !triaged.level) {
    return { text: 'Not ASB', tone: 'neutral', label: `${row.reference}: outside the ASB policy (${policy.outsideAsb.route.label})` };
  }
  const input = { reference: row.reference, receivedAt: row.receivedAt, level: triaged.level, events: options.tracked?.events ?? [], flags: triaged.flags, missedReasons: options.tracked?.missedReasons ?? {} };
  const deadlines = caseDeadlines(input, policy, { today: options.today });
  const next = nextDeadline(deadlines);
  const prefix = `${row.reference}, ${reclassified(input, policy, options.today)?.label ?? triaged.levelLabel}.`;
  if (!next) return { text: 'Up to date', tone: 'ok', label: `${prefix} No deadline outstanding` };
  const label = `${prefix} ${describeDeadline(next, options.today)}`;
  const left = next.workingDaysLeft;
  if (next.status === 'overdue') {
    const behind = left !== null && left < 0 ? -left : 0;
    return { text: behind > 0 ? `${plural(behind, 'day')} overdue` : 'Overdue', tone: 'overdue', label };
  }
  if (next.due === null || left === null) return { text: 'No date', tone: 'neutral', label };
  if (next.due === toLondonDate(options.today)) return { text: 'Due today', tone: 'soon', label };
  if (left <= 0) return { text: 'Due soon', tone: 'soon', label };
  return { text: `${plural(left, 'day')} left`, tone: left <= 1 ? 'soon' : 'ok', label };
}
