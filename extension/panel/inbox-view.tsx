import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatDateLong, formatTime, toLondonDateTime } from '../../core/index.ts';
import type { InboxListing } from '../messaging/messages.ts';
import { sendMessage } from '../messaging/messaging.ts';
import { usePanel } from './panel-context.ts';

/** How often the inbox asks the intake again while it is shown. */
const REFRESH_MS = 20_000;

/**
 * When first contact is due, in words, against today: "Friday 18 December 2026 (overdue)".
 *
 * @example
 * firstContactInWords('2026-12-18', '2026-12-21') //=> 'Friday 18 December 2026 (overdue)'
 * firstContactInWords(null, '2026-12-21') //=> 'No target: outside the ASB policy'
 */
export function firstContactInWords(due: string | null, today: string): string {
  if (due === null) return 'No target: outside the ASB policy';
  const when = formatDateLong(due);
  if (due < today) return `${when} (overdue)`;
  if (due === today) return `${when} (today)`;
  return when;
}

/**
 * When a report was received, London time: "Friday 18 December 2026 at 4:05pm".
 *
 * @example
 * receivedInWords('2026-12-18T16:05:00Z') //=> 'Friday 18 December 2026 at 4:05pm'
 */
export function receivedInWords(receivedAt: string): string {
  const local = toLondonDateTime(receivedAt, 'receivedAt');
  return local.time ? `${formatDateLong(local.date)} at ${formatTime(receivedAt)}` : formatDateLong(local.date);
}

/**
 * The web reports inbox: new reports from the landlord's intake (level, first contact due,
 * reference, received), each with "Create the case in …", which opens the housing system's
 * new-case form filled from the report. Errors (token refused, offline) in plain English.
 *
 * @example
 * <InboxView /> //=> <h1>Website reports</h1> … <ul data-testid="inbox-reports">…
 */
export function InboxView() {
  const { today, status } = usePanel();
  const [listing, setListing] = useState<InboxListing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setListing(await sendMessage({ type: 'inbox-list' }));
    } catch {
      setListing({ configured: true, reports: [], hostName: null, error: 'ASB Assist could not ask for the reports. Close and open the side panel, then try again.' });
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const create = async (reference: string) => {
    setProblem(null);
    try {
      const answer = await sendMessage({ type: 'inbox-create-case', reference });
      if (answer.opened) status.value = `The new-case form is open in a new tab, filled from report ${reference}.`;
      else setProblem(answer.reason ?? 'The new-case form could not be opened.');
    } catch {
      setProblem('The new-case form could not be opened. Try again.');
    }
  };

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title" tabIndex={-1}>
        Website reports
      </h1>
      {listing === null ? <p>Loading…</p> : null}
      {listing && !listing.configured ? (
        <p class="notice notice-info">
          To see reports from your website here, set your intake address and staff token in ASB Assist’s settings.
        </p>
      ) : null}
      {listing?.error ? (
        <p class="notice notice-warning" data-testid="inbox-error">
          {listing.error}
        </p>
      ) : null}
      {problem ? (
        <p class="notice notice-warning" role="alert">
          {problem}
        </p>
      ) : null}
      {listing?.configured && !listing.error ? (
        listing.reports.length === 0 ? (
          <p>No new website reports.</p>
        ) : (
          <>
            <p class="hint">{listing.reports.length === 1 ? '1 new report' : `${listing.reports.length} new reports`}, oldest first.</p>
            <ul class="case-list" data-testid="inbox-reports">
              {listing.reports.map((r) => (
                <li key={r.reference} class="card">
                  <h2 class="case-row-title">{r.reference}</h2>
                  <dl class="facts">
                    <div>
                      <dt>Level</dt>
                      <dd>{r.levelLabel ?? 'Outside the ASB policy'}</dd>
                    </div>
                    <div>
                      <dt>First contact due</dt>
                      <dd>{firstContactInWords(r.firstContactDue, today.value)}</dd>
                    </div>
                    <div>
                      <dt>Received</dt>
                      <dd>{receivedInWords(r.receivedAt)}</dd>
                    </div>
                  </dl>
                  {listing.hostName ? (
                    <button type="button" class="button-secondary" onClick={() => void create(r.reference)}>
                      Create the case in {listing.hostName}
                      <span class="visually-hidden"> from report {r.reference}</span>
                    </button>
                  ) : (
                    <p class="hint">Open a page of your housing system to create cases from here.</p>
                  )}
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
      <button type="button" class="link-button" onClick={() => void load()}>
        Check for new reports
      </button>
    </section>
  );
}
