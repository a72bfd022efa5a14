import type { ReadonlySignal, Signal } from '@preact/signals';
import type { EffectiveSettings } from '../settings/managed-settings.ts';
import type { ResolvedPolicy } from '../settings/resolve-policy.ts';
import type { PanelService, TabCase } from './panel-service.ts';

/** The side panel's views. */
export const VIEWS = ['case', 'letters', 'dashboard', 'inbox'] as const;
export type View = (typeof VIEWS)[number];

/**
 * What every part of the panel shares. Each view's state (case, dashboard, letters) is built over
 * it, and the panel's whole state (create-panel-state.ts) extends it: kept apart so the view
 * states do not import the panel state that imports them.
 */
export interface SharedState {
  service: PanelService;
  settings: Signal<EffectiveSettings | null>;
  resolved: ReadonlySignal<ResolvedPolicy | null>;
  today: Signal<string>;
  tab: Signal<TabCase>;
  /** False until the active tab (and its case) is known. */
  tabKnown: Signal<boolean>;
  view: Signal<View>;
  /** A short message for the live region ("Step recorded"); '' for none. */
  status: Signal<string>;
}
