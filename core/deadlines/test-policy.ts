import { policySchema } from '../policy/policy-schema.ts';
import type { Policy, PolicyInput } from '../policy/policy-schema.ts';
import { BEHAVIOUR_CODES } from '../types.ts';

/**
 * A minimal valid policy for unit tests, parsed with `policySchema` so it is exactly what the
 * engines receive. First contact: 1 working day for high, 2 for medium and low (as Co-op Homes);
 * no deadlines and no checklist steps unless given. Every behaviour sits in the low level.
 * `overrides` replace whole top-level fields.
 *
 * @example
 * testPolicy({ region: 'scotland' }).region
 * //=> 'scotland'
 */
export function testPolicy(overrides: Partial<PolicyInput> = {}): Policy {
  const source = 'test fixture';
  const level = (name: 'high' | 'medium' | 'low', firstContact: number, months: number | null, all: boolean) => ({
    level: name,
    label: `${name} risk`,
    firstContact: { workingDays: firstContact, source },
    resolution: { months, source },
    behaviours: all ? BEHAVIOUR_CODES.map((code) => ({ code, source })) : [],
  });
  const input: PolicyInput = {
    id: 'test',
    landlord: 'Test Homes',
    title: 'Test ASB policy',
    region: 'england-and-wales',
    source,
    terms: { complainant: 'complainant', reportedPersonTenant: 'the person you reported', reportedPersonOfficer: 'alleged perpetrator', source },
    levels: [level('high', 1, null, false), level('medium', 2, 4, false), level('low', 2, 2, true)],
    riskOfHarm: { level: 'high', source },
    outsideAsb: {
      behaviours: [],
      returnsWhen: ['affectsOthers'],
      route: { id: 'outside', label: 'Outside ASB', officerAction: 'Handle outside ASB', tenantMessage: 'We will handle this another way.', source },
      source,
    },
    routes: [],
    rules: [],
    riskAssessment: {
      title: 'Risk assessment',
      note: 'Test questions',
      questions: [{ id: 'q1', text: 'Question?', weight: 1 }],
      bands: [{ id: 'standard', label: 'Standard', minScore: 0 }],
      source,
    },
    deadlines: [],
    checklist: [],
    caseReview: { threshold: 3, windowMonths: 6, promptAtReport: 2, source },
    signposts: [],
    ...overrides,
  };
  return policySchema.parse(input);
}
