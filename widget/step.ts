import type { TemplateResult } from 'lit/html.js';
import type { Answers } from './answers.ts';
import type { Field } from './field.ts';
import type { RenderContext } from './render-field.ts';

/** The ids of the journey's pages, in order. */
export type StepId =
  | 'safety'
  | 'behaviours'
  | 'hate'
  | 'what-happened'
  | 'impact'
  | 'person'
  | 'evidence'
  | 'about-you'
  | 'check'
  | 'confirmation';

/**
 * One page of the journey that asks questions. Its questions are data (`fields`), so the
 * element draws, validates and summarises every page the same way.
 */
export interface QuestionStep {
  id: StepId;
  /** The page heading is `strings.titles[id]`, not the first question's label. */
  titled?: boolean;
  /** The questions, given the answers so far (some depend on them). */
  fields(answers: Answers): Field[];
  /** Draws the fields itself (the diary groups its fields by entry). */
  render?(fields: Field[], c: RenderContext): TemplateResult;
}
