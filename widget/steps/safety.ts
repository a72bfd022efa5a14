import type { QuestionStep } from '../step.ts';

/** 1. Safety first: "Yes" shows 999, 101 and text relay at once, and the report can still be made. */
export const safety: QuestionStep = {
  id: 'safety',
  fields: () => [
    {
      kind: 'radios',
      name: 'immediateDanger',
      options: ['yes', 'no'],
      optionsKey: 'yesNo',
      heading: true,
      reveal: { yes: [{ kind: 'note', name: 'danger', warning: true }] },
    },
  ],
};
