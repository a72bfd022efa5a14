import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The hour since the epoch by the browser's clock. */
const hourNow = () => Math.floor(Date.now() / 3_600_000);

/**
 * Calls `then` once each new hour begins while `signal` is live (checked every minute). Deadlines
 * are counted in London days, and London's midnight always falls on the hour: an in-page view that
 * asks the background again on each new hour is never a day behind, and the page itself needs no
 * time-zone arithmetic (creating an Intl formatter for Europe/London costs tens of milliseconds).
 *
 * @example
 * onNewHour(ctx, signal, () => void refresh());
 */
export function onNewHour(ctx: ContentScriptContext, signal: AbortSignal, then: () => void): void {
  let hour = hourNow();
  const timer = ctx.setInterval(() => {
    if (hourNow() === hour) return;
    hour = hourNow();
    then();
  }, 60_000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
