import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelState } from './create-panel-state.ts';

/**
 * Carries the side panel's state to its components.
 *
 * @example
 * <PanelContext.Provider value={state}>...</PanelContext.Provider>
 */
export const PanelContext = createContext<PanelState | null>(null);

/**
 * The side panel's state, inside `<PanelContext.Provider>`.
 *
 * @example
 * const { caseState } = usePanel();
 */
export function usePanel(): PanelState {
  const state = useContext(PanelContext);
  if (!state) throw new Error('usePanel: no PanelContext.Provider above this component');
  return state;
}
