import type { CaseEvent } from '../../core/index.ts';

/**
 * What the store knows of a case beyond what the host page shows: what officers recorded in the
 * side panel. Read with the host case wherever a case is assessed.
 */
export interface TrackedFacts {
  key: string;
  /** Events recorded by the officer in the side panel (ticked checklist steps). */
  events: CaseEvent[];
  /** Deadline id → the recorded reason it was missed (003: "An explanation will be recorded"). */
  missedReasons: Record<string, string>;
  /** Risk-assessment answers, question id → yes/no. */
  riskAnswers: Record<string, boolean>;
  /** Dates of earlier reports by the same complainant (for the ASB Case Review). */
  reportDates: string[];
}
