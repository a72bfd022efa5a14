import { deadlinesOfCase, factsBehind } from '../deadlines/case-deadlines.ts';
import type { CaseDeadline } from '../deadlines/case-deadlines.ts';
import { firstEventOfType, readCase } from '../deadlines/read-case.ts';
import type { CaseInput } from '../deadlines/read-case.ts';
import { flagsApply, levelApplies } from '../deadlines/rule-applies.ts';
import { CHECKLIST_STAGES } from '../policy/policy-schema.ts';
import type { ChecklistStage, Policy } from '../policy/policy-schema.ts';
import type { IsoDate, IsoDateTime } from '../types.ts';
import { checklistPolicyIndex, type IndexedStep } from './checklist-policy-index.ts';

/** Plain-English names of the checklist stages, in order. */
const STAGE_LABELS = {
  'report-and-record': 'Report and record',
  'first-contact': 'First contact',
  assessment: 'Assessment',
  investigation: 'Investigation',
  action: 'Action',
  review: 'Review',
  closure: 'Closure',
} as const satisfies Record<ChecklistStage, string>;

/** Each stage with its label, in order: what every group starts from. */
const STAGE_GROUPS = CHECKLIST_STAGES.map((stage) => ({ stage, label: STAGE_LABELS[stage] }));

/** One step of a case's checklist. */
export interface ChecklistItem {
  id: string;
  /** What to do, plain English: "Contact the complainant". */
  label: string;
  /** The event recorded when the step is done. */
  event: string;
  /** An event of this type has been recorded (on or after the receipt date). */
  done: boolean;
  /** London date of the first such event. */
  doneAt: IsoDate | null;
  /** From the most urgent linked deadline; null when none or it has no date. */
  due: IsoDate | null;
  status: CaseDeadline['status'];
  /** Ids of the step's linked deadlines that this case has. */
  deadlines: string[];
  /** A linked deadline's problem (a waiting period cut short), plain English. */
  problem?: string;
  source: string;
  decided?: string;
}

/** The steps of one stage, in policy order. */
export interface ChecklistStageGroup {
  stage: ChecklistStage;
  /** "Report and record", "First contact", ... */
  label: string;
  steps: ChecklistItem[];
}

const RANK: Record<CaseDeadline['status'], number> = { overdue: 0, pending: 1, 'met-late': 2, met: 3 };

/**
 * A deadline of the case with what the checklist compares, read once per call (deadline entries
 * come in many shapes, so reading them is slower than reading these).
 */
interface LinkedDeadline {
  id: string;
  status: CaseDeadline['status'];
  /** The rank of its status in `RANK`. */
  rank: number | undefined;
  due: IsoDate | null;
  isWait: boolean;
  problem: string | undefined;
}

function toLinked(deadline: CaseDeadline): LinkedDeadline {
  const { status } = deadline;
  return {
    id: deadline.id,
    status,
    rank: RANK[status],
    due: deadline.due,
    isWait: deadline.kind === 'wait',
    problem: deadline.problem,
  };
}

/** Most urgent first: overdue (most overdue first), pending (soonest first, no date last), met late, met. */
function moreUrgent(a: LinkedDeadline, b: LinkedDeadline): boolean {
  if (a.rank !== b.rank) return a.rank! < b.rank!;
  if (a.due === b.due) return false;
  if (a.due === null) return false;
  if (b.due === null) return true;
  return a.due < b.due;
}

