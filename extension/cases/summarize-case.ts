import {
  CASE_RECLASSIFIED,
  caseChecklist,
  caseDeadlines,
  caseLevelHistory,
  caseReviewStatus,
  nextDeadline,
  toLondonDate,
  triage,
} from '../../core/index.ts';
import type {
  CaseDeadline,
  CaseEvent,
  CaseLevelChange,
  CaseReviewReport,
  CaseReviewStatus,
  ChecklistStageGroup,
  Policy,
  RiskLevel,
  TriageResult,
} from '../../core/index.ts';
import type { TrackedCase } from './tracked-case.ts';
import { toCaseEvent } from './to-case-event.ts';
import { triageHostReport } from '../hosts/assess-host-case.ts';
import type { Mismatch } from '../hosts/assess-host-case.ts';
import { hostTriageInput } from '../hosts/host-triage-input.ts';
import { BUILT_IN_ADAPTERS } from '../hosts/registry.ts';

/** One event of a case, from the host's log or recorded by the officer. */
export interface SummaryEvent extends CaseEvent {
  /** 'host': read from the host system's notes (cannot be unticked here); 'officer': recorded in the side panel. */
  origin: 'host' | 'officer';
  /** Who recorded it (officer events, when the officer's name was set). */
  by?: string;
}

/** One entry of the level history as the side panel shows it: the core's entry and who changed it. */
export interface LevelHistoryEntry extends CaseLevelChange {
  /** The officer who recorded the change; null for the level at receipt or when not known. */
  by: string | null;
}

/** Everything the side panel, the dashboard and the background show of one tracked case. */
export interface CaseSummary {
  key: string;
  tracked: TrackedCase;
  /** Null when triage could not run (the reason is in `problem`). */
  triage: TriageResult | null;
  /** The level in force today (the last of `levelHistory`); null when the report is outside the ASB policy. */
  level: RiskLevel | null;
  /** The policy's name for `level` ("Level 1 High Risk"); null with it. */
  levelLabel: string | null;
  /** The level at receipt (triage), then each reclassification up to today, oldest first; empty outside the policy. */
  levelHistory: LevelHistoryEntry[];
  events: SummaryEvent[];
  deadlines: CaseDeadline[];
  checklist: ChecklistStageGroup[];
  /** The most urgent deadline not met (see the core's nextDeadline). */
  next: CaseDeadline | null;
  /** Deadlines overdue today. */
  overdue: CaseDeadline[];
  /** Deadlines due today and not met. */
  dueToday: CaseDeadline[];
  caseReview: CaseReviewStatus | null;
  /** The description points to more than the recorded category says (see the in-page banner). */
  mismatch: Mismatch | null;
  closed: boolean;
  /** Plain English, when something in the stored case could not be used. */
  problem: string | null;
}

/**
 * Computes a tracked case under a policy as of `today` (a London date): triage with the risk
 * answers (which can raise the level), the events from the host's log and the officer's record,
 * the deadlines, the checklist and the ASB Case Review status (this report plus earlier ones).
 * Never throws: a case the core refuses comes back with `problem` set and no deadlines.
 *
 * @example
 * summarizeCase(trackedNoiseCase, policies.model, '2026-12-21').next?.id
 * //=> 'first-contact'
 */
export function summarizeCase(tracked: TrackedCase, policy: Policy, today: string): CaseSummary {
  const events: SummaryEvent[] = [
    ...tracked.host.logEntries.flatMap((e) => (e.event ? [{ type: e.event, at: e.at, origin: 'host' as const }] : [])),
    ...tracked.events.map((e): SummaryEvent => ({ ...toCaseEvent(e), origin: 'officer', ...(e.by ? { by: e.by } : {}) })),
  ];
  const summary: CaseSummary = {
    key: tracked.key,
    tracked,
    triage: null,
    level: null,
    levelLabel: null,
    levelHistory: [],
    events,
    deadlines: [],
    checklist: [],
    next: null,
    overdue: [],
    dueToday: [],
    caseReview: null,
    mismatch: null,
    closed: tracked.closedAt !== null,
    problem: null,
  };
  try {
    const answers = knownAnswers(tracked.riskAnswers, policy);
    summary.triage = triage(hostTriageInput(tracked.host), policy, Object.keys(answers).length > 0 ? { riskAssessment: answers } : {});
    summary.level = summary.triage.level;
    const vocabulary = BUILT_IN_ADAPTERS.find((a) => a.system === tracked.system)?.vocabulary;
    if (vocabulary) {
      const host = tracked.host;
      summary.mismatch = triageHostReport(
        { category: host.recordedCategory, description: host.description, receivedAt: host.receivedAt },
        vocabulary,
        policy,
        answers,
      ).mismatch;
    }
    // Each report with the date of its incident where the case has it (a report made more than
    // the policy's qualifyingWithinMonths after the incident does not count, 2025 guidance).
    const incidents = tracked.incidentDates ?? {};
    const reports: CaseReviewReport[] = [...tracked.reportDates, toLondonDate(tracked.host.receivedAt, 'receivedAt')].map((date) =>
      incidents[date] ? { reportedAt: date, incidentAt: incidents[date] } : date,
    );
    summary.caseReview = caseReviewStatus({ reportDates: reports, today }, policy);
    if (summary.level !== null) {
      const input = {
        reference: tracked.reference,
        receivedAt: tracked.host.receivedAt,
        level: summary.level,
        events: events.map(toCaseEvent),
        flags: summary.triage.flags,
        missedReasons: tracked.missedReasons,
      };
      // Most cases never change level: their history is the level at receipt, without reading the
      // case a second time (the dashboard works out thousands of cases at once).
      summary.levelHistory = input.events.some((e) => e.type === CASE_RECLASSIFIED)
        ? withWho(caseLevelHistory(input, policy, { today }), tracked)
        : [{ level: summary.level, label: summary.triage.levelLabel ?? summary.level, from: toLondonDate(input.receivedAt, 'receivedAt'), at: null, reason: null, previous: null, by: null }];
      const inForce = summary.levelHistory[summary.levelHistory.length - 1]!;
      summary.level = inForce.level;
      summary.levelLabel = inForce.label;
      summary.deadlines = caseDeadlines(input, policy, { today });
      summary.checklist = caseChecklist(input, policy, { today });
      summary.next = nextDeadline(summary.deadlines);
      summary.overdue = summary.deadlines.filter((d) => d.status === 'overdue' && d.kind !== 'wait');
      summary.dueToday = summary.deadlines.filter((d) => d.status === 'pending' && d.due === today && d.kind !== 'wait');
    }
  } catch (error) {
    summary.problem = `This case could not be checked against the policy: ${(error as Error).message}`;
  }
  return summary;
}

/** Answers to questions the policy still has (a policy change can drop questions). */
function knownAnswers(answers: Record<string, boolean>, policy: Policy): Record<string, boolean> {
  const ids = new Set(policy.riskAssessment.questions.map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
}

/** The history with who recorded each change (matched to the officer's event by its time, level and reason). */
function withWho(history: CaseLevelChange[], tracked: TrackedCase): LevelHistoryEntry[] {
  return history.map((change) => {
    const event = change.at === null ? undefined : tracked.events.find((e) => e.type === 'case-reclassified' && e.at === change.at && e.level === change.level);
    return { ...change, by: event?.by ? event.by : null };
  });
}
