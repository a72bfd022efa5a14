import { BEHAVIOUR_CODES } from '../../core/index.ts';
import type { QuestionStep } from '../step.ts';

/** The core's behaviour codes, the two kinds of noise asked as one "Noise" choice with a follow-up. */
const OPTIONS = BEHAVIOUR_CODES.flatMap((code) => (code === 'noise-everyday' ? ['noise'] : code === 'noise-excessive' ? [] : [code]));

/**
 * 2. What is happening, in plain words. Each choice is a core behaviour code, except "Noise",
 * whose follow-up tells everyday living noise (often handled outside ASB) from loud or unusual noise.
 */
export const behaviours: QuestionStep = {
  id: 'behaviours',
  fields: () => [
    {
      kind: 'checkboxes',
      name: 'behaviours',
      heading: true,
      options: OPTIONS,
      reveal: { noise: [{ kind: 'radios', name: 'noiseKind', options: ['everyday', 'excessive'] }] },
    },
  ],
};
