import type { HostSystem } from './host-case.ts';

const SYSTEM_NAMES: Record<HostSystem, string> = { activeh: 'Active H', omniledger: 'Omniledger', generic: 'your housing system' };

/**
 * A host system's name in words.
 *
 * @example
 * systemName('activeh') //=> 'Active H'
 */
export function systemName(system: HostSystem): string {
  return SYSTEM_NAMES[system];
}
