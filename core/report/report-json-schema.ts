import * as z from 'zod/mini';
import { reportSchema } from './report-schema.ts';

/**
 * The `$id` of the report's JSON Schema, version 1 (a URN: the schema is served by no host).
 * @example
 * reportJsonSchema().$id === REPORT_JSON_SCHEMA_ID //=> true
 */
export const REPORT_JSON_SCHEMA_ID = 'urn:asb-assist:schema:report:1';

/**
 * The JSON Schema (draft 2020-12) of what an integrator sends as a report: the input side of
 * {@link reportSchema}, with `$id`, `title` and a description on every field. It describes shape,
 * lengths, patterns and choices; the checks it cannot express (real calendar dates, unique
 * choices, the chosen contact method's detail, dates not in the future, blank counting as
 * missing) are made by `parseReport`, which is the final word.
 *
 * @example
 * reportJsonSchema().required
 * //=> ['schemaVersion', 'policyId', 'immediateDanger', 'behaviours', 'description', 'started', 'frequency',
 * //    'location', 'stillHappening', 'impact', 'riskOfHarm', 'reporter', 'consentToShare']
 */
export function reportJsonSchema(): Record<string, unknown> & { $id: string; title: string; properties: Record<string, unknown> } {
  const generated = z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  const { $schema, ...rest } = generated;
  return { $schema, $id: REPORT_JSON_SCHEMA_ID, title: 'ASB Assist report, version 1', ...rest };
}
