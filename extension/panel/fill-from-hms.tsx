import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { caseKey } from '../hosts/case-key.ts';
import { fetchHmsPage } from './fetch-hms-page.ts';
import { usePanel } from './panel-context.ts';
import { readTeamCases } from './read-team-cases.ts';
import type { TeamReadFailure, TeamReadProgress } from './read-team-cases.ts';

/** Parses a fetched page without rendering it: scripts do not run and nothing is loaded. */
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The count to announce: rounded down to the last multiple of 10, or the total once done. */
const announced = (p: TeamReadProgress) => (p.done === p.total ? p.done : p.done - (p.done % 10));

const casesWord = (n: number) => `${n.toLocaleString('en-GB')} case${n === 1 ? '' : 's'}`;

/**
 * "Fill from the housing system": reads every open case of a host case list (its address typed,
 * or the one in the options) from the housing system itself, with the officer's own session, and
 * stores them so the dashboard shows the whole team's cases. Shows a progress bar, announces
 * progress and the result, and can be cancelled. Nothing is sent anywhere but the housing system.
 *
 * @example
 * <FillFromHms /> //=> 'Case list address' field, 'Read every open case' button
 */
export function FillFromHms() {
  const { service, settings, status } = usePanel();
  const address = useSignal('');
  const typed = useRef(false);
  const progress = useSignal<TeamReadProgress | null>(null);
  const error = useSignal('');
  const failed = useSignal<TeamReadFailure[]>([]);
  const stopped = useSignal<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  // The address from the options, until the officer types one.
  const saved = settings.value?.settings.caseListUrl ?? '';
  useEffect(() => {
    if (!typed.current && saved !== '') address.value = saved;
  }, [saved]);
  useEffect(() => () => controller.current?.abort(), []);
  // On the housing system's case list, the officer can take its address from the tab.
  const tabUrl = useSignal<string | null>(null);
  useEffect(() => {
    let live = true;
    const look = () => void service.activeTabUrl().then((u) => live && (tabUrl.value = u), () => undefined);
    look();
    const stop = service.watchTabCase(look);
    return () => {
      live = false;
      stop();
    };
  }, [service]);

  async function run() {
    error.value = '';
    failed.value = [];
    stopped.value = null;
    let url: URL;
    try {
      url = new URL(address.value.trim());
    } catch {
      error.value = 'Enter the web address of your housing system’s case list, starting with https://';
      status.value = error.value;
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    progress.value = { done: 0, total: 0, listPages: 0 };
    status.value = 'Reading the case list…';
    try {
      // A case the list shows closed is read only when it is open here, to close it here too.
      const openHere = await service.openCaseKeys();
      const result = await readTeamCases(url, settings.peek()?.settings.hosts ?? [], { fetchPage: fetchHmsPage, parse }, {
        signal: abort.signal,
        onProgress: (p) => (progress.value = p),
        readClosed: (row) => openHere.has(caseKey(row.system, row.reference)),
      });
      await service.storeHostCases(result.cases);
      failed.value = result.failed;
      stopped.value = result.stopped;
      const closedHere = result.cases.filter((c) => c.closed).length;
      status.value =
        `Read ${casesWord(result.cases.length - closedHere)} from ${result.systemName}.` +
        (closedHere > 0 ? ` ${casesWord(closedHere)} closed in ${result.systemName} ${closedHere === 1 ? 'is' : 'are'} closed here too.` : '') +
        (result.failed.length > 0 ? ` ${casesWord(result.failed.length)} could not be read.` : '') +
        (result.stopped ? ` ${result.stopped}` : '');
    } catch (problem) {
      if (abort.signal.aborted) {
        status.value = 'Reading cancelled. Nothing was stored and no more pages were asked for.';
      } else {
        error.value = (problem as Error).message;
        status.value = `Nothing was read. ${error.value}`;
      }
    } finally {
      controller.current = null;
      progress.value = null;
    }
  }

  const p = progress.value;
  const running = p !== null;
  // The button pressed goes away (Read ↔ Cancel): focus moves to the one that takes its place,
  // unless the officer has moved on elsewhere.
  const section = useRef<HTMLElement>(null);
  const readButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running === wasRunning.current) return;
    wasRunning.current = running;
    const active = document.activeElement;
    if (active !== null && active !== document.body && !section.current?.contains(active)) return;
    (running ? cancelButton : readButton).current?.focus();
  }, [running]);

  return (
    <section class="card fill-from-hms" aria-labelledby="fill-heading" ref={section}>
      <h2 id="fill-heading">Fill from the housing system</h2>
      <p class="hint" id="fill-hint">
        Reads every open case on your housing system’s case list, with your own sign-in, so this list shows the whole team’s cases. Nothing is
        sent anywhere else.
      </p>
      <div class="field">
        <label for="fill-address">Case list address</label>
        {error.value ? (
          <p id="fill-error" class="error-message">
            <span class="visually-hidden">Error: </span>
            {error.value}
          </p>
        ) : null}
        <input
          id="fill-address"
          type="url"
          value={address.value}
          disabled={p !== null}
          aria-invalid={error.value ? 'true' : undefined}
          aria-describedby={error.value ? 'fill-hint fill-error' : 'fill-hint'}
          onInput={(event) => {
            typed.current = true;
            address.value = event.currentTarget.value;
          }}
        />
      </div>
      {p === null && tabUrl.value !== null && tabUrl.value !== address.value ? (
        <p>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              typed.current = true;
              address.value = tabUrl.value ?? '';
              // The tab may have moved on since (navigating in a tab is not watched): ask again.
              void service.activeTabUrl().then((u) => {
                tabUrl.value = u;
                if (u !== null) address.value = u;
              }, () => undefined);
            }}
          >
            Use the address of the page in this tab
          </button>
        </p>
      ) : null}
      {p === null ? (
        <button type="button" class="button" ref={readButton} onClick={() => void run()}>
          Read every open case
        </button>
      ) : (
        <div class="fill-progress">
          <label for="fill-progress-bar" id="fill-progress-label">
            {p.total === 0
              ? p.listPages < 1
                ? 'Reading the case list…'
                : `Reading the case list: ${p.listPages} page${p.listPages === 1 ? '' : 's'} read…`
              : `Read ${p.done} of ${casesWord(p.total)}`}
          </label>
          <progress id="fill-progress-bar" max={Math.max(p.total, 1)} value={p.done} />
          {/* Announced at the start, every 10 cases and at the end, not at each case. */}
          <p class="visually-hidden" aria-live="polite" data-testid="fill-announcement">
            {p.total === 0 ? '' : `Read ${announced(p)} of ${casesWord(p.total)}.`}
          </p>
          <button type="button" class="button-secondary" ref={cancelButton} onClick={() => controller.current?.abort(new Error('Cancelled.'))}>
            Cancel reading
          </button>
        </div>
      )}
      {stopped.value ? (
        <div class="notice notice-warning" data-testid="fill-stopped">
          <p>{stopped.value}</p>
        </div>
      ) : null}
      {failed.value.length > 0 ? (
        <div class="notice notice-warning">
          <p>These cases could not be read:</p>
          <ul>
            {failed.value.map((f) => (
              <li key={f.reference}>
                {f.reference}: {f.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
