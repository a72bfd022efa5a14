import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { CaseView } from './case-view.tsx';
import type { PanelState } from './create-panel-state.ts';
import type { View } from './shared-state.ts';
import { DashboardView } from './dashboard-view.tsx';
import { InboxView } from './inbox-view.tsx';
import { LettersView } from './letters-view.tsx';
import { PanelContext, usePanel } from './panel-context.ts';

const VIEW_NAMES: Record<View, string> = { case: 'Case', letters: 'Letters', dashboard: 'All cases', inbox: 'Website reports' };

/**
 * The side panel: navigation between the case, its letters and all cases, and a live region
 * that reads out what each action did.
 *
 * @example
 * render(<App state={createPanelState(service)} />, document.getElementById('app')!);
 */
export function App({ state }: { state: PanelState }) {
  // A layout effect runs as soon as the first render is committed, not after the first paint:
  // the dashboard's rows are asked for a frame earlier.
  useLayoutEffect(() => state.start(), [state]);
  return (
    <PanelContext.Provider value={state}>
      <Shell />
    </PanelContext.Provider>
  );
}

function Shell() {
  const { view, status, resolved } = usePanel();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Move focus to the new view's heading, so keyboard and screen reader users land on it.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view.value]);

  return (
    <>
      <header class="panel-header">
        <p class="panel-title">ASB Assist</p>
        <nav aria-label="ASB Assist">
          <ul class="nav-list">
            {(Object.keys(VIEW_NAMES) as View[]).map((v) => (
              <li key={v}>
                <button type="button" class="nav-button" aria-current={view.value === v ? 'page' : undefined} onClick={() => (view.value = v)}>
                  {VIEW_NAMES[v]}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={main} id="main">
        {resolved.value?.problem ? <p class="notice notice-warning">{resolved.value.problem}</p> : null}
        {view.value === 'case' ? <CaseView /> : view.value === 'letters' ? <LettersView /> : view.value === 'inbox' ? <InboxView /> : <DashboardView />}
      </main>
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
    </>
  );
}
