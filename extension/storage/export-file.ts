import * as z from 'zod/mini';
import { settingsSchema } from '../settings/settings-schema.ts';
import { recordedEventSchema, trackedCaseSchema } from '../cases/tracked-case.ts';

/** What an export file says it is. */
export const EXPORT_FORMAT = 'asb-assist-export';
/** The version of the export file this build writes and reads. */
export const EXPORT_VERSION = 1;

/**
 * The export file: every tracked case with its events, and the settings.
 * Validated on import; `version` is checked first so a newer file gets a clear message.
 *
 * @example
 * exportFileSchema.safeParse({ format: 'asb-assist-export', version: 1, exportedAt: '2026-12-21T10:00:00Z', cases: [] }).success //=> true
 */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().check(z.minLength(1)),
  settings: z.optional(settingsSchema),
  cases: z.array(z.extend(trackedCaseSchema, { events: z.array(recordedEventSchema) })),
});

export type ExportFile = z.infer<typeof exportFileSchema>;
