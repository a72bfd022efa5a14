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
 * The adapter for a page: the first host rule whose pattern matches the URL (a generic rule builds
 * its adapter from its selectors), else the first built-in adapter that recognises the page; null
 * when none does. A rule with a pattern that cannot be read is skipped.
 *
 * @example
 * pickAdapter(new URL('https://hms.example.org/asb/case/1'), document, [])?.system //=> 'activeh' on an Active H page
 */
export function pickAdapter(url: URL, doc: Document, rules: readonly HostRule[] = []): HostAdapter | null {
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
  return BUILT_IN_ADAPTERS.find((a) => a.detect(url, doc)) ?? null;
}
