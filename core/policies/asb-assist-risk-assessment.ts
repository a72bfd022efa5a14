import type { PolicyInput } from '../policy/policy-schema.ts';

/**
 * ASB Assist's own risk and vulnerability questionnaire, shared by the presets.
 *
 * Neither seed policy publishes its matrix: 003 (Plus Dane, 6.1) requires "a full risk assessment of
 * the person making the report" and 002 (Co-op Homes, 1.3, 3.5, 6.1) requires support and protection
 * where there is risk or vulnerability. These questions, weights and bands are ours, written from the
 * themes those sections name. They are not an official matrix: a landlord replaces them with its own
 * in its policy file.
 */
export const asbAssistRiskAssessment: PolicyInput['riskAssessment'] = {
  title: 'Risk and vulnerability assessment',
  note:
    'These questions are ASB Assist\u2019s own starting set, not an official risk matrix. ' +
    'Your landlord can change the questions, weights and bands in its policy file.',
  source: '003 Plus Dane policy, 6.1 Victim Support / Vulnerability; 002 Co-op Homes procedure, 1.3, 3.5, 6.1',
  decided:
    'Neither seed publishes a questionnaire; weights favour threats, targeting and health, the harms both seeds name first.',
  questions: [
    { id: 'feels-unsafe', text: 'Does the complainant feel unsafe in their home or area?', weight: 3 },
    { id: 'threatened', text: 'Has anyone threatened them or their household?', weight: 3 },
    { id: 'targeted', text: 'Do they think they are targeted because of who they are?', weight: 3 },
    { id: 'frequent', text: 'Has it happened 3 or more times in the last month?', weight: 2 },
    { id: 'health', text: 'Is it affecting their physical or mental health?', weight: 2 },
    { id: 'disability-illness', text: 'Do they have a disability or a long-term illness?', weight: 2 },
    { id: 'children-affected', text: 'Are children in the household affected?', weight: 2 },
    { id: 'alone', text: 'Do they live alone or have little support from family or friends?', weight: 1 },
    { id: 'daily-life', text: 'Is it affecting their sleep, work or schooling?', weight: 1 },
    { id: 'thinking-of-moving', text: 'Have they thought about moving because of this?', weight: 1 },
    { id: 'self-harm', text: 'Have they said they might harm themselves?', weight: 6 },
  ],
  bands: [
    {
      id: 'standard',
      label: 'Standard risk',
      minScore: 0,
      prompts: ['Review the assessment if anything changes.'],
    },
    {
      id: 'raised',
      label: 'Raised risk',
      minScore: 6,
      raiseTo: 'medium',
      flags: ['support-needed'],
      prompts: [
        'Offer a referral to a support agency.',
        'Agree how often you will contact the complainant.',
      ],
    },
    {
      id: 'high',
      label: 'High risk',
      minScore: 11,
      raiseTo: 'high',
      flags: ['support-needed', 'safeguarding'],
      prompts: [
        'Make a support referral today.',
        'Consider a safeguarding referral and talk to your manager.',
        'Agree a safety plan with the complainant.',
      ],
    },
  ],
};
