import { VULNERABILITY_CODES } from '../../core/index.ts';
import type { QuestionStep } from '../step.ts';

/** 5. Impact and safety: how it affects them, risk of harm, others affected, and (optional, with why we ask) vulnerabilities. */
export const impact: QuestionStep = {
  id: 'impact',
  titled: true,
  fields: () => [
    { kind: 'textarea', name: 'impact', max: 5000 },
    { kind: 'radios', name: 'riskOfHarm', options: ['yes', 'no'], optionsKey: 'yesNo' },
    { kind: 'radios', name: 'affectsOthers', options: ['yes', 'no'], optionsKey: 'yesNo', optional: true },
    {
      kind: 'checkboxes',
      name: 'vulnerabilities',
      optional: true,
      why: 'whyWeAsk',
      options: VULNERABILITY_CODES,
    },
    { kind: 'textarea', name: 'vulnerabilitiesDetail', optional: true, max: 2000 },
  ],
};
