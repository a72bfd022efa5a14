import type { Policy } from '../../core/index.ts';
import type { HostVocabulary } from '../hosts/host-vocabulary.ts';
import { BUILT_IN_ADAPTERS } from '../hosts/registry.ts';
import { assessCase, type CaseAssessment } from './assess-case.ts';
import type { TrackedCase } from './tracked-case.ts';

/** A tracked case's assessment: what the side panel, the dashboard and the background show of it. */
export interface TrackedAssessment extends CaseAssessment {
  key: string;
  tracked: TrackedCase;
  closed: boolean;
}

/** Matches nothing: a generic case stored before its mapping was kept with it. */
const NO_WORDS: HostVocabulary = { categories: {}, noteTypes: {} };

/**
 * The vocabulary a tracked case was read with: the one stored with it (the generic mapping's, as
 * the page had it), else its built-in system's.
 *
 * @example
 * trackedVocabulary({ system: 'activeh' }) === ACTIVEH_VOCABULARY //=> true
 */
export function trackedVocabulary(tracked: Pick<TrackedCase, 'system' | 'vocabulary'>): HostVocabulary {
  return tracked.vocabulary ?? BUILT_IN_ADAPTERS.find((a) => a.system === tracked.system)?.vocabulary ?? NO_WORDS;
}

/**
 * {@link assessCase} of a tracked case as stored: the host case last read, with the vocabulary
 * stored with it and what this browser recorded, as of `today` (a London date).
 *
 * @example
 * assessTrackedCase(trackedNoiseCase, policies.model, '2026-12-21').next?.id
 * //=> 'first-contact'
 */
export function assessTrackedCase(tracked: TrackedCase, policy: Policy, today: string): TrackedAssessment {
  return {
    ...assessCase(tracked.host, trackedVocabulary(tracked), policy, tracked, today),
    key: tracked.key,
    tracked,
    closed: tracked.closedAt !== null,
  };
}