/**
 * The checklist of a case under a landlord's policy, as of `today`: all seven stages, always, in
 * the order of `CHECKLIST_STAGES` (a stage with no step for this case has `steps: []`, so a UI can
 * lay them out the same way for every case). Steps keep policy order and are left out when their
 * `whenFlags` or `unlessFlags` do not fit the case, as deadlines are, or when their `levels` leave
 * out the case's level today (after any reclassification) and no deadline they satisfy is on the
 * case.
 *
 * A step is `done` once an event of its type has been recorded on or after the receipt date;
 * `doneAt` is the first one's London date. Its `due` and `status` come from its most urgent
 * linked deadline present for this case (see `caseDeadlines`): overdue, then pending (soonest
 * first), then met late, then met. Waiting periods count only when the step links nothing else,
 * and their `problem` (the wait cut short) is carried. With no linked deadline present the step is
 * `'met'` when done, else `'pending'`, with `due: null`.
 *
 * A recurring step (case review) is `done` once one review has been recorded, while its status
 * follows the next review: `'pending'` or `'overdue'`, never `'met'`, until the case is closed
 * (then the recurring deadline stops and the step is `'met'` if any review was recorded).
 *
 * Takes the same case as `caseDeadlines` and throws the same errors for bad input. Pass
 * `opts.deadlines` (that case's `caseDeadlines` for the same `today`, computed after any change to
 * the case) to save computing them twice; when it is the list `caseDeadlines` just returned for
 * this same case object, the case is not read a second time either.
 *
 * What it reads from the policy is indexed once per policy object and cached: treat a policy as
 * immutable, and edit a copy (`{ ...policy, ... }`), not the policy itself.
 *
 * @example
 * caseChecklist(
 *   { reference: 'ASB-1', receivedAt: '2026-12-24T16:05:00Z', level: 'high',
 *     events: [{ type: 'complainant-contacted', at: '2026-12-29T09:00:00Z' }] },
 *   coOpHomes,
 *   { today: '2026-12-29' },
 * )[1]
 * //=> { stage: 'first-contact', label: 'First contact', steps: [
 * //     { id: 'contact-complainant', label: 'Contact the complainant', event: 'complainant-contacted',
 * //       done: true, doneAt: '2026-12-29', due: '2026-12-29', status: 'met',
 * //       deadlines: ['first-contact'], source: '002 Co-op Homes procedure, 2.3' }, ...] }
 */
export function caseChecklist(
  c: CaseInput,
  policy: Policy,
  opts: { today: IsoDateTime; deadlines?: readonly CaseDeadline[] },
): ChecklistStageGroup[] {
  // Given the list caseDeadlines made for this very case and day, the case it read is reused.
  const facts = (opts?.deadlines && factsBehind(opts.deadlines, c, opts.today)) || readCase(c, opts?.today);
  const deadlines = (opts.deadlines ?? deadlinesOfCase(facts, policy)).map(toLinked);
  const groups = STAGE_GROUPS.map(({ stage, label }): ChecklistStageGroup => ({ stage, label, steps: [] }));

  // Indexed loops here and below: in code this hot, `for...of` costs measurably more.
  const steps = checklistPolicyIndex(policy);
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (!flagsApply(step, facts)) continue;
    const { linkedIds, urgent, problem } = linkedDeadlines(step, deadlines);
    // A step for another level stays while a deadline it satisfies is still on the case (it fell
    // due under a level the case has since left).
    if (!levelApplies(step, facts.level) && linkedIds.length === 0) continue;
    const first = firstEventOfType(facts.events, step.event);
    const item: ChecklistItem = {
      id: step.id,
      label: step.label,
      event: step.event,
      done: first !== undefined,
      doneAt: first ? first.date : null,
      due: urgent ? urgent.due : null,
      status: urgent ? urgent.status : first ? 'met' : 'pending',
      deadlines: linkedIds,
      source: step.source,
    };
    if (problem) item.problem = problem;
    if (step.decided) item.decided = step.decided;
    groups[step.stageIndex!]!.steps.push(item);
  }
  return groups;
}

/**
 * The step's linked deadlines that this case has (their ids, in the step's order), the most
 * urgent of them, and the first problem among them. Waits count towards `urgent` only when the
 * step links nothing else present.
 */
function linkedDeadlines(
  step: IndexedStep,
  deadlines: readonly LinkedDeadline[],
): { linkedIds: string[]; urgent: LinkedDeadline | null; problem: string | undefined } {
  const linkedIds: string[] = [];
  let urgentWait: LinkedDeadline | null = null;
  let urgentOther: LinkedDeadline | null = null;
  let problem: string | undefined;
  for (let i = 0; i < step.deadlines.length; i++) {
    const id = step.deadlines[i]!;
    const d = lastWithId(deadlines, id);
    if (d === undefined) continue;
    linkedIds.push(id);
    if (problem === undefined && d.problem) problem = d.problem;
    if (d.isWait) {
      if (urgentWait === null || moreUrgent(d, urgentWait)) urgentWait = d;
    } else if (urgentOther === null || moreUrgent(d, urgentOther)) {
      urgentOther = d;
    }
  }
  return { linkedIds, urgent: urgentOther ?? urgentWait, problem };
}

/** The deadline with this id (the last one, should the list repeat an id). */
function lastWithId(deadlines: readonly LinkedDeadline[], id: string): LinkedDeadline | undefined {
  for (let i = deadlines.length - 1; i >= 0; i--) if (deadlines[i]!.id === id) return deadlines[i];
  return undefined;
}
