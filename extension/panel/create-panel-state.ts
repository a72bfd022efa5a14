import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { EffectiveSettings } from '../settings/managed-settings.ts';
import { resolvePolicy } from '../settings/resolve-policy.ts';
import type { ResolvedPolicy } from '../settings/resolve-policy.ts';
import { createCaseState } from './create-case-state.ts';
import type { CaseState } from './create-case-state.ts';
import { createDashboardState } from './create-dashboard-state.ts';
import type { DashboardState } from './create-dashboard-state.ts';
import { createLetterState } from './create-letter-state.ts';
import type { LetterState } from './create-letter-state.ts';
import type { PanelService, TabCase } from './panel-service.ts';
import type { SharedState, View } from './shared-state.ts';

/** The side panel's whole state: shared signals and one state per view. */
export interface PanelState extends SharedState {
  caseState: CaseState;
  dashboard: DashboardState;
  letters: LetterState;
  /** Loads settings and starts following the database and the active tab; returns the stop function. */
  start(): () => void;
}

/**
 * Builds the side panel's state over a service. `initialCase` (from `?case=KEY`) opens that case
 * instead of following the tab.
 *
 * @example
 * const state = createPanelState(createPanelService({ db: openDb(), api: browser }));
 * const stop = state.start();
 * state.caseState.summary.value?.next?.label //=> 'Contact the complainant'
 */
export function createPanelState(service: PanelService, options: { initialCase?: string | null; initialView?: View } = {}): PanelState {
  const settings = signal<EffectiveSettings | null>(null);
  const resolved = computed(() => (settings.value ? resolvePolicy(settings.value.settings) : null));
  const today = signal(service.today());
  const shared: SharedState = {
    service,
    settings,
    resolved,
    today,
    tab: signal<TabCase>({ tabId: null, key: null }),
    tabKnown: signal(false),
    view: signal<View>(options.initialView ?? 'case'),
    status: signal(''),
  };
  const caseState = createCaseState(shared, options.initialCase ?? null);
  const dashboard = createDashboardState(shared);
  const letters = createLetterState(shared, caseState);

  return {
    ...shared,
    caseState,
    dashboard,
    letters,
    start() {
      let stopped = false;
      const stops: (() => void)[] = [];
      void service.tabCase().then(
        (t) => {
          if (stopped) return;
          shared.tab.value = t;
          shared.tabKnown.value = true;
        },
        () => {
          if (!stopped) shared.tabKnown.value = true;
        },
      );
      // The dashboard first: its rows are what a person opening it waits for.
      stops.push(dashboard.start());
      void service.settings().then((s) => {
        if (!stopped) settings.value = s;
      });
      stops.push(
        caseState.start(),
        service.watchTabCase((t) => {
          shared.tab.value = t;
        }),
      );
      // Today moves on at midnight; check every minute.
      const timer = setInterval(() => {
        const now = service.today();
        if (now !== today.value) today.value = now;
      }, 60_000);
      return () => {
        stopped = true;
        clearInterval(timer);
        stops.forEach((stop) => stop());
      };
    },
  };
}
