import { computed, signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { StoredSummary } from '../cases/stored-summary.ts';
import type { EffectiveSettings } from '../settings/managed-settings.ts';
import type { SummaryCounts, SummaryDay, SummaryFilter } from '../storage/summary-store.ts';
import { createDashboardState } from './create-dashboard-state.ts';
import type { SharedState } from './shared-state.ts';
import type { PanelService } from './panel-service.ts';

const row = (i: number, officer = 'Jo Brown', stamp = '2027-01-20|b'): StoredSummary => ({
  key: `activeh:R${i}`,
  reference: `R${i}`,
  officer,
  level: 'medium',
  levelKey: 'medium',
  levelLabel: 'Level 2 Medium Risk',
  group: 'open',
  next: { label: 'Contact the complainant', due: '2027-01-15' },
  note: '',
  region: 'england-and-wales',
  dated: [{ label: 'Contact the complainant', due: '2027-01-15' }],
  caseReviewPrompt: null,
  rank: `0|2027-01-15|R${String(i).padStart(3, '0')}`,
  stamp,
  opened: '2027-01-13',
  closed: null,
  party: '',
  asb: true,
  hate: false,
});

/** A service over rows in memory, answering at once, recording what it is asked. */
function fakeService(all: StoredSummary[], prefetched: StoredSummary[] | null = null) {
  const asked: { filter: SummaryFilter; limit: number }[] = [];
  const refreshes: string[] = [];
  const pass = (filter: SummaryFilter) => all.filter((r) => filter.officer === 'all' || r.officer === filter.officer);
  const service = {
    prefetchedRows: () => (prefetched ? Promise.resolve(prefetched) : null),
    watchRows(filter: SummaryFilter, limit: number, _day: SummaryDay, next: (rows: StoredSummary[]) => void) {
      asked.push({ filter, limit });
      queueMicrotask(() => next(pass(filter).slice(0, limit)));
      return () => undefined;
    },
    watchCounts(filter: SummaryFilter, _day: SummaryDay, next: (counts: SummaryCounts) => void) {
      queueMicrotask(() =>
        next({ matching: pass(filter).length, total: all.length, officers: [...new Set(all.map((r) => r.officer))], stale: all.filter((r) => r.stamp === '').length }),
      );
      return () => undefined;
    },
    async refreshSummaries(today: string) {
      refreshes.push(today);
      return 0;
    },
  };
  return { service: service as unknown as PanelService, asked, refreshes };
}

function shared(service: PanelService): SharedState {
  const settings = signal<EffectiveSettings | null>(null);
  return {
    service,
    settings,
    resolved: computed(() => null),
    today: signal('2027-01-20'),
    tab: signal({ tabId: null, key: null }),
    tabKnown: signal(true),
    view: signal('dashboard'),
    status: signal(''),
  };
}

describe('createDashboardState', () => {
  it('shows one page of rows, then the next page with "Show more", and one page again for other filters', async () => {
    const all = Array.from({ length: 120 }, (_, i) => row(i, i % 2 === 0 ? 'Jo Brown' : 'Sam Patel'));
    const { service, asked } = fakeService(all);
    const dashboard = createDashboardState(shared(service));
    const stop = dashboard.start();

    await vi.waitFor(() => expect(dashboard.counted.value).toBe(true));
    expect(dashboard.rows.value).toHaveLength(50);
    expect(dashboard.matching.value).toBe(120);

    dashboard.showMore();
    expect(dashboard.busy.value).toBe(true);
    await vi.waitFor(() => expect(dashboard.rows.value).toHaveLength(100));
    expect(dashboard.busy.value).toBe(false);

    dashboard.officer.value = 'Sam Patel';
    await vi.waitFor(() => expect(dashboard.counted.value).toBe(true));
    expect(dashboard.limit.value).toBe(50);
    expect(dashboard.rows.value.every((r) => r.officer === 'Sam Patel')).toBe(true);
    expect(dashboard.matching.value).toBe(60);
    expect(asked.map((a) => a.limit)).toEqual([50, 100, 50]);
    stop();
  });

  it('shows the prefetched rows until the live query answers', async () => {
    const early = [row(1), row(2)];
    const { service } = fakeService([row(1), row(2), row(3)], early);
    const slow = { ...service, watchRows: () => () => undefined } as PanelService;
    const dashboard = createDashboardState(shared(slow));
    const stop = dashboard.start();
    await vi.waitFor(() => expect(dashboard.loaded.value).toBe(true));
    expect(dashboard.rows.value.map((r) => r.reference)).toEqual(['R1', 'R2']);
    stop();
  });

  it('brings stale rows up to date once the settings are known, and again when stale rows appear', async () => {
    const all = [row(1), row(2, 'Jo Brown', '')];
    const { service, refreshes } = fakeService(all);
    const state = shared(service);
    const dashboard = createDashboardState(state);
    const stop = dashboard.start();
    await vi.waitFor(() => expect(dashboard.stale.value).toBe(1));
    expect(refreshes).toEqual([]); // no policy yet

    state.settings.value = {} as EffectiveSettings;
    await vi.waitFor(() => expect(refreshes).toEqual(['2027-01-20']));
    stop();
  });
});
