import type { Policy } from '../policy/policy-schema.ts';
import type { RiskLevel } from '../types.ts';
import { ValidationError, type ValidationIssue } from '../validation-error.ts';

/** The outcome of a risk assessment: its score, its band, and what the band asks for. */
export interface RiskAssessmentResult {
  score: number;
  maxScore: number;
  /** How many of the policy's questions were answered. */
  answered: number;
  questions: number;
  band: { id: string; label: string };
  /** The level the band raises the case to at least, if any. */
  raiseTo: RiskLevel | null;
  flags: string[];
  prompts: string[];
}

/**
 * Scores the policy's risk-assessment questionnaire: the sum of the weights of the questions
 * answered "yes"; the band is the last whose `minScore` the score reaches. Unanswered questions
 * score nothing. The questions, weights and bands are policy data, not an official matrix.
 *
 * @example
 * scoreRiskAssessment({ threatened: true, 'feels-unsafe': true }, policies.model)
 * //=> { score: 6, band: { id: 'raised', label: 'Raised risk' }, raiseTo: 'medium', ... }
 */
export function scoreRiskAssessment(answers: Record<string, boolean>, policy: Policy): RiskAssessmentResult {
  const { questions, bands } = policy.riskAssessment;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new ValidationError([{ path: 'answers', message: 'must be an object of question ids and true or false' }]);
  }
  const weights = new Map(questions.map((q) => [q.id, q.weight]));
  const issues: ValidationIssue[] = [];
  let score = 0;
  let answered = 0;
  for (const [id, answer] of Object.entries(answers)) {
    const weight = weights.get(id);
    if (weight === undefined) issues.push({ path: `answers.${id}`, message: `unknown question "${id}"` });
    else if (typeof answer !== 'boolean') issues.push({ path: `answers.${id}`, message: 'must be true or false' });
    else {
      answered += 1;
      if (answer) score += weight;
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const band = bands.reduce((found, b) => (score >= b.minScore ? b : found), bands[0]!);
  return {
    score,
    maxScore: questions.reduce((sum, q) => sum + q.weight, 0),
    answered,
    questions: questions.length,
    band: { id: band.id, label: band.label },
    raiseTo: band.raiseTo ?? null,
    flags: band.flags ?? [],
    prompts: band.prompts ?? [],
  };
}
