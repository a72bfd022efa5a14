import { REGIONS } from '../types.ts';
import type { Region } from '../types.ts';
import { describeValue } from './iso-date.ts';

/**
 * Validates a bank-holiday region and returns it; throws an `Error` naming `field` otherwise.
 * @example
 * parseRegion('scotland') //=> 'scotland'
 * parseRegion('wales') // throws 'region: unknown region "wales" (expected england-and-wales, scotland or northern-ireland)'
 */
export function parseRegion(value: unknown, field = 'region'): Region {
  switch (value) {
    case 'england-and-wales':
    case 'scotland':
    case 'northern-ireland':
      return value;
    case undefined:
    case null:
    case '':
      throw new Error(`${field}: required`);
    default:
      throw new Error(
        `${field}: unknown region ${describeValue(value)} (expected ${REGIONS.slice(0, -1).join(', ')} or ${REGIONS.at(-1)})`,
      );
  }
}
