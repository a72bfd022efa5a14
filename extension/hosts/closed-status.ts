/**
 * Words a housing system's status shows for a case that is over, when the system's adapter or
 * mapping gives none of its own.
 */
export const DEFAULT_CLOSED_WORDS: readonly string[] = ['closed', 'resolved', 'completed', 'cancelled', 'canceled', 'withdrawn'];

const compiled = new Map<string, RegExp>();

/**
 * True when a case's status, as the host prints it, contains one of the system's words for a case
 * that is over (whole words, any case: "Closed - resolved", "CLOSED"); false for no status.
 *
 * @example
 * isClosedStatus('Closed - No further action', ['Closed']) //=> true
 * isClosedStatus('Open', ['Closed']) //=> false
 * isClosedStatus('Finalised', ['finalised', 'archived']) //=> true
 */
export function isClosedStatus(status: string | undefined, words: readonly string[] = DEFAULT_CLOSED_WORDS): boolean {
  if (!status || words.length === 0) return false;
  const key = words.join('\u0000');
  let pattern = compiled.get(key);
  if (!pattern) {
    const alternatives = words.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).filter((w) => w !== '');
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    compiled.set(key, pattern);
  }
  return pattern.test(status);
}
