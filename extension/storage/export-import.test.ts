import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { summaryOn } from '../cases/stored-summary.ts';
import { describe, expect, it } from 'vitest';
import type { HostCase } from '../hosts/host-case.ts';
import { createSettingsRepository } from './settings-repository.ts';
import { createCaseRepository } from './case-repository.ts';
import { openDb } from './db.ts';
import { exportData } from './export-data.ts';
import { importData } from './import-data.ts';
import { parseExportFile } from './parse-export-file.ts';

const host = (reference: string): HostCase => ({
  system: 'activeh',
  reference,
  receivedAt: '2026-12-18T16:05',
  recordedCategory: 'Nuisance',
  description: 'Graffiti on the door',
  parties: [{ role: 'complainant', name: 'Mr Ali' }],
  logEntries: [],
  url: `http://127.0.0.1:4310/activeh/case/${reference}`,
});

function store(name: string) {
  const db = openDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  const clock = new Date('2026-12-21T10:00:00.000Z');
  return { db, cases: createCaseRepository(db, () => clock), settings: createSettingsRepository(db) };
}

describe('export and import', () => {
  it('round-trips every case, event and setting into an empty store', async () => {
    const a = store('a');
    await a.settings.save({ officerName: 'Sam Patel', retentionDays: 90 });
    await a.cases.saveSeen(host('ASB-1'), { level: 'high', flags: ['hate-incident'] });
    await a.cases.recordEvent('activeh:ASB-1', { type: 'complainant-contacted', source: 'checklist' });
    await a.cases.setMissedReason('activeh:ASB-1', 'action-plan', 'Waiting for police');
    await a.cases.setReportDates('activeh:ASB-1', ['2026-10-01', '2026-11-02']);
    const text = JSON.stringify(await exportData(a.cases, a.settings, new Date('2026-12-21T12:00:00Z')));

    const b = store('b');
    const summary = await importData(b.db, b.settings, parseExportFile(text));

    // The ticked step and the explanation (an explanation-recorded event).
    expect(summary).toEqual({ added: 1, merged: 0, eventsAdded: 2, settingsApplied: true });
    expect(await b.cases.get('activeh:ASB-1')).toEqual(await a.cases.get('activeh:ASB-1'));
    expect((await b.settings.loadOwn()).officerName).toBe('Sam Patel');
  });

  it('never writes the intake staff token into the file', async () => {
    const a = store('a');
    await a.settings.save({ intakeUrl: 'https://reports.merseyvale.example', staffToken: 'Qm7-secret-token-Xy' });
    const text = JSON.stringify(await exportData(a.cases, a.settings, new Date('2026-12-21T12:00:00Z')));
    expect(text).not.toContain('Qm7-secret-token-Xy');
    expect(text).toContain('https://reports.merseyvale.example');
    expect((await a.settings.loadOwn()).staffToken).toBe('Qm7-secret-token-Xy');
  });

  it('merges into a store that has cases, losing nothing from either side', async () => {
    const a = store('a');
    await a.cases.saveSeen(host('ASB-1'), { level: 'low', flags: [] });
    await a.cases.recordEvent('activeh:ASB-1', { type: 'complainant-contacted', source: 'checklist' });
    const file = parseExportFile(JSON.stringify(await exportData(a.cases, a.settings, new Date())));

    const b = store('b');
    await b.settings.save({ officerName: 'Jo Brown' });
    await b.cases.saveSeen(host('ASB-1'), { level: 'low', flags: [] });
    await b.cases.saveSeen(host('ASB-2'), { level: 'low', flags: [] });
    await b.cases.recordEvent('activeh:ASB-1', { type: 'case-reviewed', source: 'checklist' });
    await b.cases.setRiskAnswer('activeh:ASB-1', 'threatened', true);

    const summary = await importData(b.db, b.settings, file);
    const merged = await b.cases.get('activeh:ASB-1');

    expect(summary).toMatchObject({ added: 0, merged: 1, eventsAdded: 1, settingsApplied: false });
    expect(merged?.events.map((e) => e.type).sort()).toEqual(['case-reviewed', 'complainant-contacted']);
    expect(merged?.riskAnswers).toEqual({ threatened: true });
    expect(await b.cases.get('activeh:ASB-2')).toBeDefined();
    expect((await b.settings.loadOwn()).officerName).toBe('Jo Brown');

    // Importing the same file again adds nothing.
    expect(await importData(b.db, b.settings, file)).toMatchObject({ eventsAdded: 0 });
  });

  it('merges the categories both browsers saw, in the order seen, each change once', async () => {
    const a = store('a');
    await a.cases.saveSeen(host('ASB-1'), { level: 'low', flags: [] });
    const fromA = await exportData(a.cases, a.settings, new Date());
    // B saw the same case later, after its category was re-recorded.
    const b = store('b');
    await b.cases.saveSeen({ ...host('ASB-1'), recordedCategory: 'Racial Harassment' }, { level: 'high', flags: [] });
    await b.db.cases.update('activeh:ASB-1', { categories: [{ category: 'Racial Harassment', seenAt: '2026-12-23T09:00:00.000Z' }], lastSeenAt: '2026-12-23T09:00:00.000Z' });
    await importData(b.db, b.settings, parseExportFile(JSON.stringify(fromA)));
    expect((await b.cases.get('activeh:ASB-1'))?.categories).toEqual([
      { category: 'Nuisance', seenAt: '2026-12-21T10:00:00.000Z' },
      { category: 'Racial Harassment', seenAt: '2026-12-23T09:00:00.000Z' },
    ]);
  });

  it('refuses a file that is not JSON, not an export, or from a newer version, with the field named', () => {
    expect(() => parseExportFile('{ nope')).toThrow(/^file: is not a JSON file/);
    expect(() => parseExportFile('[]')).toThrow('file: is not an ASB Assist export');
    expect(() => parseExportFile('{"format":"other"}')).toThrow(/^format: must be "asb-assist-export"/);
    expect(() => parseExportFile('{"format":"asb-assist-export","version":9}')).toThrow(
      'version: this file comes from a newer version of ASB Assist (file version 9); this version reads version 1',
    );
  });

  it('names the field of a bad case and stores nothing from the file', async () => {
    const a = store('a');
    await a.cases.saveSeen(host('ASB-1'), { level: 'low', flags: [] });
    const file = await exportData(a.cases, a.settings, new Date());
    const broken = JSON.parse(JSON.stringify(file));
    broken.cases[0].host.reference = '';
    broken.cases[0].events = [{ id: 'e1', caseKey: 'activeh:ASB-1', type: 'Phone Call', at: 'soon', source: 'checklist', recordedAt: '2026-12-21T10:00:00Z' }];

    let message = '';
    try {
      parseExportFile(JSON.stringify(broken));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual(
      expect.arrayContaining([
        'cases[0].host.reference: must not be empty',
        'cases[0].events[0].type: must be lower-case words joined by hyphens',
        'cases[0].events[0].at: must be a date or ISO 8601 date-time',
      ]),
    );
  });

  it('refuses a case whose key does not match its system and reference', async () => {
    const a = store('a');
    await a.cases.saveSeen(host('ASB-1'), { level: 'low', flags: [] });
    const file = JSON.parse(JSON.stringify(await exportData(a.cases, a.settings, new Date())));
    file.cases[0].key = 'activeh:ASB-9';
    expect(() => parseExportFile(JSON.stringify(file))).toThrow('cases[0].key: must be "activeh:ASB-1" (system:reference)');
  });

  it('stores the summary of every imported case, under the settings in force, as of today', async () => {
    const a = store('a');
    await a.cases.saveSeen(host('ASB-1'), { level: 'low', flags: [] });
    await a.cases.recordEvent('activeh:ASB-1', { type: 'complainant-contacted', source: 'checklist' });
    await a.cases.saveSeen(host('ASB-2'), { level: 'low', flags: [] });
    const file = parseExportFile(JSON.stringify(await exportData(a.cases, a.settings, new Date())));

    const b = store('b');
    await b.settings.save({ policyPreset: 'plus-dane' });
    await importData(b.db, b.settings, file, () => new Date('2027-01-20T10:00:00Z'));
    const rows = await b.db.summaries.orderBy('rank').toArray();

    expect(rows.map((r) => r.reference)).toEqual(['ASB-2', 'ASB-1']); // ASB-2 is overdue; ASB-1 was contacted
    expect(summaryOn(rows[0]!, '2027-01-20').next).toMatch(/^Contact the reporter: overdue/); // Plus Dane's words
    expect(rows.every((r) => r.stamp.startsWith('2027-01-20|'))).toBe(true);
  });

  it('round-trips a level change, an appointment date and incident dates', async () => {
    const a = store('a2');
    await a.cases.saveSeen(host('ASB-2'), { level: 'low', flags: [] });
    await a.cases.recordEvent('activeh:ASB-2', { type: 'appointment-offered', at: '2026-12-21T09:00:00.000Z', source: 'checklist', appointmentAt: '2026-12-22T14:00' });
    await a.cases.recordEvent('activeh:ASB-2', { type: 'case-reclassified', source: 'level-change', level: 'high', reason: 'Threats at the visit', by: 'Sam Patel' });
    await a.cases.setReportDates('activeh:ASB-2', ['2026-11-02']);
    await a.cases.setIncidentDate('activeh:ASB-2', '2026-11-02', '2026-10-30');
    const text = JSON.stringify(await exportData(a.cases, a.settings, new Date('2026-12-21T12:00:00Z')));

    const b = store('b2');
    await importData(b.db, b.settings, parseExportFile(text));
    const back = await b.cases.get('activeh:ASB-2');
    expect(back).toEqual(await a.cases.get('activeh:ASB-2'));
    expect(back?.incidentDates).toEqual({ '2026-11-02': '2026-10-30' });
    expect(back?.events.map((e) => [e.type, e.level ?? null, e.reason ?? null, e.appointmentAt ?? null])).toEqual([
      ['appointment-offered', null, null, '2026-12-22T14:00'],
      ['case-reclassified', 'high', 'Threats at the visit', null],
    ]);
  });
});
