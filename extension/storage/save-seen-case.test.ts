import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import type { HostCase } from '../hosts/host-case.ts';
import type { HostVocabulary } from '../hosts/host-vocabulary.ts';
import { createCaseRepository } from './case-repository.ts';
import { openDb } from './db.ts';
import { assessTrackedCase } from '../cases/assess-tracked-case.ts';
import { saveSeenCase } from './save-seen-case.ts';

const model = policies.model!;
const plusDane = policies['plus-dane']!;

// A landlord's own system, mapped on the options page: its "Racial Harassment" is harassment perceived as racist.
const harbourline: HostVocabulary = { categories: { 'Racial Harassment': { behaviours: ['harassment'], perceivedHate: ['race'] } }, noteTypes: {} };

const generic: HostCase = {
  system: 'generic',
  reference: 'HL-9001',
  receivedAt: '2026-12-14T10:00',
  recordedCategory: 'Racial Harassment',
  description: 'Notes pushed through the door.',
  parties: [],
  logEntries: [],
  url: 'http://127.0.0.1:6150/hosts/harbourline/HL-9001.html',
};

function setup() {
  const db = openDb(`save-seen-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return createCaseRepository(db, () => new Date('2026-12-21T10:00:00.000Z'));
}

describe('saveSeenCase', () => {
  it('stores the level and flags of the one assessment: a race-hate description logged as noise is Level 1 with the hate flag', async () => {
    const cases = setup();
    const noise: HostCase = { ...generic, system: 'omniledger', reference: 'OL-77', recordedCategory: 'Noise Nuisance', description: 'He shouted racist abuse at her on the stairs.' };
    const saved = await saveSeenCase(cases, noise, model, { now: '2026-12-21T10:00:00Z' });
    expect(saved.level).toBe('high');
    expect(saved.flags).toContain('hate-incident');
  });

  it('a later read with no mapping (the dashboard’s team fill) assesses by the mapping stored with the case', async () => {
    const cases = setup();
    await saveSeenCase(cases, generic, model, { vocabulary: harbourline, now: '2026-12-21T10:00:00Z' });
    const again = await saveSeenCase(cases, generic, model, { now: '2026-12-21T11:00:00Z' });
    expect(again.level).toBe('high');
    expect(again.vocabulary).toEqual(harbourline);
  });

  it('stores the level in force: a Plus Dane noise case (Level 3) raised to Level 1 on Monday 21 December', async () => {
    const cases = setup();
    const noise: HostCase = { ...generic, system: 'activeh', reference: 'ASB/2026/00500', recordedCategory: 'ASB - Noise', description: 'Loud music at weekends.' };
    await saveSeenCase(cases, noise, plusDane, { now: '2026-12-18T10:00:00Z' });
    await cases.recordEvent('activeh:ASB/2026/00500', { type: 'case-reclassified', at: '2026-12-21T09:30:00Z', source: 'checklist', level: 'high', reason: 'Threats at the visit' });
    expect((await saveSeenCase(cases, noise, plusDane, { now: '2026-12-18T12:00:00Z' })).level).toBe('low');
    expect((await saveSeenCase(cases, noise, plusDane, { now: '2026-12-22T10:00:00Z' })).level).toBe('high');
  });

  it('keeps the categories the page showed: a Plus Dane noise case re-recorded as racial harassment is Level 1 from the day it was first seen', async () => {
    let now = new Date('2026-12-14T10:30:00.000Z');
    const db = openDb(`save-seen-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const cases = createCaseRepository(db, () => now);
    const noise: HostCase = { ...generic, system: 'activeh', reference: 'ASB/2026/00601', recordedCategory: 'ASB - Noise', description: 'Loud music at weekends.' };
    expect((await saveSeenCase(cases, noise, plusDane, { now: now.toISOString() })).categories).toEqual([{ category: 'ASB - Noise', seenAt: '2026-12-14T10:30:00.000Z' }]);
    now = new Date('2026-12-16T09:00:00.000Z');
    await saveSeenCase(cases, noise, plusDane, { now: now.toISOString() });
    now = new Date('2026-12-21T09:30:00.000Z');
    const racial = { ...noise, recordedCategory: 'ASB - Racial Harassment' };
    const raised = await saveSeenCase(cases, racial, plusDane, { now: now.toISOString() });
    expect(raised.categories).toEqual([
      { category: 'ASB - Noise', seenAt: '2026-12-14T10:30:00.000Z' },
      { category: 'ASB - Racial Harassment', seenAt: '2026-12-21T09:30:00.000Z' },
    ]);
    expect(raised.level).toBe('high');
    // Seen again later: nothing added, and what the content script is told carries the list.
    now = new Date('2027-01-04T09:00:00.000Z');
    expect((await saveSeenCase(cases, racial, plusDane, { now: now.toISOString() })).categories).toHaveLength(2);
    expect((await cases.facts('activeh:ASB/2026/00601')).categories).toHaveLength(2);
  });

  it('an older record without the list starts it with the category it last read, seen when the case was first seen', async () => {
    let now = new Date('2026-12-14T10:30:00.000Z');
    const db = openDb(`save-seen-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const cases = createCaseRepository(db, () => now);
    const noise: HostCase = { ...generic, system: 'activeh', reference: 'ASB/2026/00602', recordedCategory: 'ASB - Noise', description: '' };
    await saveSeenCase(cases, noise, plusDane, { now: now.toISOString() });
    await db.cases.update('activeh:ASB/2026/00602', { categories: undefined });
    now = new Date('2026-12-21T09:30:00.000Z');
    const saved = await saveSeenCase(cases, { ...noise, recordedCategory: 'ASB - Violence/Threats' }, plusDane, { now: now.toISOString() });
    expect(saved.categories).toEqual([
      { category: 'ASB - Noise', seenAt: '2026-12-14T10:30:00.000Z' },
      { category: 'ASB - Violence/Threats', seenAt: '2026-12-21T09:30:00.000Z' },
    ]);
  });

  it('a case the housing system shows closed is closed here from the day it was first read closed: its reviews stop, the closure letter is owed', async () => {
    const cases = setup();
    // Active H, verbal abuse (Level 2 under the model policy), received Friday 11 December 2026.
    const open: HostCase = { ...generic, system: 'activeh', reference: 'ASB/2026/20007', receivedAt: '2026-12-11T12:15', recordedCategory: 'ASB - Verbal Abuse', description: 'Verbal abuse on the landing.', status: 'Open' };
    const first = await saveSeenCase(cases, open, model, { now: '2026-12-18T09:30:00Z' });
    expect(first.closedAt).toBeNull();
    expect(assessTrackedCase(first, model, '2026-12-18').deadlines.map((d) => d.id)).toContain('case-review');

    // Read closed on Monday 21 December (the status only: no log entry says when).
    const closed: HostCase = { ...open, status: 'Closed', closed: true };
    const seen = await saveSeenCase(cases, closed, model, { now: '2026-12-21T09:30:00Z' });
    expect(seen.closedAt).toBe('2026-12-21');
    expect(seen.host.closedAt).toBe('2026-12-21');
    // Read again on Wednesday 23 December: still closed since the 21st.
    const later = await saveSeenCase(cases, closed, model, { now: '2026-12-23T14:00:00Z' });
    expect(later.closedAt).toBe('2026-12-21');

    const a = assessTrackedCase(later, model, '2026-12-23');
    expect(a.closed).toBe(true);
    expect(a.deadlines.map((d) => d.id)).not.toContain('case-review');
    expect(a.deadlines.map((d) => d.id)).not.toContain('complainant-update');
    // 002 8.2: confirmed in writing within 5 working days of the closing (no discussion recorded): 22, 23, 24, 29, 30 December.
    expect(a.deadlines.find((d) => d.id === 'closure-confirmation')).toMatchObject({ due: '2026-12-30', status: 'pending' });
    // The status is the housing system's own record: no "update the case log" owed for the closing.
    expect(a.deadlines.find((d) => d.id === 'case-log-updated')?.missed ?? []).toEqual([]);
  });

  it('a closed case whose log has its closing entry is closed from that entry’s date', async () => {
    const cases = setup();
    const closed: HostCase = {
      ...generic,
      system: 'activeh',
      reference: 'ASB/2026/00290',
      recordedCategory: 'ASB - Noise',
      status: 'Closed',
      closed: true,
      logEntries: [{ at: '2026-12-15T16:00', kind: 'CLOSE - Case Closed', text: 'Resolved after mediation.', event: 'case-closed' }],
    };
    const saved = await saveSeenCase(cases, closed, model, { now: '2026-12-21T10:00:00Z' });
    expect(saved.closedAt).toBe('2026-12-15');
    expect(assessTrackedCase(saved, model, '2026-12-21').deadlines.find((d) => d.id === 'closure-confirmation')).toMatchObject({ due: '2026-12-22' });
  });
});
