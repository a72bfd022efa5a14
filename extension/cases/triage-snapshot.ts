import { triage } from '../../core/index.ts';
import type { Policy, RiskLevel } from '../../core/index.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { hostTriageInput } from '../hosts/host-triage-input.ts';

/** What triage said of a case when it was last computed. */
export interface TriageSnapshot {
  level: RiskLevel | null;
  flags: string[];
}

/**
 * The level and flags to store with a case: triage of what the host page shows, raised by the
 * officer's risk answers. A case the core cannot triage is stored with no level and no flags.
 *
 * @example
 * triageSnapshot(racistAbuseCase, {}, policies.model)
 * //=> { level: 'high', flags: ['hate-incident'] }
 */
export function triageSnapshot(host: HostCase, riskAnswers: Record<string, boolean>, policy: Policy): TriageSnapshot {
  const questions = new Set(policy.riskAssessment.questions.map((q) => q.id));
  const answers = Object.fromEntries(Object.entries(riskAnswers).filter(([id]) => questions.has(id)));
  try {
    const result = triage(hostTriageInput(host), policy, Object.keys(answers).length > 0 ? { riskAssessment: answers } : {});
    return { level: result.level, flags: result.flags };
  } catch {
    return { level: null, flags: [] };
  }
}
