import * as z from 'zod/mini';
import { RISK_LEVELS, type RiskLevel } from '../../core/index.ts';
import { HOST_SYSTEMS, hostCaseSchema } from '../hosts/host-case.ts';
import { hostVocabularySchema } from '../hosts/host-vocabulary-schema.ts';

/** Where an officer-recorded event came from. */
export const EVENT_SOURCES = ['checklist', 'risk-assessment', 'letter', 'import', 'level-change', 'explanation'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

const required = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const dateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'must be a date or ISO 8601 date-time'));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)'));

/**
 * An event the officer recorded in the side panel (a ticked checklist step), with its time and source.
 *
 * @example
 * recordedEventSchema.safeParse({ id: 'e1', caseKey: 'activeh:ASB-1', type: 'case-reviewed', at: '2026-12-21T10:00:00Z', source: 'checklist', recordedAt: '2026-12-21T10:00:00Z' }).success //=> true
 */
export const recordedEventSchema = z.object({
  id: required,
  caseKey: required,
  /** The core's event type: `'complainant-contacted'`. */
  type: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')),
  /** When it happened (ISO 8601 date-time). */
  at: dateTime,
  source: z.enum(EVENT_SOURCES),
  /** When it was recorded (ISO 8601 date-time). */
  recordedAt: dateTime,
  /** `case-reclassified`: the new level. */
  level: z.optional(z.enum(RISK_LEVELS)),
  /** `case-reclassified`: why the level changed; `explanation-recorded`: why the deadline was met late or missed (officer's words). */
  reason: z.optional(required),
  /** `explanation-recorded`: the id of the deadline explained (`'first-contact'`). */
  deadline: z.optional(required),
  /** `appointment-offered`: the date-time of the appointment offered (ISO 8601). */
  appointmentAt: z.optional(dateTime),
  /** Who recorded it: the officer's name from the options ('' or absent when not set). */
  by: z.optional(z.string()),
});
export type RecordedEvent = z.infer<typeof recordedEventSchema>;

/** What an event carries beyond its type and time: the new level and why, the deadline explained, an appointment's date, who recorded it. */
export type EventDetails = Pick<RecordedEvent, 'level' | 'reason' | 'deadline' | 'appointmentAt' | 'by'>;


/** One category the host page showed for a case, with when this browser first saw it there. */
export const seenCategorySchema = z.object({
  category: required,
  /** When this browser first saw the page show it (ISO 8601 date-time). */
  seenAt: dateTime,
});
export type { SeenCategory } from '../hosts/tracked-facts.ts';

/**
 * A tracked case as stored (schema version 2): what the host page showed plus the officer's own facts.
 *
 * @example
 * trackedCaseSchema.safeParse(record).success //=> true for a case as the repository stores it
 */
export const trackedCaseSchema = z.object({
  /** `system:reference`, see caseKey in extension/hosts/case-key.ts. */
  key: required,
  system: z.enum(HOST_SYSTEMS),
  reference: required,
  /** The case as last read from the host page. */
  host: hostCaseSchema,
  /**
   * The vocabulary the page was read with, for a generic host (its mapping's categories and note
   * types), so the side panel and the dashboard read the category as the page did. Absent for
   * Active H and Omniledger, whose built-in vocabularies are used.
   */
  vocabulary: z.optional(hostVocabularySchema),
  firstSeenAt: dateTime,
  lastSeenAt: dateTime,
  /** Triage level when last computed (null: outside the ASB policy). */
  level: z.nullable(z.enum(RISK_LEVELS)),
  flags: z.array(z.string()),
  /** The officer named by the host page ('' when none), for the dashboard filter. */
  officer: z.string(),
  /**
   * Deadline id → the recorded reason it was missed, as older versions stored it. Still read (the
   * core takes both); explanations are now recorded as `explanation-recorded` events, and saving
   * one for a deadline moves it out of here.
   */
  missedReasons: z.record(z.string(), z.string()),
  /** Risk-assessment answers, question id → yes/no. */
  riskAnswers: z.record(z.string(), z.boolean()),
  /** Dates of earlier reports by the same complainant (ASB Case Review). */
  reportDates: z.array(date),
  /**
   * Report date → the date of the incident it was about, where known (this report under its
   * London received date): a report counts towards the ASB Case Review only when made within the
   * policy's `qualifyingWithinMonths` of the incident (2025 statutory guidance). Absent in older records.
   */
  incidentDates: z.optional(z.record(date, date)),
  /** London date the case was closed (a case-closed event), else null. */
  closedAt: z.nullable(date),
  /**
   * The category the host page showed when this browser first saw the case, then each different
   * category it showed later, with when it was first seen, oldest first (see seenCategories). The
   * first one gives the level at receipt; a later one that gives another level is a level change
   * on the day it was first seen, so later days give the same answer. Absent in older records
   * (the category last read, `host.recordedCategory`, then stands for the first).
   */
  categories: z.optional(z.array(seenCategorySchema)),
});
export type TrackedCaseRecord = z.infer<typeof trackedCaseSchema>;

/** A tracked case with its officer-recorded events, oldest first. */
export type TrackedCase = TrackedCaseRecord & { events: RecordedEvent[] };

/** The level and flags stored with a case when it is written (from its assessment). */
export interface TriageSnapshot {
  level: RiskLevel | null;
  flags: string[];
}
