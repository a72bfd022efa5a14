import { MatchPattern } from 'wxt/utils/match-patterns';
import type { HostSystem } from './host-case.ts';
import type { HostRule } from './host-rule.ts';

const SYSTEM_NAMES: Record<HostSystem, string> = { activeh: 'Active H', omniledger: 'Omniledger', generic: 'your housing system' };

const includes = (pattern: string, url: string): boolean => {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
};

/**
 * A host system's name in words. For a system mapped in the options (generic), the name its
 * mapping gives, found by the case's address among the host rules; "your housing system" only
 * when no mapping covers the address (the mapping was removed since).
 *
 * @example
 * systemName('activeh') //=> 'Active H'
 * systemName('generic', { url: 'https://hms.harbourline.example/enquiry/HL-8803', rules }) //=> 'Harbourline'
 */
export function systemName(system: HostSystem, where?: { url: string; rules: readonly HostRule[] | undefined }): string {
  if (system === 'generic' && where) {
    const rule = (where.rules ?? []).find(
      (r) => r.system === 'generic' && r.generic !== undefined && (includes(r.match, where.url) || includes(r.generic.match, where.url)),
    );
    if (rule?.generic) return rule.generic.name;
  }
  return SYSTEM_NAMES[system];
}
