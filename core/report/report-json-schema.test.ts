import { describe, expect, it } from 'vitest';
// Full zod only here, in a test: it rebuilds a validator from the JSON Schema alone, as an integrator would.
import { fromJSONSchema } from 'zod';
import { REPORT_JSON_SCHEMA_ID, reportJsonSchema } from './report-json-schema.ts';
import { reportSchema } from './report-schema.ts';
import { sampleReport } from './sample-report.ts';

describe('reportJsonSchema', () => {
  const schema = reportJsonSchema();

  it('is a draft 2020-12 schema with an id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(REPORT_JSON_SCHEMA_ID);
    expect(schema.title).toMatch(/report/i);
  });

  it('names and describes every top-level field of the report', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(reportSchema.shape).sort());
    for (const [name, property] of Object.entries(schema.properties)) {
      expect((property as { description?: string }).description, name).toMatch(/\w/);
    }
  });

  it('marks the fields a report must have as required', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['behaviours', 'description', 'reporter', 'consentToShare', 'schemaVersion']));
    expect(schema.required).not.toContain('diary');
    expect(schema.required).not.toContain('perceivedHate');
  });

  it('passes the sample report and fails broken ones in a structural check', () => {
    const validator = fromJSONSchema(schema as Parameters<typeof fromJSONSchema>[0]);
    expect(validator.safeParse(sampleReport).success).toBe(true);
    const { description: _description, ...withoutDescription } = sampleReport;
    expect(validator.safeParse(withoutDescription).success).toBe(false);
    expect(validator.safeParse({ ...sampleReport, behaviours: ['karaoke'] }).success).toBe(false);
    expect(validator.safeParse({ ...sampleReport, reporter: { anonymous: true, name: 'Sam' } }).success).toBe(false);
    expect(validator.safeParse({ ...sampleReport, unexpected: 1 }).success).toBe(false);
  });
});
