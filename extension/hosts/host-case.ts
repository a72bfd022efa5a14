import * as z from 'zod/mini';

/** The host systems the extension knows. 'generic' is configured by selectors in settings. */
export const HOST_SYSTEMS = ['activeh', 'omniledger', 'generic'] as const;
export type HostSystem = (typeof HOST_SYSTEMS)[number];

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
/** ISO 8601 date-time without offset (Europe/London local time) or a bare date. */
const localDateTime = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'must be a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM)'));

/** One dated entry of the host's notes / case log, as read from the page. */
export const hostLogEntrySchema = z.object({
  at: localDateTime,
  /** The host's own type of note ("Phone call to complainant"), or '' when the host has none. */
  kind: z.string(),
  text: z.string(),
  /** The core event type this entry stands for, when recognised ('complainant-contacted'). */
  event: z.optional(z.string()),
});

export const hostPartySchema = z.object({
  role: z.enum(['complainant', 'reported', 'witness', 'other']),
  name: text,
});

/**
 * A case as read from a host system's case view, validated before the extension uses it.
 * Host-page text is data: it is never rendered as HTML.
 */
export const hostCaseSchema = z.object({
  system: z.enum(HOST_SYSTEMS),
  reference: text,
  receivedAt: localDateTime,
  /** The category as the host recorded it ("Noise", "ASB - Nuisance"). */
  recordedCategory: text,
  description: z.string(),
  parties: z.array(hostPartySchema),
  officer: z.optional(z.string()),
  address: z.optional(z.string()),
  status: z.optional(z.string()),
  /** True when the status says the case is over, in the system's words (see isClosedStatus). */
  closed: z.optional(z.boolean()),
  /**
   * For a closed case: since when, as a London date or date-time, where known (the page's own
   * closing date, else the day ASB Assist first read it closed: see saveSeenCase).
   */
  closedAt: z.optional(localDateTime),
  logEntries: z.array(hostLogEntrySchema),
  url: z.string(),
});

export type HostCase = z.infer<typeof hostCaseSchema>;
export type HostLogEntry = z.infer<typeof hostLogEntrySchema>;
export type HostParty = z.infer<typeof hostPartySchema>;

/** A row of a host's case list. */
export const hostCaseRowSchema = z.object({
  system: z.enum(HOST_SYSTEMS),
  reference: text,
  receivedAt: localDateTime,
  recordedCategory: z.string(),
  status: z.optional(z.string()),
  /** True when the row's status says the case is over, in the system's words. */
  closed: z.optional(z.boolean()),
});
export type HostCaseRow = z.infer<typeof hostCaseRowSchema>;
