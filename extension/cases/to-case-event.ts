import type { CaseEvent } from '../../core/index.ts';
import type { RecordedEvent } from './tracked-case.ts';

/**
 * The core's view of a recorded event: type and time, and the level, reason, deadline explained and appointment date
 * when it has them (no empty fields, so the core sees exactly what was recorded).
 *
 * @example
 * toCaseEvent({ id: 'e1', caseKey: 'k', type: 'case-reclassified', at: '2026-12-24T11:00:00Z', source: 'checklist', recordedAt: '2026-12-24T11:00:00Z', level: 'high', reason: 'Threats' })
 * //=> { type: 'case-reclassified', at: '2026-12-24T11:00:00Z', level: 'high', reason: 'Threats' }
 */
export function toCaseEvent(event: Pick<RecordedEvent, 'type' | 'at' | 'level' | 'reason' | 'deadline' | 'appointmentAt'>): CaseEvent {
  const out: CaseEvent = { type: event.type, at: event.at };
  if (event.level !== undefined) out.level = event.level;
  if (event.reason !== undefined) out.reason = event.reason;
  if (event.deadline !== undefined) out.deadline = event.deadline;
  if (event.appointmentAt !== undefined) out.appointmentAt = event.appointmentAt;
  return out;
}
