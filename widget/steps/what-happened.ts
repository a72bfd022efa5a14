import { FREQUENCIES, STILL_HAPPENING } from '../../core/index.ts';
import type { QuestionStep } from '../step.ts';

/** 4. What happened, when it started (a date, roughly, or not sure), how often, where, and whether it still is. */
export const whatHappened: QuestionStep = {
  id: 'what-happened',
  titled: true,
  fields: () => [
    { kind: 'textarea', name: 'description', max: 5000 },
    {
      kind: 'radios',
      name: 'startedKind',
      options: ['date', 'approximate', 'not-sure'],
      reveal: {
        date: [{ kind: 'date', name: 'startedDate' }],
        approximate: [{ kind: 'text', name: 'startedText', max: 200 }],
      },
    },
    { kind: 'radios', name: 'frequency', options: FREQUENCIES },
    { kind: 'text', name: 'location', max: 1000 },
    { kind: 'radios', name: 'stillHappening', options: STILL_HAPPENING },
  ],
};
