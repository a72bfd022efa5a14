import { describe, expect, it } from 'vitest';
import { testPolicy } from '../deadlines/test-policy.ts';
import { checklistPolicyIndex } from './checklist-policy-index.ts';

describe('checklistPolicyIndex', () => {
  const policy = testPolicy({
    checklist: [
      { id: 'log', stage: 'report-and-record', label: 'Log it', event: 'logged', source: 's' },
      { id: 'close', stage: 'closure', label: 'Close it', event: 'case-closed', levels: ['low'], source: 's', decided: 'Why.' },
    ],
  });

  it('gives every step one shape, with its stage position', () => {
    expect(checklistPolicyIndex(policy)).toEqual([
      { id: 'log', label: 'Log it', event: 'logged', stage: 'report-and-record', stageIndex: 0, deadlines: [], levels: undefined, whenFlags: undefined, source: 's', decided: undefined },
      { id: 'close', label: 'Close it', event: 'case-closed', stage: 'closure', stageIndex: 6, deadlines: [], levels: ['low'], whenFlags: undefined, source: 's', decided: 'Why.' },
    ]);
  });

  it('is built once per policy object', () => {
    expect(checklistPolicyIndex(policy)).toBe(checklistPolicyIndex(policy));
    expect(checklistPolicyIndex({ ...policy })).not.toBe(checklistPolicyIndex(policy));
  });
});
