import { parseOrThrow, ValidationError } from '../../core/index.ts';
import { caseKey } from '../hosts/case-key.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema } from './export-file.ts';
import type { ExportFile } from './export-file.ts';

/**
 * Reads an export file's text, or throws an `Error` whose message names the field at fault, one
 * problem per line (`cases[0].host.reference: must not be empty`). Nothing is stored here, so a
 * bad file changes nothing.
 *
 * @example
 * parseExportFile('{"format":"asb-assist-export","version":9}')
 * //=> throws 'version: this file comes from a newer version of ASB Assist (file version 9); this version reads version 1'
 */
export function parseExportFile(text: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ValidationError([{ path: 'file', message: `is not a JSON file (${(error as Error).message})` }]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ValidationError([{ path: 'file', message: 'is not an ASB Assist export (expected an object)' }]);
  }
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT) {
    throw new ValidationError([{ path: 'format', message: `must be "${EXPORT_FORMAT}": this is not an ASB Assist export file` }]);
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    throw new ValidationError([
      {
        path: 'version',
        message: `this file comes from a newer version of ASB Assist (file version ${head.version}); this version reads version ${EXPORT_VERSION}`,
      },
    ]);
  }
  const file = parseOrThrow(exportFileSchema, data, { root: 'file' });

  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  file.cases.forEach((c, i) => {
    const expected = caseKey(c.system, c.reference);
    if (c.key !== expected) issues.push({ path: `cases[${i}].key`, message: `must be "${expected}" (system:reference)` });
    if (c.host.system !== c.system || c.host.reference !== c.reference) {
      issues.push({ path: `cases[${i}].host`, message: 'must be the same system and reference as the case' });
    }
    if (seen.has(c.key)) issues.push({ path: `cases[${i}].key`, message: `"${c.key}" appears twice` });
    seen.add(c.key);
    c.events.forEach((e, j) => {
      if (e.caseKey !== c.key) issues.push({ path: `cases[${i}].events[${j}].caseKey`, message: `must be "${c.key}"` });
    });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return file;
}
