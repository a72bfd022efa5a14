import { cachePerPolicy } from '../policy/cache-per-policy.ts';
import { CHECKLIST_STAGES } from '../policy/policy-schema.ts';
import type { ChecklistStage, ChecklistStep } from '../policy/policy-schema.ts';

/** Position of each stage in `CHECKLIST_STAGES`, and so in the groups `caseChecklist` returns. */
const STAGE_INDEX = new Map<string, number>(CHECKLIST_STAGES.map((stage, i) => [stage, i]));

/**
 * A checklist step of the policy with every optional field present (undefined when the policy
 * leaves it out), so every step has the same shape and the engine reads them all alike.
 */
export interface IndexedStep {
  id: string;
  label: string;
  event: string;
  stage: ChecklistStage;
  /** Position of `stage` in `CHECKLIST_STAGES` (undefined for a stage the schema does not know). */
  stageIndex: number | undefined;
  /** Linked deadline ids, in the step's order (empty when it links none). */
  deadlines: readonly string[];
  levels: readonly string[] | undefined;
  whenFlags: readonly string[] | undefined;
  unlessFlags: readonly string[] | undefined;
  source: string;
  decided: string | undefined;
}

/**
 * The policy's checklist steps, in policy order, each in the uniform shape of {@link IndexedStep}
 * with its stage's position worked out. Built once per policy object and cached by identity:
 * policies are treated as immutable (see `cachePerPolicy`), so edit a copy, not the policy itself.
 *
 * @internal
 * @example
 * checklistPolicyIndex(policies['co-op-homes'])[2]
 * //=> { id: 'contact-complainant', stage: 'first-contact', stageIndex: 1, deadlines: ['first-contact'],
 * //     levels: undefined, whenFlags: undefined, decided: undefined, ... }
 */
export const checklistPolicyIndex = cachePerPolicy((policy): readonly IndexedStep[] =>
  (policy.checklist ?? []).map(
    (step: ChecklistStep): IndexedStep => ({
      id: step.id,
      label: step.label,
      event: step.event,
      stage: step.stage,
      stageIndex: STAGE_INDEX.get(step.stage),
      deadlines: step.deadlines ?? [],
      levels: step.levels,
      whenFlags: step.whenFlags,
      unlessFlags: step.unlessFlags,
      source: step.source,
      decided: step.decided,
    }),
  ),
);
