import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { SharedState } from './create-panel-state.ts';
import { dashboardRows } from './dashboard-rows.ts';
import type { DashboardFilter, DashboardRow } from './dashboard-rows.ts';

/** The dashboard's state: its filters and the rows they give. */
export interface DashboardState {
  level: Signal<DashboardFilter['level']>;
  officer: Signal<DashboardFilter['officer']>;
  due: Signal<NonNullable<DashboardFilter['due']>>;
  /** Officers named on tracked cases, sorted ('' for cases with none). */
  officers: ReadonlySignal<string[]>;
  rows: ReadonlySignal<DashboardRow[]>;
  /** How many cases there are before filtering. */
  total: ReadonlySignal<number>;
}

/**
 * The dashboard's state over the shared panel state.
 *
 * @example
 * const dashboard = createDashboardState(shared);
 * dashboard.level.value = 'high';
 * dashboard.rows.value.every((r) => r.level === 'high') //=> true
 */
export function createDashboardState(shared: SharedState): DashboardState {
  const level = signal<DashboardFilter['level']>('all');
  const officer = signal<DashboardFilter['officer']>('all');
  const due = signal<NonNullable<DashboardFilter['due']>>('all');
  const officers = computed(() => [...new Set(shared.cases.value.map((c) => c.officer))].sort((a, b) => a.localeCompare(b)));
  const rows = computed(() => dashboardRows(shared.summaries.value, { level: level.value, officer: officer.value, due: due.value }, shared.today.value));
  const total = computed(() => shared.cases.value.length);
  return { level, officer, due, officers, rows, total };
}
