import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { summaryOn } from '../cases/stored-summary.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { createSettingsRepository } from '../storage/settings-repository.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import { openDb } from '../storage/db.ts';
import { SUMMARY_NOTICE_ID, sweepDeadlines } from './sweep-deadlines.ts';

const host = (reference: string, receivedAt: string): HostCase => ({
  system: 'activeh',
  reference,
  receivedAt,
  recordedCategory: 'ASB - Noise',
  description: 'Loud music from the flat above every night',
  parties: [],
  logEntries: [],
  url: `http://127.0.0.1:4310/activeh/case/${reference}`,
});

function setup(now: string) {
  const db = openDb('sweep', { indexedDB: new IDBFactory(), IDBKeyRange });
  let clock = new Date(now);
  const cases = createCaseRepository(db, () => clock);
  const settings = createSettingsRepository(db);
  const sweep = () => sweepDeadlines({ api: fakeBrowser, db, cases, settings, now: () => clock });
  return { db, cases, settings, sweep, setClock: (iso: string) => (clock = new Date(iso)) };
}

beforeEach(() => fakeBrowser.reset());

describe('sweepDeadlines', () => {
  it('shows the number of cases with an overdue deadline on the badge', async () => {
    const { cases, sweep } = setup('2027-01-20T10:00:00Z');
    await cases.saveSeen(host('OLD-1', '2026-12-01T10:00'), { level: 'low', flags: [] });
    await cases.saveSeen(host('OLD-2', '2026-12-02T10:00'), { level: 'low', flags: [] });
    await cases.saveSeen(host('NEW', '2027-01-20T09:00'), { level: 'low', flags: [] });

    expect((await sweep()).overdue).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('clears the badge when nothing is overdue', async () => {
    const { cases, sweep } = setup('2027-01-20T10:00:00Z');
    await fakeBrowser.action.setBadgeText({ text: '5' });
    await cases.saveSeen(host('NEW', '2027-01-20T09:00'), { level: 'low', flags: [] });
    expect((await sweep()).overdue).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('notifies once per case per day, and again the next day', async () => {
    const { cases, sweep, setClock } = setup('2027-01-20T10:00:00Z');
    await cases.saveSeen(host('OLD-1', '2026-12-01T10:00'), { level: 'low', flags: [] });

    expect((await sweep()).notified).toEqual(['activeh:OLD-1']);
    const shown = fakeBrowser.notifications.getAllCreateOptions()['asb:activeh:OLD-1'];
    expect(shown?.title).toMatch(/^Case OLD-1: \d+ deadlines? overdue$/);
    expect(shown?.message).toMatch(/overdue by \d+ working days/);

    setClock('2027-01-20T10:30:00Z');
    expect((await sweep()).notified).toEqual([]);
    setClock('2027-01-21T09:00:00Z');
    expect((await sweep()).notified).toEqual(['activeh:OLD-1']);
  });

  it('sends one summary instead of a flood when many cases need attention', async () => {
    const { cases, sweep } = setup('2027-01-20T10:00:00Z');
    for (let i = 0; i < 6; i++) await cases.saveSeen(host(`OLD-${i}`, '2026-12-01T10:00'), { level: 'low', flags: [] });

    expect((await sweep()).notified).toHaveLength(6);
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown)).toEqual([SUMMARY_NOTICE_ID]);
    expect(shown[SUMMARY_NOTICE_ID]?.title).toBe('6 ASB cases need attention');
    expect(shown[SUMMARY_NOTICE_ID]?.message).toBe('6 with an overdue deadline, 0 with a deadline due today. Open ASB Assist to see them.');
  });

  it('does not notify when notifications are turned off, but still sets the badge', async () => {
    const { cases, settings, sweep } = setup('2027-01-20T10:00:00Z');
    await settings.save({ notificationsOn: false });
    await cases.saveSeen(host('OLD-1', '2026-12-01T10:00'), { level: 'low', flags: [] });
    const result = await sweep();
    expect(result.notified).toEqual([]);
    expect(result.overdue).toBe(1);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('leaves closed cases out and deletes them after the retention period', async () => {
    const { cases, settings, sweep, setClock } = setup('2027-01-20T10:00:00Z');
    await settings.save({ retentionDays: 10 });
    await cases.saveSeen(host('CLOSED', '2026-12-01T10:00'), { level: 'low', flags: [] });
    await cases.recordEvent('activeh:CLOSED', { type: 'case-closed', at: '2027-01-19T12:00:00Z', source: 'checklist' });

    expect(await sweep()).toEqual({ overdue: 0, notified: [], purged: [] });
    setClock('2027-01-30T10:00:00Z');
    expect((await sweep()).purged).toEqual(['activeh:CLOSED']);
    expect(await cases.get('activeh:CLOSED')).toBeUndefined();
  });

  it('brings the stored summaries up to date when the day changes, so the dashboard shows a deadline overdue', async () => {
    const { db, cases, sweep, setClock } = setup('2027-01-20T10:00:00Z');
    await cases.saveSeen(host('NEW', '2027-01-20T09:00'), { level: 'low', flags: [] });
    expect((await db.summaries.get('activeh:NEW'))?.stamp).toBe(''); // stored without a policy: stale

    await sweep();
    expect(summaryOn((await db.summaries.get('activeh:NEW'))!, '2027-01-20').stateLabel).not.toBe('Overdue');
    setClock('2027-02-20T09:00:00Z');
    expect((await sweep()).overdue).toBe(1);
    const row = (await db.summaries.get('activeh:NEW'))!;
    expect(row.stamp).toMatch(/^2027-02-20\|/);
    expect(summaryOn(row, '2027-02-20').stateLabel).toBe('Overdue');
  });
});
