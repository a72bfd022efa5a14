import { MatchPattern } from 'wxt/utils/match-patterns';
import { activeHAdapter } from './activeh/adapter.ts';
import { createGenericAdapter } from './generic/generic-adapter.ts';
import type { HostAdapter } from './host-adapter.ts';
import type { HostRule } from './host-rule.ts';
import { omniledgerAdapter } from './omniledger/adapter.ts';

/**
 * The adapters written for a system, tried in order when no rule names the page's system.
 *
 * @example
 * BUILT_IN_ADAPTERS.map((a) => a.system) //=> ['activeh', 'omniledger']
 */
export const BUILT_IN_ADAPTERS: readonly HostAdapter[] = [activeHAdapter, omniledgerAdapter];

/**
 * The adapter the officer's host rules give a page's address: the first rule whose pattern
 * matches (a generic rule builds its adapter from its selectors; a generic rule without selectors
 * is skipped, as is a pattern that cannot be read); null when no rule does. The background checks
 * with it that a page was read with the adapter the rules pick (it has no document to detect with).
 *
 * @example
 * ruleAdapter(new URL('https://hms.example.org/asb/1'), [{ match: 'https://hms.example.org/*', system: 'omniledger' }])?.system //=> 'omniledger'
 */
export function ruleAdapter(url: URL, rules: readonly HostRule[] = []): HostAdapter | null {
  for (const rule of rules) {
    let applies = false;
    try {
      applies = new MatchPattern(rule.match).includes(url.href);
    } catch {
      applies = false;
    }
    if (!applies) continue;
    if (rule.system === 'generic') {
      if (rule.generic) return createGenericAdapter(rule.generic);
      continue;
    }
    const adapter = BUILT_IN_ADAPTERS.find((a) => a.system === rule.system);
    if (adapter) return adapter;
  }
  return null;
}

/**
 * The adapter for a page: the one its host rules give (see {@link ruleAdapter}), else the first
 * built-in adapter that recognises the page; null when none does.
 *
 * @example
 * pickAdapter(new URL('https://hms.example.org/asb/case/1'), document, [])?.system //=> 'activeh' on an Active H page
 */
export function pickAdapter(url: URL, doc: Document, rules: readonly HostRule[] = []): HostAdapter | null {
  return ruleAdapter(url, rules) ?? BUILT_IN_ADAPTERS.find((a) => a.detect(url, doc)) ?? null;
}
