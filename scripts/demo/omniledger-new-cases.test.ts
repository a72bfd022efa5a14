import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OMNILEDGER_CATEGORIES } from '../../test/fixtures/hosts/omniledger/data.ts';
import { openOmniledgerNewCases } from './omniledger-new-cases.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asb-demo-cases-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('the demo Omniledger’s New report form', () => {
  it('creates numbered cases from the posted form, kept across a restart in a 0600 file', async () => {
    const cases = await openOmniledgerNewCases(dir, OMNILEDGER_CATEGORIES);
    const first = await cases.create(
      form({ type: 'Verbal Abuse', date: '2026-12-18', time: '16:05', description: 'Website report ASB-2026-000044.\r\n\r\nShouting on the stairs.', complainant: 'Maryam Ellis' }),
    );
    expect(first).toEqual({
      reference: 'OL-104300',
      receivedAt: '2026-12-18T16:05',
      category: 'Verbal Abuse',
      description: 'Website report ASB-2026-000044.\n\nShouting on the stairs.',
      status: 'New',
      officer: 'Unassigned',
      address: 'Not given',
      parties: [{ role: 'complainant', name: 'Maryam Ellis' }],
      notes: [],
    });
    await cases.create(form({ type: 'Drugs', date: '2026-12-19', time: '', description: 'Smell of cannabis.' }));
    const reopened = await openOmniledgerNewCases(dir, OMNILEDGER_CATEGORIES);
    expect(reopened.list().map((c) => [c.reference, c.receivedAt])).toEqual([
      ['OL-104301', '2026-12-19T00:00'],
      ['OL-104300', '2026-12-18T16:05'],
    ]);
    expect((await stat(join(dir, 'omniledger-cases.json'))).mode & 0o777).toBe(0o600);
  });

  it('refuses a form without a known type, a date or a description, naming the field', async () => {
    const cases = await openOmniledgerNewCases(dir, OMNILEDGER_CATEGORIES);
    await expect(cases.create(form({ type: 'Loud parties', date: '2026-12-18', description: 'x' }))).rejects.toThrow('Report type: choose one of the types listed.');
    await expect(cases.create(form({ type: 'Drugs', date: '18/12/2026', description: 'x' }))).rejects.toThrow('Date reported: enter a date.');
    await expect(cases.create(form({ type: 'Drugs', date: '2026-12-18', description: '  ' }))).rejects.toThrow('What happened?: describe what happened.');
    expect(cases.list()).toEqual([]);
  });
});
