import type { HostSystem } from './host-case.ts';

/**
 * The key of a tracked case: its host system and its reference there.
 *
 * @example
 * caseKey('activeh', 'ASB-1001') //=> 'activeh:ASB-1001'
 */
export function caseKey(system: HostSystem, reference: string): string {
  return `${system}:${reference}`;
}
