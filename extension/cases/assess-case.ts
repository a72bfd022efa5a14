import {
  BEHAVIOUR_LABELS,
  CASE_RECLASSIFIED,
  HATE_STRAND_LABELS,
  caseLevelHistory,
  caseChecklist,
  caseDeadlines,
  caseReviewStatus,
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
  type CaseLevelChange,
  type CaseReviewReport,
  type CaseReviewStatus,
  type ChecklistStageGroup,
  type DescriptionReading,
  type Policy,
  type RiskLevel,
  type TriageInput,
  type TriageResult,
} from '../../core/index.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { HOST_LOG_UPDATE_EVENT } from '../hosts/host-log-update.ts';
import { readWriteBack } from '../hosts/write-back-entry.ts';
import { categoryMeaning, type CategoryMeaning, type HostVocabulary } from '../hosts/host-vocabulary.ts';
import type { TrackedFacts } from '../hosts/tracked-facts.ts';
import { systemName } from '../hosts/system-name.ts';

/** The core's event that closes a case. */
const HOST_CASE_CLOSED = 'case-closed';

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

/** One event of a case, from the host's log or recorded by an officer in this browser. */
export interface AssessedEvent extends CaseEvent {
  /** 'host': read from the host system's log (every officer's browser reads it); 'officer': recorded in this browser's side panel. */
  origin: 'host' | 'officer';
  /** For a host entry: its type and text. */
  note?: string;
  /** Who recorded it (an officer's event, when the officer's name was set). */
  by?: string;
  /**
   * 'category': a level change worked out from a change of the host's category (see
   * categoryChanges), not an entry of its log: the side panel offers its standard entry, so that
   * a browser that first sees the case later learns the category at receipt from the log.
   */
  derived?: 'category';
}

/** One entry of the level history as the side panel shows it: the core's entry and who changed it. */
export interface LevelHistoryEntry extends CaseLevelChange {
  /** The officer who recorded the change; null for the level at receipt or when not known. */
  by: string | null;
}

/**
 * What this browser has recorded of a case (see TrackedFacts); null or absent parts count as none.
 * Events may carry who recorded them; `incidentDates` (report date -> incident date) feed the ASB Case Review.
 */
export type RecordedFacts = Pick<TrackedFacts, 'missedReasons' | 'riskAnswers' | 'reportDates' | 'categories'> & {
  events: (CaseEvent & { by?: string | undefined })[];
  incidentDates?: Record<string, string> | undefined;
};

