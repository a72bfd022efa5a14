/// <reference types="vite/client" />
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createOptionsService } from '../../options/options-service.ts';
import { createOptionsState } from '../../options/create-options-state.ts';
import { openDb } from '../../storage/db.ts';
import { OptionsApp } from './options-app.tsx';
import '../../panel/panel.css';

const state = createOptionsState(createOptionsService({ db: openDb(), api: browser }));
render(<OptionsApp state={state} />, document.getElementById('app')!);
