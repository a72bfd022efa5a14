import { toLondonDate, type RiskLevel } from '../../core/index.ts';
import type { CaseAssessment, Mismatch } from './assess-case.ts';
import { flagWords } from './flag-words.ts';

/** The mismatch prompt as the page draws it: the parts of {@link Mismatch} it shows. */
export type MismatchView = Pick<Mismatch, 'headline' | 'phrases' | 'requirement' | 'actions'>;

/**
 * Exactly what the case-view banner draws, worked out in the background from the case's one
 * assessment (assessCase), so the host page only draws it: no policy, triage or calendar in the page.
 */
export interface BannerView {
  reference: string;
  /**
   * The level line: an ASB level (`level` for its colour, the label in force today), outside the
   * ASB policy (the route's label), or 'unknown' (the category is not one the vocabulary knows and
   * the description says nothing).
   */
  level: { kind: 'asb'; level: RiskLevel | null; label: string } | { kind: 'outside'; route: string } | { kind: 'unknown' };
  /** The flags in words ("Hate incident"). */
  flags: string[];
  /** The next deadline in words, and how urgent: 'overdue', due 'today', or ''. */
  next: { text: string; tone: 'overdue' | 'today' | '' } | null;
  /** True when the recorded category is not one ASB Assist knows, so the level comes from the description. */
  categoryUnknown: boolean;
  mismatch: MismatchView | null;
  /** Plain English, when the policy could not be applied to the case. */
  problem: string | null;
}

/**
 * The banner of a case from its assessment as of `today` (a London date, or an ISO date-time read
 * in London).
 *
 * @example
 * bannerView('ASB/2026/00412', assessCase(noiseCaseWithRacistAbuse, ACTIVEH_VOCABULARY, policies.model, null, '2026-12-18'), '2026-12-18')
 * //=> { reference: 'ASB/2026/00412', level: { kind: 'asb', level: 'high', label: 'Level 1 High Risk' }, flags: ['Hate incident'], next: { text: 'Contact the complainant: due Monday 21 December 2026 (1 working day)', tone: '' }, … }
 */
export function bannerView(reference: string, assessment: CaseAssessment, today: string): BannerView {
  const t = assessment.triage;
  // The level in force today: the officer's change in the side panel when there is one.
  const level: BannerView['level'] = t?.isAsb
    ? { kind: 'asb', level: assessment.levelInForce?.level ?? t.level, label: assessment.levelInForce?.label ?? t.levelLabel ?? assessment.levelLabel }
    : t
      ? { kind: 'outside', route: t.outsideAsbRoute?.label ?? 'another route' }
      : { kind: 'unknown' };
  const next = assessment.next;
  const day = toLondonDate(today, 'today');
  const m = assessment.mismatch;
  return {
    reference,
    level,
    flags: (t?.flags ?? []).map(flagWords),
    next: assessment.nextText && next ? { text: assessment.nextText, tone: next.status === 'overdue' ? 'overdue' : next.due === day ? 'today' : '' } : null,
    categoryUnknown: assessment.recordedMeaning === null && t !== null,
    mismatch: m ? { headline: m.headline, phrases: m.phrases, requirement: m.requirement, actions: m.actions } : null,
    problem: assessment.problem,
  };
}
