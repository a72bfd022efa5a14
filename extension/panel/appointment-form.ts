import * as z from 'zod/mini';
import { toLondonDate } from '../../core/index.ts';

const schema = z
  .string({ error: 'Appointment date and time: enter the date and time of the appointment' })
  .check(
    z.trim(),
    z.minLength(1, 'Appointment date and time: enter the date and time of the appointment'),
    z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Appointment date and time: enter a date and a time, like 7 December 2026 at 2:00pm'),
  );

/**
 * Checks the appointment's date and time typed when ticking "appointment offered" (a
 * `datetime-local` value, London time) with zod: it is required, and the appointment cannot be
 * before the report was received. The error names the field.
 *
 * @example
 * readAppointment('2026-12-07T14:00', '2026-12-01T10:00') //=> { ok: true, value: '2026-12-07T14:00' }
 * readAppointment('', '2026-12-01T10:00') //=> { ok: false, error: 'Appointment date and time: enter the date and time of the appointment' }
 */
export function readAppointment(value: unknown, receivedAt: string): { ok: true; value: string } | { ok: false; error: string } {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  let date: string;
  try {
    date = toLondonDate(parsed.data, 'appointmentAt');
  } catch {
    return { ok: false, error: 'Appointment date and time: enter a real date and time' };
  }
  if (date < toLondonDate(receivedAt, 'receivedAt')) {
    return { ok: false, error: 'Appointment date and time: the appointment cannot be before the report was received' };
  }
  return { ok: true, value: parsed.data };
}
