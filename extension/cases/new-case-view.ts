import { formatDateLong, type RiskLevel } from '../../core/index.ts';
import type { CaseAssessment } from './assess-case.ts';
import { flagWords } from './flag-words.ts';

/**
 * Exactly what the live triage beside a host's new-case form draws, worked out in the background
 * from the form's case's one assessment (assessCase): the page only draws it.
 */
export interface NewCaseView {
  /**
   * 'none': nothing chosen or described yet; an ASB level with its first contact in words; or
   * outside the ASB policy. Null when triage gave a level without a first-contact date (nothing to show).
   */
  level: { kind: 'none' } | { kind: 'asb'; level: RiskLevel; label: string; firstContact: string } | { kind: 'outside'; route: string } | null;
  /** The flags in words ("Hate incident"). */
  flags: string[];
  /** The mismatch in one line ("Recorded as …, but the description points to …: record it as such. Manage as …"), or null. */
  mismatch: string | null;
  /** The category chosen when it is not one ASB Assist knows (the level then comes from the description), else null. */
  unknownCategory: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The live triage of a new-case form from the assessment of the form as the case it will be;
 * `category` is the category chosen in the form ('' when none).
 *
 * @example
 * newCaseView(assessCase(formCase, ACTIVEH_VOCABULARY, policies.model, null, '2026-12-18T10:00:00Z'), 'ASB - Racial Harassment')
 * //=> { level: { kind: 'asb', level: 'high', label: 'Level 1 High Risk', firstContact: 'First contact by Monday 21 December 2026 (1 working day)' }, flags: ['Hate incident'], mismatch: null, unknownCategory: null }
 */
export function newCaseView(assessment: CaseAssessment, category: string): NewCaseView {
  const t = assessment.triage;
  let level: NewCaseView['level'] = t ? null : { kind: 'none' };
  if (t && !t.isAsb) level = { kind: 'outside', route: t.outsideAsbRoute?.label ?? 'another route' };
  else if (t?.isAsb && t.level && t.levelLabel && t.firstContactDue && t.firstContactWorkingDays !== null) {
    level = {
      kind: 'asb',
      level: t.level,
      label: t.levelLabel,
      firstContact: `First contact by ${formatDateLong(t.firstContactDue)} (${plural(t.firstContactWorkingDays, 'working day')})`,
    };
  }
  const m = assessment.mismatch;
  return {
    level,
    flags: (t?.flags ?? []).map(flagWords),
    mismatch: m ? `${m.headline}: record it as such. ${m.actions[0] ?? ''}` : null,
    unknownCategory: category !== '' && assessment.recordedMeaning === null ? category : null,
  };
}
