/// <reference types="vite/client" />
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../panel/app.tsx';
import { createPanelState } from '../../panel/create-panel-state.ts';
import { VIEWS } from '../../panel/shared-state.ts';
import type { View } from '../../panel/shared-state.ts';
import { createPanelService } from '../../panel/panel-service.ts';
import { takePrefetchedRows } from '../../panel/prefetch-first-rows.ts';
import { openDb } from '../../storage/db.ts';
import '../../panel/panel.css';

// `?case=activeh:ASB-1001` opens that case; `?view=dashboard` opens a view (for links and tests).
const params = new URLSearchParams(location.search);
const view = params.get('view');
const state = createPanelState(createPanelService({ db: openDb(), api: browser, prefetched: takePrefetchedRows() }), {
  initialCase: params.get('case'),
  ...((VIEWS as readonly string[]).includes(view ?? '') ? { initialView: view as View } : {}),
});
render(<App state={state} />, document.getElementById('app')!);
