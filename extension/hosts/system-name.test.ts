import { describe, expect, it } from 'vitest';
import { hostRuleSchema } from './host-rule.ts';
import { systemName } from './system-name.ts';

const harbourline = hostRuleSchema.parse({
  match: 'https://hms.harbourline.example/*',
  system: 'generic',
  generic: {
    name: 'Harbourline Housing',
    match: 'https://hms.harbourline.example/*',
    caseView: { reference: '#ref', receivedAt: '#received', category: '#category', description: '#details' },
  },
});
const activeH = hostRuleSchema.parse({ match: 'https://ah.example.org/*', system: 'activeh' });

describe('systemName', () => {
  it('names the built-in systems', () => {
    expect(systemName('activeh')).toBe('Active H');
    expect(systemName('omniledger', { url: 'https://hms.harbourline.example/x', rules: [harbourline] })).toBe('Omniledger');
  });

  it('names a mapped system by its mapping, found by the case’s address', () => {
    expect(systemName('generic', { url: 'https://hms.harbourline.example/enquiry/HL-8803', rules: [activeH, harbourline] })).toBe('Harbourline Housing');
  });

  it('says "your housing system" only when no mapping covers the address', () => {
    expect(systemName('generic', { url: 'https://elsewhere.example/case/1', rules: [activeH, harbourline] })).toBe('your housing system');
    expect(systemName('generic', { url: 'https://hms.harbourline.example/enquiry/HL-8803', rules: undefined })).toBe('your housing system');
    expect(systemName('generic')).toBe('your housing system');
  });
});
