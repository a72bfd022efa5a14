import type { QuestionStep } from '../step.ts';
import { aboutYou } from './about-you.ts';
import { behaviours } from './behaviours.ts';
import { evidence } from './evidence.ts';
import { hate } from './hate.ts';
import { impact } from './impact.ts';
import { person } from './person.ts';
import { safety } from './safety.ts';
import { whatHappened } from './what-happened.ts';

/**
 * Pages 1 to 8 of the journey, in order; check answers and confirmation follow.
 * @example
 * QUESTION_STEPS.map((step) => step.id) //=> ['safety', 'behaviours', 'hate', 'what-happened', 'impact', 'person', 'evidence', 'about-you']
 */
export const QUESTION_STEPS: readonly QuestionStep[] = [safety, behaviours, hate, whatHappened, impact, person, evidence, aboutYou];
