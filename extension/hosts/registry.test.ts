import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostRuleSchema } from './host-rule.ts';
import { pickAdapter, ruleAdapter } from './registry.ts';

const load = (path: string) =>
  parseHTML(readFileSync(new URL(`../../test/fixtures/hosts/${path}`, import.meta.url), 'utf8')).document as unknown as Document;
const blank = parseHTML('<html><body><p>Hello</p></body></html>').document as unknown as Document;
const url = new URL('http://127.0.0.1:4310/hosts/page.html');

describe('pickAdapter', () => {
  it('recognises each built-in system by its pages', () => {
    expect(pickAdapter(url, load('activeh/asb/case-list.html'))?.system).toBe('activeh');
    expect(pickAdapter(url, load('omniledger/asb-log/index.html'))?.system).toBe('omniledger');
  });

  it('is null on a page of no known system', () => {
    expect(pickAdapter(url, blank)).toBeNull();
  });

  it('uses the generic adapter a rule configures for matching URLs', () => {
    const rule = hostRuleSchema.parse({
      match: 'https://housing.example.org/*',
      system: 'generic',
      generic: { name: 'Housing Cloud', match: 'https://housing.example.org/*', caseView: { reference: '#r', receivedAt: '#d', category: '#c', description: '#t' } },
    });
    expect(pickAdapter(new URL('https://housing.example.org/case/1'), blank, [rule])?.name).toBe('Housing Cloud');
    expect(pickAdapter(new URL('https://other.example.org/case/1'), blank, [rule])).toBeNull();
  });

  it('uses the system a rule names, even when the page does not announce itself', () => {
    const rule = hostRuleSchema.parse({ match: 'https://ah.example.org/*', system: 'activeh' });
    expect(pickAdapter(new URL('https://ah.example.org/x'), blank, [rule])?.system).toBe('activeh');
  });
});

describe('ruleAdapter', () => {
  it('gives the first rule that matches the address, skipping a generic rule without selectors; null when none matches', () => {
    const rules = [
      { match: 'https://ah.example.org/*', system: 'generic' as const },
      { match: 'https://ah.example.org/asb/*', system: 'omniledger' as const },
      { match: 'https://ah.example.org/*', system: 'activeh' as const },
      { match: 'not a pattern', system: 'activeh' as const },
    ];
    expect(ruleAdapter(new URL('https://ah.example.org/asb/1'), rules)?.system).toBe('omniledger');
    expect(ruleAdapter(new URL('https://ah.example.org/other'), rules)?.system).toBe('activeh');
    expect(ruleAdapter(new URL('https://elsewhere.example.org/asb/1'), rules)).toBeNull();
    expect(ruleAdapter(new URL('https://ah.example.org/asb/1'), [])).toBeNull();
  });
});

describe('hostRuleSchema', () => {
  it('needs selectors for a generic host', () => {
    const result = hostRuleSchema.safeParse({ match: 'https://housing.example.org/*', system: 'generic' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['generic']);
  });

  it('refuses an unknown system', () => {
    expect(hostRuleSchema.safeParse({ match: 'https://h.example.org/*', system: 'sap' }).success).toBe(false);
  });
});
