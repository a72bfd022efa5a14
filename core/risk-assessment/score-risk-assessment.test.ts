import { describe, expect, it } from 'vitest';
import { policies } from '../policies/policies.ts';
import { scoreRiskAssessment } from './score-risk-assessment.ts';

const model = policies.model!;

describe('scoreRiskAssessment', () => {
  it('scores nothing and the lowest band when all answers are no', () => {
    const result = scoreRiskAssessment({ 'feels-unsafe': false, threatened: false }, model);
    expect(result).toMatchObject({ score: 0, answered: 2, band: { id: 'standard' }, raiseTo: null });
  });

  it('adds the weights of yes answers and picks the band the score reaches', () => {
    expect(scoreRiskAssessment({ 'feels-unsafe': true, threatened: true }, model)).toMatchObject({
      score: 6,
      band: { id: 'raised', label: 'Raised risk' },
      raiseTo: 'medium',
      flags: ['support-needed'],
    });
    expect(scoreRiskAssessment({ 'self-harm': true, 'feels-unsafe': true, threatened: false, alone: true, 'daily-life': true }, model).band.id).toBe('high');
  });

  it('reports the maximum score so a screen can show progress', () => {
    const result = scoreRiskAssessment({}, model);
    expect(result.maxScore).toBe(model.riskAssessment.questions.reduce((s, q) => s + q.weight, 0));
    expect(result.questions).toBe(model.riskAssessment.questions.length);
  });

  it('names unknown questions and answers that are not yes or no', () => {
    expect(() => scoreRiskAssessment({ nope: true }, model)).toThrow(/answers\.nope: unknown question "nope"/);
    expect(() => scoreRiskAssessment({ threatened: 'yes' as never }, model)).toThrow(/answers\.threatened: must be true or false/);
    expect(() => scoreRiskAssessment(null as never, model)).toThrow(/^answers:/);
  });
});
