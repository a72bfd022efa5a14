import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostPageCase } from '../../test/fixtures/hosts/host-page-case.ts';

/** The first reference the demo's Omniledger gives a case created through its form. */
const FIRST_NUMBER = 104300;

/** Why a posted new report was refused, by field. */
export class NewReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewReportError';
  }
}

/**
 * The cases officers create with the simulated Omniledger's "New report" form (a POST of `type`,
 * `date`, `time`, `description`, `complainant`), kept in the demo's data folder
 * (`omniledger-cases.json`, 0600) so they survive a restart. Website reports no longer become
 * cases by themselves: an officer creates each from the side panel's inbox, as at a real landlord.
 *
 * @example
 * const created = await openOmniledgerNewCases(dataDir, categories);
 * (await created.create(new URLSearchParams({ type: 'Noise Nuisance', date: '2026-12-18', time: '09:30', description: 'Music', complainant: 'A' }))).reference //=> 'OL-104300'
 */
export async function openOmniledgerNewCases(dataDir: string, categories: readonly string[]) {
  const file = join(dataDir, 'omniledger-cases.json');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  let cases: HostPageCase[] = [];
  try {
    cases = JSON.parse(await readFile(file, 'utf8')) as HostPageCase[];
  } catch {
    cases = [];
  }
  let writing = Promise.resolve();
  const persist = () => {
    writing = writing.then(async () => {
      const temporary = `${file}.tmp`;
      await writeFile(temporary, JSON.stringify(cases), { mode: 0o600 });
      await chmod(temporary, 0o600);
      await rename(temporary, file);
    });
    return writing;
  };
  return {
    /** Every case created so far, newest first. */
    list(): HostPageCase[] {
      return [...cases].reverse();
    },
    /** Checks the form's fields, stores the case and answers it. Throws NewReportError naming the field. */
    async create(form: URLSearchParams): Promise<HostPageCase> {
      const type = (form.get('type') ?? '').trim();
      const date = (form.get('date') ?? '').trim();
      const time = (form.get('time') ?? '').trim() || '00:00';
      const description = (form.get('description') ?? '').replace(/\r\n?/g, '\n').trim();
      const complainant = (form.get('complainant') ?? '').trim();
      if (!categories.includes(type)) throw new NewReportError('Report type: choose one of the types listed.');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new NewReportError('Date reported: enter a date.');
      if (!/^\d{2}:\d{2}$/.test(time)) throw new NewReportError('Time: enter a time like 09:30.');
      if (description === '') throw new NewReportError('What happened?: describe what happened.');
      if (description.length > 20_000 || complainant.length > 200) throw new NewReportError('What happened? or Complainant: too long.');
      const created: HostPageCase = {
        reference: `OL-${FIRST_NUMBER + cases.length}`,
        receivedAt: `${date}T${time}`,
        category: type,
        description,
        status: 'New',
        officer: 'Unassigned',
        address: 'Not given',
        parties: complainant ? [{ role: 'complainant', name: complainant }] : [],
        notes: [],
      };
      cases.push(created);
      await persist();
      return created;
    },
  };
}
