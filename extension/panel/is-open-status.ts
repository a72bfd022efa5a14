/** Statuses a host prints for a case that is over. */
const CLOSED_STATUS = /\b(closed|resolved|completed|cancell?ed|withdrawn)\b/i;

/**
 * True when a list row's status says the case is still open (no status counts as open).
 *
 * @example
 * isOpenStatus('Open') //=> true
 * isOpenStatus('Closed - resolved') //=> false
 */
export function isOpenStatus(status: string | undefined): boolean {
  return !CLOSED_STATUS.test(status ?? '');
}
