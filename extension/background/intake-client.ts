import * as z from 'zod/mini';
import { parseOrThrow, reportSchema, type Report } from '../../core/index.ts';
import type { IntakeSettings } from '../settings/intake-settings.ts';

/** One new website report as the side panel lists it (no report content). */
export interface InboxReport {
  reference: string;
  receivedAt: string;
  /** `'Level 1 High Risk'`, or null outside ASB. */
  levelLabel: string | null;
  /** `'YYYY-MM-DD'`, or null outside ASB. */
  firstContactDue: string | null;
}

/** A report in full, as the new-case form is filled from it. */
export interface IntakeReport {
  reference: string;
  receivedAt: string;
  report: Report;
}

/** A failure talking to the intake, in plain English for the officer (never with report content). */
export class IntakeError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'IntakeError';
  }
}

const isoText = z.string().check(z.refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date and time'));
const summarySchema = z.object({
  reference: z.string().check(z.minLength(1)),
  receivedAt: isoText,
  levelLabel: z.nullable(z.string()),
  firstContactDue: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'))),
});
const listSchema = z.object({ reports: z.array(summarySchema) });
const reportReplySchema = z.object({ reference: z.string().check(z.minLength(1)), receivedAt: isoText, report: z.unknown() });

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The intake's staff API (widget/intake/staff-api.ts) as the background calls it: new reports,
 * one report, mark one taken with the housing system's reference. Every answer is checked; every
 * failure becomes an {@link IntakeError} with a message an officer can act on. The token goes
 * only in the `Authorization` header and never into a message or log.
 *
 * @example
 * const intake = createIntakeClient(parseIntakeSettings(settings));
 * (await intake.listNew())[0].reference //=> 'ASB-2026-000012'
 * await intake.markTaken('ASB-2026-000012', 'OL-104240')
 */
export function createIntakeClient(settings: IntakeSettings, fetchImpl: Fetch = (input, init) => fetch(input, init)) {
  const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(`${settings.baseUrl}/api/staff/${path}`, {
        ...init,
        headers: { Accept: 'application/json', Authorization: `Bearer ${settings.staffToken}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new IntakeError('The intake service cannot be reached. Check your connection, and the intake address in ASB Assist’s settings.', null);
    }
    if (response.status === 401) {
      throw new IntakeError('The intake service did not accept the staff token. Ask your administrator for a new one and enter it in ASB Assist’s settings.', 401);
    }
    if (response.status === 404) throw new IntakeError('The intake service has no such report, or the intake address in settings is wrong.', 404);
    if (response.status === 409) throw new IntakeError('This report was already marked as taken into the housing system.', 409);
    if (!response.ok) throw new IntakeError(`The intake service answered with an error (${response.status}). Try again later.`, response.status);
    try {
      return await response.json();
    } catch {
      throw new IntakeError('The intake service sent an answer ASB Assist cannot read. Check the intake address in settings.', response.status);
    }
  };
  const checked = <T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } }, value: unknown): T => {
    const result = schema.safeParse(value);
    if (!result.success) throw new IntakeError('The intake service sent an answer ASB Assist cannot read. Check the intake address in settings.', null);
    return result.data;
  };
  return {
    /** Reports not yet taken into the housing system, oldest first. */
    async listNew(): Promise<InboxReport[]> {
      const { reports } = checked(listSchema, await call('reports?status=new&limit=100'));
      return reports.map(({ reference, receivedAt, levelLabel, firstContactDue }) => ({ reference, receivedAt, levelLabel, firstContactDue }));
    },
    /** One report in full. */
    async getReport(reference: string): Promise<IntakeReport> {
      const reply = checked(reportReplySchema, await call(`reports/${encodeURIComponent(reference)}`));
      let report: Report;
      try {
        report = parseOrThrow(reportSchema, reply.report, { prefix: 'report', root: 'report' });
      } catch {
        throw new IntakeError(`Report ${reference} could not be read from the intake service.`, null);
      }
      return { reference: reply.reference, receivedAt: reply.receivedAt, report };
    },
    /** Marks a report taken with the housing system's reference. */
    async markTaken(reference: string, hmsReference: string): Promise<void> {
      await call(`reports/${encodeURIComponent(reference)}/taken`, { method: 'POST', body: JSON.stringify({ hmsReference }) });
    },
  };
}

/** The client {@link createIntakeClient} makes. */
export type IntakeClient = ReturnType<typeof createIntakeClient>;
