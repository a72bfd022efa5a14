import { HATE_STRANDS } from '../../core/index.ts';
import type { QuestionStep } from '../step.ts';

/** 3. Whether they think it happens because of who they are: a hate motive perceived by anyone counts. */
export const hate: QuestionStep = {
  id: 'hate',
  fields: () => [
    {
      kind: 'checkboxes',
      name: 'perceivedHate',
      heading: true,
      options: [...HATE_STRANDS, 'none'],
      exclusive: 'none',
      reveal: { other: [{ kind: 'textarea', name: 'perceivedHateDetail', optional: true, max: 1000 }] },
    },
  ],
};
