import type { CaseEvent } from '../../core/index.ts';

/** One category the host page showed for a case, with when this browser first saw it there (ISO 8601 date-time). */
export interface SeenCategory {
  category: string;
  seenAt: string;
}

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
  /** The categories the host page showed, first seen first (TrackedCaseRecord.categories); absent when none stored. */
  categories?: SeenCategory[] | undefined;
}

/**
 * True when officers recorded something for the case (a ticked step, a reason, a risk answer, an
 * earlier report, a category changed on the host since first seen): only then does the stored case change what a view shows beyond the page, so a
 * view drawn from the page alone need not be drawn again for facts that record nothing.
 *
 * @example
 * recordsSomething({ key: 'activeh:ASB-1', events: [], missedReasons: {}, riskAnswers: {}, reportDates: [] }) //=> false
 * recordsSomething(null) //=> false
 */
export function recordsSomething(facts: TrackedFacts | null | undefined): boolean {
  if (!facts) return false;
  return (
    facts.events.length > 0 ||
    Object.keys(facts.missedReasons).length > 0 ||
    Object.keys(facts.riskAnswers).length > 0 ||
    facts.reportDates.length > 0 ||
    (facts.categories?.length ?? 0) > 1
  );
}
