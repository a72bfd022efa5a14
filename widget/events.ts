import type { StepId } from './step.ts';

const init = { bubbles: true, composed: true } as const;

/**
 * `asb-step`: a page of the journey is shown. Carries where the tenant is, never what they said.
 * @example
 * form.addEventListener('asb-step', (e) => analytics.page(e.detail.step)) // e.detail //=> { step: 'impact', number: 5, total: 10 }
 */
export class AsbStepEvent extends Event {
  readonly detail: { step: StepId; number: number; total: number };
  constructor(detail: { step: StepId; number: number; total: number }) {
    super('asb-step', init);
    this.detail = detail;
  }
}

/**
 * `asb-submitted`: the server has acknowledged the report (201, or 200 on a replay).
 * @example
 * form.addEventListener('asb-submitted', (e) => console.log(e.detail.reference)) //=> 'ASB-2026-000123'
 */
export class AsbSubmittedEvent extends Event {
  readonly detail: { reference: string };
  constructor(detail: { reference: string }) {
    super('asb-submitted', init);
    this.detail = detail;
  }
}

/**
 * `asb-exit`: "Exit this page" was used; the form is cleared and the page is about to be replaced.
 * @example
 * form.addEventListener('asb-exit', () => myApp.forget()) // e.detail //=> undefined
 */
export class AsbExitEvent extends Event {
  constructor() {
    super('asb-exit', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asb-step': AsbStepEvent;
    'asb-submitted': AsbSubmittedEvent;
    'asb-exit': AsbExitEvent;
  }
}
