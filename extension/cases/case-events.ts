import type { RecordedEvent } from './tracked-case.ts';

/**
 * Events read in bulk, grouped by the case they belong to (each group in the order read).
 *
 * @example
 * eventsByCase([{ caseKey: 'activeh:A', ... }, { caseKey: 'activeh:B', ... }]).get('activeh:A')?.length //=> 1
 */
export function eventsByCase(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const byCase = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const list = byCase.get(event.caseKey);
    if (list) list.push(event);
    else byCase.set(event.caseKey, [event]);
  }
  return byCase;
}

/**
 * A case's events oldest first (ties: the one recorded first).
 *
 * @example
 * sortEvents([later, earlier]) //=> [earlier, later]
 */
export function sortEvents(events: readonly RecordedEvent[]): RecordedEvent[] {
  return [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.recordedAt < b.recordedAt ? -1 : 1));
}
