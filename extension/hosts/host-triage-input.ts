import { readDescription, type DescriptionReading, type TriageInput } from '../../core/index.ts';
import type { HostCase } from './host-case.ts';
import { categoryMeaning, type HostVocabulary } from './host-vocabulary.ts';
import { BUILT_IN_ADAPTERS } from './registry.ts';

/**
 * What triage should read from a host case: the behaviours its recorded category means (in the
 * host's vocabulary; the built-in one for Active H and Omniledger) together with those its
 * description points to (core's {@link readDescription}), with any hate motive, risk of harm,
 * young person or vulnerability the description mentions. 'other' when neither says anything.
 * The same input the in-page banner triages, so the side panel and the banner agree. `reading`
 * saves reading the description again when the caller already has it.
 *
 * @example
 * hostTriageInput({ ...hostCase, system: 'activeh', recordedCategory: 'ASB - Noise', description: 'He shouted racist abuse.' })
 * //=> { behaviours: ['noise-excessive', 'hate-incident'], perceivedHate: ['race'], receivedAt: '2026-12-18T09:12', riskOfHarm: false }
 */
export function hostTriageInput(
  host: Pick<HostCase, 'system' | 'recordedCategory' | 'description' | 'receivedAt'>,
  vocabulary?: HostVocabulary,
  reading: DescriptionReading = readDescription(host.description),
): TriageInput {
  const words = vocabulary ?? BUILT_IN_ADAPTERS.find((a) => a.system === host.system)?.vocabulary;
  const meaning = words && host.recordedCategory.trim() !== '' ? categoryMeaning(words, host.recordedCategory) : null;
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
