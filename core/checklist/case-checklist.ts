import { caseDeadlines } from '../deadlines/case-deadlines.ts';
import type { CaseDeadline } from '../deadlines/case-deadlines.ts';
import { readCase } from '../deadlines/read-case.ts';
import type { CaseInput, DatedEvent } from '../deadlines/read-case.ts';
import { ruleApplies } from '../deadlines/rule-applies.ts';
import { CHECKLIST_STAGES } from '../policy/policy-schema.ts';
import type { ChecklistStage, Policy } from '../policy/policy-schema.ts';
import type { IsoDate, IsoDateTime } from '../types.ts';

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

/** Position of each stage in `CHECKLIST_STAGES`, and so in the groups `caseChecklist` returns. */
const STAGE_INDEX = Object.fromEntries(CHECKLIST_STAGES.map((stage, i) => [stage, i])) as Record<ChecklistStage, number>;

const RANK: Record<CaseDeadline['status'], number> = { overdue: 0, pending: 1, 'met-late': 2, met: 3 };

/** Most urgent first: overdue (most overdue first), pending (soonest first, no date last), met late, met. */
function moreUrgent(a: CaseDeadline, b: CaseDeadline): boolean {
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] < RANK[b.status];
  if (a.due === b.due) return false;
  if (a.due === null) return false;
  if (b.due === null) return true;
  return a.due < b.due;
}

/**
 * The checklist of a case under a landlord's policy, as of `today`: all seven stages, always, in
 * the order of `CHECKLIST_STAGES` (a stage with no step for this case has `steps: []`, so a UI can
 * lay them out the same way for every case). Steps keep policy order and are left out when their
 * `levels` or `whenFlags` do not fit the case, as deadlines are.
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
 * `opts.deadlines` (that case's `caseDeadlines` for the same `today`) to save computing them twice.
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
  const facts = readCase(c, opts?.today);
  const deadlines = new Map<string, CaseDeadline>();
  for (const d of opts.deadlines ?? caseDeadlines(c, policy, opts)) deadlines.set(d.id, d);

  // The first event of each type (events are sorted by date).
  const firstOfType = new Map<string, DatedEvent>();
  for (const e of facts.events) if (!firstOfType.has(e.type)) firstOfType.set(e.type, e);
  const groups = CHECKLIST_STAGES.map((stage): ChecklistStageGroup => ({ stage, label: STAGE_LABELS[stage], steps: [] }));

  for (const step of policy.checklist) {
    if (!ruleApplies(step, facts)) continue;
    const first = firstOfType.get(step.event);
    // The step's linked deadlines that this case has; waits count only when nothing else is linked.
    const linkedIds: string[] = [];
    let countsWait = true;
    for (const id of step.deadlines ?? []) {
      const d = deadlines.get(id);
      if (!d) continue;
      linkedIds.push(id);
      if (d.kind !== 'wait') countsWait = false;
    }
    let urgent: CaseDeadline | null = null;
    let problem: string | undefined;
    for (const id of linkedIds) {
      const d = deadlines.get(id)!;
      if (problem === undefined && d.problem) problem = d.problem;
      if (d.kind === 'wait' && !countsWait) continue;
      if (urgent === null || moreUrgent(d, urgent)) urgent = d;
    }

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
    groups[STAGE_INDEX[step.stage]]!.steps.push(item);
  }
  return groups;
}
