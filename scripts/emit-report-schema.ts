// Writes the JSON Schema of a tenant's report for integrators: dist/report.schema.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../core/index.ts';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log('Wrote dist/report.schema.json');
