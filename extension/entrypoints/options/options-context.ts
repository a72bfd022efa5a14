import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { OptionsState } from '../../options/create-options-state.ts';

/**
 * Carries the options page's state to its components.
 *
 * @example
 * <OptionsContext.Provider value={state}>...</OptionsContext.Provider>
 */
export const OptionsContext = createContext<OptionsState | null>(null);

/**
 * The options page's state, inside `<OptionsContext.Provider>`.
 *
 * @example
 * const { save } = useOptions(); await save() //=> true when the settings were saved
 */
export function useOptions(): OptionsState {
  const state = useContext(OptionsContext);
  if (!state) throw new Error('useOptions: no OptionsContext.Provider above this component');
  return state;
}
