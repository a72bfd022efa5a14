import { AGE_GROUPS } from '../../core/index.ts';
import type { QuestionStep } from '../step.ts';

/** 6. The person they are reporting, if they know (all optional; never the user's own details, so no autofill). */
export const person: QuestionStep = {
  id: 'person',
  fields: () => [
    {
      kind: 'radios',
      name: 'knowsPerson',
      options: ['yes', 'no'],
      optionsKey: 'yesNo',
      heading: true,
      optional: true,
      reveal: {
        yes: [
          { kind: 'text', name: 'personName', optional: true, autocomplete: 'off', max: 200 },
          { kind: 'textarea', name: 'personAddress', optional: true, autocomplete: 'off', max: 500 },
          { kind: 'textarea', name: 'personDescription', optional: true, max: 2000 },
          { kind: 'radios', name: 'personAgeGroup', options: AGE_GROUPS, optional: true },
        ],
      },
    },
  ],
};