/** Everything every view shows of one case: the banner, prompt, badge, new-case form, side panel, dashboard and background. */
export interface CaseAssessment {
  /** What the recorded category means in the host's vocabulary; null when the category is not in it (or empty). */
  recordedMeaning: CategoryMeaning | null;
  /** Triage of the recorded category alone; null when the category is unknown or not chosen. */
  recorded: TriageResult | null;
  /** What triage read: the category's behaviours with what the description says; null when neither says anything. */
  input: TriageInput | null;
  /** Triage of the category, the description and the risk answers together: the level every view shows. */
  triage: TriageResult | null;
  /** What the description's words say (core's readDescription). */
  reading: DescriptionReading;
  mismatch: Mismatch | null;
  /**
   * The level in force today: triage's level, or the last officer's change (a `case-reclassified`
   * event up to today, see caseLevelHistory); null when outside the ASB policy or not known.
   */
  level: RiskLevel | null;
  /** The policy's name for `level` ("Level 1 High Risk"), "Outside the ASB policy" or "Not known". */
  levelLabel: string;
  /** The level in force today when officers changed it (a reclassification up to today), else null: the triage level stands. */
  levelInForce: { level: RiskLevel; label: string } | null;
  /** The level at receipt (triage), then each reclassification up to today, oldest first; empty outside the policy. */
  levelHistory: LevelHistoryEntry[];
  flags: string[];
  /** Triage's reasons, each ending with the policy rule that applied. */
  reasons: string[];
  /** Host log entries (each also a case-log update, see HOST_LOG_UPDATE_EVENT), then those recorded in this browser. */
  events: AssessedEvent[];
  deadlines: CaseDeadline[];
  checklist: ChecklistStageGroup[];
  /** The most urgent deadline not met (core's nextDeadline). */
  next: CaseDeadline | null;
  /** describeDeadline of `next`: "Contact the complainant: due today". */
  nextText: string | null;
  /** Deadlines overdue today (waits left out). */
  overdue: CaseDeadline[];
  /** Deadlines due today and not met (waits left out). */
  dueToday: CaseDeadline[];
  caseReview: CaseReviewStatus | null;
  /** Plain English, when the policy could not be applied to the case. */
  problem: string | null;
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

/** The triage input of a host case: its category's meaning together with what the description says. */
function triageInputOf(host: HostCase, meaning: CategoryMeaning | null, reading: DescriptionReading): TriageInput | null {
  const anything = reading.behaviours.length > 0 || reading.riskOfHarm || reading.youngPerson || reading.vulnerabilities.length > 0;
  if (!meaning && !anything) return null;
  const behaviours = [...new Set([...(meaning?.behaviours ?? []), ...reading.behaviours])];
  const perceivedHate = [...new Set([...(meaning?.perceivedHate ?? []), ...reading.perceivedHate])];
  return {
    behaviours: behaviours.length > 0 ? behaviours : ['other'],
    ...(perceivedHate.length > 0 ? { perceivedHate } : {}),
    receivedAt: host.receivedAt,
    riskOfHarm: reading.riskOfHarm,
    ...(reading.youngPerson ? { youngPersonInvolved: true } : {}),
    ...(reading.vulnerabilities.length > 0 ? { vulnerabilities: reading.vulnerabilities } : {}),
  };
}

function mismatchOf(host: HostCase, meaning: CategoryMeaning, recorded: TriageResult, suggested: TriageResult | null, reading: DescriptionReading, policy: Policy): Mismatch | null {
  if (!suggested?.isAsb || !suggested.level || !suggested.levelLabel || !suggested.firstContactDue || suggested.firstContactWorkingDays === null) return null;
  const higher = !recorded.isAsb || recorded.level === null || levelRank(suggested.level) > levelRank(recorded.level);
  const newFlags = READING_FLAGS.filter((f) => suggested.flags.includes(f) && !recorded.flags.includes(f));
  if (!higher && newFlags.length === 0) return null;
  const added = reading.behaviours.filter((b) => !meaning.behaviours.includes(b));
  const pointsTo = describePointsTo(reading, added, newFlags);
  const recordedRoutes = new Set(recorded.routes.map((r) => r.id));
  const days = suggested.firstContactWorkingDays;
  return {
    recordedCategory: host.recordedCategory,
    recordedLevelLabel: recorded.isAsb ? recorded.levelLabel : null,
    pointsTo,
    phrases: [...new Set(reading.evidence.map((e) => e.phrase))],
    levelLabel: suggested.levelLabel,
    firstContactWorkingDays: days,
    firstContactDue: suggested.firstContactDue,
    actions: suggested.routes.filter((r) => !recordedRoutes.has(r.id)).map((r) => r.officerAction),
    headline: `Recorded as "${host.recordedCategory}", but the description points to ${pointsTo}`,
    requirement: `Under ${possessive(policy.landlord)} policy this is ${suggested.levelLabel}: contact the complainant within ${plural(days, 'working day')}, by ${formatDateLong(suggested.firstContactDue)}.`,
  };
}

/** The London date of an event's time; the text itself when it is not one (never throws). */
function londonDay(at: string): string {
  try {
    return toLondonDate(at, 'at');
  } catch {
    return at;
  }
}

let emptyReading: DescriptionReading | null = null;
/** The reading of no words (a list row has no description): read once. */
const nothingRead = (): DescriptionReading => (emptyReading ??= readDescription(''));

/** Risk answers to questions the policy still has (a policy change can drop questions). */
function knownAnswers(answers: Record<string, boolean>, policy: Policy): Record<string, boolean> {
  const ids = new Set(policy.riskAssessment.questions.map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
}

/**
 * The one assessment of a case, as of `today` (a London date, or an ISO date-time read in
 * London): what its recorded category means in the host's vocabulary (built-in, or the generic
 * mapping's), what its description says (core's readDescription), its triage raised by the risk
 * answers recorded in this browser, the mismatch prompt, the events (every host log entry, each
 * also a case-log update; entries saved from ASB Assist by any officer, read back with their own
 * date, see readWriteBack; and the steps ticked in this browser), the deadlines, the next one in
 * words, the checklist and the ASB Case Review status. The banner, the mismatch prompt, list
 * badges, the new-case form, the background, the side panel and the dashboard all show this.
 * Never throws: a case the core refuses comes back with `problem` set and no deadlines.
 * `inPage` leaves out what the views in the host's page (banner, badge, new-case form) do not show:
 * the checklist and the ASB Case Review (a list has hundreds of rows; the host page's time is budgeted).
 *
 * @example
 * const a = assessCase(noiseCaseWithRacistAbuse, ACTIVEH_VOCABULARY, policies.model, null, '2026-12-18');
 * a.levelLabel          //=> 'Level 1 High Risk'
 * a.mismatch?.headline  //=> 'Recorded as "ASB - Noise", but the description points to a hate incident (race)'
 * a.next?.due           //=> '2026-12-21'
 */
export function assessCase(
  host: HostCase,
  vocabulary: HostVocabulary,
  policy: Policy,
  recorded: RecordedFacts | null,
  today: string,
  options: { inPage?: boolean } = {},
): CaseAssessment {
  const reading = host.description.trim() === '' ? nothingRead() : readDescription(host.description);
  const events: AssessedEvent[] = [];
  /** Reasons for missed deadlines saved in the host's log (see writeBackText). */
  const hostReasons: Record<string, string> = {};
  for (const entry of host.logEntries) {
    const note = entry.kind ? `${entry.kind}: ${entry.text}` : entry.text;
    // An entry an officer saved from ASB Assist: what it records, on the date it says, for every
    // officer (the date the step was done, not the day the entry was saved, whatever its type).
    const written = readWriteBack(entry.text);
    if (entry.event && entry.event !== written?.type) events.push({ type: entry.event, at: entry.at, origin: 'host', note });
    if (written) {
      events.push({ ...written, origin: 'host', note });
      if (written.type === 'explanation-recorded' && written.deadline && written.reason) hostReasons[written.deadline] = written.reason;
    }
    if (entry.event !== HOST_LOG_UPDATE_EVENT) events.push({ type: HOST_LOG_UPDATE_EVENT, at: entry.at, origin: 'host', note });
  }
  for (const e of recorded?.events ?? []) {
    // The core's fields of the event (a reclassification's level and reason, an explanation's deadline...), not the store's.
    const { type, at, level, reason, deadline, appointmentAt, by } = e;
    // A level change already saved in the host's log (its write-back entry, same level, same day)
    // counts once: the host's entry, with who recorded it here.
    if (type === CASE_RECLASSIFIED) {
      const saved = events.find((h) => h.origin === 'host' && h.type === CASE_RECLASSIFIED && h.level === level && londonDay(h.at) === londonDay(at));
      if (saved) {
        if (by && !saved.by) saved.by = by;
        continue;
      }
    }
    events.push({
      type,
      at,
      origin: 'officer',
      ...(level ? { level } : {}),
      ...(reason ? { reason } : {}),
      ...(deadline ? { deadline } : {}),
      ...(appointmentAt ? { appointmentAt } : {}),
      ...(by ? { by } : {}),
    });
  }

  // A case the housing system shows closed (its status, in the system's words) is closed here
  // too, for every officer: from the date the case says (saveSeenCase keeps the day it was first
  // read closed), else today. The status is the system's own record, so also its case-log update.
  if (host.closed && !events.some((e) => e.type === HOST_CASE_CLOSED)) {
    const at = host.closedAt ?? today;
    const note = `Status: ${host.status ?? 'Closed'}`;
    events.push({ type: HOST_CASE_CLOSED, at, origin: 'host', note }, { type: HOST_LOG_UPDATE_EVENT, at, origin: 'host', note });
  }

  const assessment: CaseAssessment = {
    recordedMeaning: null,
    recorded: null,
    input: null,
    triage: null,
    reading,
    mismatch: null,
    level: null,
    levelLabel: 'Not known',
    levelInForce: null,
    levelHistory: [],
    flags: [],
    reasons: [],
    events,
    deadlines: [],
    checklist: [],
    next: null,
    nextText: null,
    overdue: [],
    dueToday: [],
    caseReview: null,
    problem: null,
  };
  try {
    const day = toLondonDate(today, 'today');
    const meaning = host.recordedCategory.trim() === '' ? null : categoryMeaning(vocabulary, host.recordedCategory);
    assessment.recordedMeaning = meaning;
    const answers = knownAnswers(recorded?.riskAnswers ?? {}, policy);
    const triageOptions = Object.keys(answers).length > 0 ? { riskAssessment: answers } : {};
    const recordedTriage = meaning ? triage({ behaviours: meaning.behaviours, perceivedHate: meaning.perceivedHate ?? [], receivedAt: host.receivedAt }, policy, triageOptions) : null;
    const input = triageInputOf(host, meaning, reading);
    // Words that add nothing to the category: the same triage (a list of hundreds of rows pays once).
    const wordsAddNothing = reading.behaviours.length === 0 && reading.perceivedHate.length === 0 && !reading.riskOfHarm && !reading.youngPerson && reading.vulnerabilities.length === 0;
    const suggested = recordedTriage && wordsAddNothing ? recordedTriage : input ? triage(input, policy, triageOptions) : null;
    assessment.recorded = recordedTriage;
    assessment.input = input;
    assessment.triage = suggested;
    assessment.mismatch = meaning && recordedTriage ? mismatchOf(host, meaning, recordedTriage, suggested, reading, policy) : null;
    assessment.level = suggested?.isAsb ? suggested.level : null;
    assessment.levelLabel = suggested?.levelLabel ?? (suggested && !suggested.isAsb ? 'Outside the ASB policy' : 'Not known');
    assessment.flags = suggested?.flags ?? [];
    assessment.reasons = suggested?.reasons ?? [];
    if (!options.inPage) {
      // Each report with the date of its incident where the case has it (a report made more than
      // the policy's qualifyingWithinMonths after the incident does not count, 2025 guidance).
      const incidents = recorded?.incidentDates ?? {};
      const reports: CaseReviewReport[] = [...(recorded?.reportDates ?? []), toLondonDate(host.receivedAt, 'receivedAt')].map((date) =>
        incidents[date] ? { reportedAt: date, incidentAt: incidents[date] } : date,
      );
      assessment.caseReview = caseReviewStatus({ reportDates: reports, today: day }, policy);
    }
    // The level at receipt comes from the category first seen; a later category that gives another
    // level is a level change on the day it was first seen (see categoryChanges).
    const changes = assessment.level && suggested ? categoryChanges(host, vocabulary, policy, recorded?.categories, reading, triageOptions, suggested, events, day) : null;
    if (changes) events.unshift(...changes.derived);
    if (assessment.level && suggested) {
      const receiptLevel = changes?.receiptLevel ?? assessment.level;
      const caseInput = {
        reference: host.reference,
        receivedAt: host.receivedAt,
        level: receiptLevel,
        events: events.map(({ origin: _origin, note: _note, by: _by, derived: _derived, ...event }) => event),
        flags: suggested.flags,
        missedReasons: { ...hostReasons, ...(recorded?.missedReasons ?? {}) },
      };
      // Most cases never change level: their history is the level at receipt, without reading the
      // case a second time (the dashboard and a list work out hundreds of cases at once).
      assessment.levelHistory =
        receiptLevel !== assessment.level || caseInput.events.some((e) => e.type === CASE_RECLASSIFIED)
          ? withWho(caseLevelHistory(caseInput, policy, { today: day }), events)
          : [{ level: assessment.level, label: assessment.levelLabel, from: toLondonDate(host.receivedAt, 'receivedAt'), at: null, reason: null, previous: null, by: null }];
      if (assessment.levelHistory.length > 1 || receiptLevel !== assessment.level) {
        const inForce = assessment.levelHistory[assessment.levelHistory.length - 1]!;
        assessment.levelInForce = { level: inForce.level, label: inForce.label };
        assessment.level = inForce.level;
        assessment.levelLabel = inForce.label;
      }
      assessment.deadlines = caseDeadlines(caseInput, policy, { today: day });
      if (!options.inPage) assessment.checklist = caseChecklist(caseInput, policy, { today: day });
      assessment.next = nextDeadline(assessment.deadlines);
      assessment.nextText = assessment.next ? describeDeadline(assessment.next, day) : null;
      assessment.overdue = assessment.deadlines.filter((d) => d.status === 'overdue' && d.kind !== 'wait');
      assessment.dueToday = assessment.deadlines.filter((d) => d.status === 'pending' && d.due === day && d.kind !== 'wait');
    }
  } catch (error) {
    assessment.problem = `This case could not be checked against the policy: ${(error as Error).message}`;
  }
  return assessment;
}

/**
 * How a reason written for a level change the host's category brought reads, and how it is read
 * back from a host log entry (the standard write-back entry carries the reason).
 */
const CATEGORY_CHANGE = /^Category changed in .+ from "(.+)" to "(.+)"$/;

/** The reason of a level change a change of the host's category brought. */
export function categoryChangeReason(system: HostCase['system'], from: string, to: string): string {
  return `Category changed in ${systemName(system)} from "${from}" to "${to}"`;
}

/**
 * The level at receipt and the level changes that changes of the host's category bring.
 *
 * The categories are those this browser saw the page show (`seen`, TrackedCaseRecord.categories),
 * with the page's current one as seen today when it is not the last stored. Each is triaged with
 * the description and the risk answers as the current one is. The first category with a level
 * gives the level at receipt (a category outside the ASB policy, or one the host's vocabulary does
 * not know, gives none); each later category
 * whose level differs from the one before is a `case-reclassified` event dated the day it was
 * first seen, with the reason "Category changed in Omniledger from "Noise" to "Racial
 * harassment"" (origin 'host'), so a case whose category an officer re-records keeps its past
 * deadlines judged by the level they fell due at, and the new level's targets count from the
 * change.
 *
 * No double counting: a category change is left out when a level change to the same level was
 * recorded (in this browser, or a write-back entry in the host's log, with its own date and
 * reason) on or after the day the category before it was first seen: the officer's change stands.
 *
 * A browser that first sees the case after the category changed knows only the current category,
 * and takes it as the category at receipt, unless the host's log says otherwise: a write-back
 * entry of such a change (its reason as above) naming the first category seen here as the new one,
 * dated on or before the day this browser first saw it, gives the category before it as the
 * category at receipt (the entry itself is the level change, with its own date).
 *
 * Null when the case has had one category (the usual case: nothing is triaged twice).
 */
function categoryChanges(
  host: HostCase,
  vocabulary: HostVocabulary,
  policy: Policy,
  stored: readonly { category: string; seenAt: string }[] | undefined,
  reading: DescriptionReading,
  triageOptions: { riskAssessment?: Record<string, boolean> },
  current: TriageResult,
  events: readonly AssessedEvent[],
  today: string,
): { receiptLevel: RiskLevel | null; derived: AssessedEvent[] } | null {
  const receipt = toLondonDate(host.receivedAt, 'receivedAt');
  const seen = (stored ?? []).map((c) => ({ category: c.category, day: londonDay(c.seenAt) }));
  if (seen.length === 0 || seen[seen.length - 1]!.category !== host.recordedCategory) seen.push({ category: host.recordedCategory, day: seen.length === 0 ? receipt : today });
  // The host's log may say which category came before the first one seen here.
  for (const e of events) {
    if (e.origin !== 'host' || e.type !== CASE_RECLASSIFIED || !e.reason) continue;
    const said = CATEGORY_CHANGE.exec(e.reason);
    if (said && said[2] === seen[0]!.category && said[1] !== said[2] && londonDay(e.at) <= seen[0]!.day) {
      seen.unshift({ category: said[1]!, day: receipt });
      break;
    }
  }
  if (seen.length === 1) return null;
  // A category the vocabulary does not know says nothing about the level (a list that shortens
  // the names would otherwise look like a change each time it is read): it gives no level.
  const levels = new Map<string, RiskLevel | null>();
  if (categoryMeaning(vocabulary, host.recordedCategory)) levels.set(host.recordedCategory, current.isAsb ? current.level : null);
  const levelOf = (category: string): RiskLevel | null => {
    if (!levels.has(category)) {
      const meaning = categoryMeaning(vocabulary, category);
      if (!meaning) {
        levels.set(category, null);
        return null;
      }
      const input = triageInputOf({ ...host, recordedCategory: category }, meaning, reading);
      const t = input ? triage(input, policy, triageOptions) : null;
      levels.set(category, t?.isAsb ? t.level : null);
    }
    return levels.get(category)!;
  };
  let receiptLevel: RiskLevel | null = null;
  let previous: RiskLevel | null = null;
  const derived: AssessedEvent[] = [];
  for (let i = 0; i < seen.length; i++) {
    const level = levelOf(seen[i]!.category);
    if (level === null) continue;
    receiptLevel ??= level;
    if (previous !== null && level !== previous) {
      const since = seen[i - 1]!.day;
      const recordedAlready = events.some((e) => e.type === CASE_RECLASSIFIED && e.level === level && londonDay(e.at) >= since);
      const reason = categoryChangeReason(host.system, seen[i - 1]!.category, seen[i]!.category);
      if (!recordedAlready) derived.push({ type: CASE_RECLASSIFIED, at: seen[i]!.day, level, reason, origin: 'host', note: reason, derived: 'category' });
    }
    previous = level;
  }
  return { receiptLevel, derived };
}

/** The history with who recorded each change (matched to the officer's event by its time and level). */
function withWho(history: CaseLevelChange[], events: AssessedEvent[]): LevelHistoryEntry[] {
  return history.map((change) => {
    const event = change.at === null ? undefined : events.find((e) => e.type === CASE_RECLASSIFIED && e.at === change.at && e.level === change.level && e.by);
    return { ...change, by: event?.by ?? null };
  });
}
