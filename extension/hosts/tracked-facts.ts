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

/**
 * True when officers recorded something for the case (a ticked step, a reason, a risk answer, an
 * earlier report): only then does the stored case change what a view shows beyond the page, so a
 * view drawn from the page alone need not be drawn again for facts that record nothing.
 *
 * @example
 * recordsSomething({ key: 'activeh:ASB-1', events: [], missedReasons: {}, riskAnswers: {}, reportDates: [] }) //=> false
 * recordsSomething(null) //=> false
 */
export function recordsSomething(facts: TrackedFacts | null | undefined): boolean {
  if (!facts) return false;
  return facts.events.length > 0 || Object.keys(facts.missedReasons).length > 0 || Object.keys(facts.riskAnswers).length > 0 || facts.reportDates.length > 0;
}
