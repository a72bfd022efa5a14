// First, so its mark is taken before anything else in the bundle runs.
import { MARK_FIRST_STEP } from './performance-marks.ts';
import { html, nothing } from 'lit/html.js';
import { list, type Answers } from './answers.ts';
import { draftStore } from './draft-store.ts';
import { AsbExitEvent, AsbStepEvent, AsbSubmittedEvent } from './events.ts';
import { visibleFields, type Field } from './field.ts';
import { fieldForPath } from './field-for-path.ts';
import { headings, type Headings } from './headings.ts';
import { findErrors, type FieldError } from './find-errors.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { fetchPolicyView } from './fetch-policy-view.ts';
import { pageTitle, renderFields, subHeading } from './render-field.ts';
import { ShadowElement } from './shadow-element.ts';
import { onShiftPressedThreeTimes } from './shift-presses.ts';
import type { StepId } from './step.ts';
import { renderCheckAnswers } from './steps/check-answers.ts';
import { renderConfirmation } from './steps/confirmation.ts';
import { QUESTION_STEPS as QUESTIONS } from './steps/question-steps.ts';
import { enGB, type Strings } from './strings.en-GB.ts';
import { styles } from './styles.ts';
import { DEFAULT_RETRY_DELAYS, submitReport, type Receipt, type SubmitResult } from './submit.ts';
import { toReport } from './to-report.ts';
import type { WidgetPolicy } from './widget-policy.ts';

/** Pages 1 to 8 ask questions (QUESTIONS); then check answers, then confirmation. */
const CHECK = QUESTIONS.length;
const DONE = CHECK + 1;
const STEP_IDS: readonly StepId[] = [...QUESTIONS.map((q) => q.id), 'check', 'confirmation'];

/** Where "Exit this page" goes when the landlord names nowhere: a neutral, busy site. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Today in Europe/London, `'YYYY-MM-DD'`, for "must be today or in the past". */
const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** What the form shows, kept in the element's own fields. */
interface FormState {
  pol: WidgetPolicy | undefined;
  failed: boolean;
  step: number;
  a: Answers;
  errors: FieldError[];
  problem: string;
  sending: boolean;
  status: string;
  receipt: Receipt | undefined;
  exited: boolean;
  focusNext: string;
}

/**
 * `<asb-report-form>`: a guided, accessible form for reporting anti-social behaviour to a
 * landlord, one question per page as the GOV.UK Design System does it. Sends the report, valid
 * against the core's report schema, to `endpoint` with an `Idempotency-Key`, and shows the
 * reference only once the server has it.
 *
 * The landlord's policy (name, contact details, what the confirmation promises) is read from
 * `endpoint` with `GET`: the intake answers the widget's view of the same policy file it triages
 * with, so the form never promises what the server does not do.
 *
 * Attributes: `endpoint` (required), `exit-url`, `save-draft`, `heading-level` (1-5, default 1:
 * page titles are `<h1>`; `2` when the landlord's page has its own `<h1>`). Events: `asb-step`,
 * `asb-submitted`, `asb-exit`.
 * Properties: `strings` (the words, default British English) and `retryDelays`.
 *
 * @example
 * <script type="module" src="/asb/asb-report-form.js"></script>
 * <asb-report-form endpoint="/api/asb-reports"></asb-report-form>
 */
export class AsbReportForm extends ShadowElement<FormState> {
  static observedAttributes = ['endpoint', 'heading-level'];

  /** The words (default British English); set before the form is shown. */
  strings: Strings = enGB;
  /** Waits between retries, in ms. */
  retryDelays: readonly number[] = DEFAULT_RETRY_DELAYS;

  private pol: WidgetPolicy | undefined;
  private failed = false;
  private step = 0;
  private a: Answers = {};
  private errors: FieldError[] = [];
  private problem = '';
  private sending = false;
  private status = '';
  private receipt: Receipt | undefined;
  private exited = false;
  /** One per report, from the first page to the server's answer (kept with a draft). */
  private key = newIdempotencyKey();
  /**
   * The key of an earlier version of this report the server has stored (it answered 422 to the
   * latest answers under that key): every send names it until one is answered.
   */
  private replaces: string | undefined;
  private returnToCheck = false;
  private started = false;
  /** What to focus after the next render: 'heading', 'summary' or an element id. */
  private focusNext = '';
  private shownStep = -1;
  private sent = { anonymous: false, dispute: false, hate: false };
  private stopShift: (() => void) | undefined;

  constructor() {
    super(styles);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopShift = onShiftPressedThreeTimes(document, this.exit);
    if (this.started) return;
    this.started = true;
    const draft = this.hasAttribute('save-draft') ? draftStore.load() : undefined;
    if (draft) {
      Object.assign(this, { a: draft.answers, step: Math.min(Math.max(0, draft.step), CHECK), key: draft.key });
      if (typeof draft.replaces === 'string') this.replaces = draft.replaces;
    }
    void this.load();
  }

  disconnectedCallback(): void {
    this.stopShift?.();
  }

  attributeChangedCallback(name: string): void {
    if (name === 'heading-level') this.requestUpdate();
    else if (this.started) void this.load();
  }

  /** Clears the form and its draft and replaces the page with `exit-url`, as GOV.UK's "Exit this page" does. */
  exit = (): void => {
    draftStore.clear();
    this.set({ a: {}, errors: [], exited: true });
    this.dispatchEvent(new AsbExitEvent());
    // Only a web address: never a javascript: URL, whatever the attribute says.
    let target = DEFAULT_EXIT_URL;
    try {
      const url = new URL(this.getAttribute('exit-url') || target, location.href);
      if (/^https?:$/.test(url.protocol)) target = url.href;
    } catch {
      // Not a URL: the default.
    }
    location.replace(target);
  };

  protected override updated(): void {
    const shown = this.pol && !this.exited ? this.step : -1;
    if (shown >= 0 && shown !== this.shownStep) {
      if (this.shownStep === -1 && !performance.getEntriesByName(MARK_FIRST_STEP).length) performance.mark(MARK_FIRST_STEP);
      this.dispatchEvent(new AsbStepEvent({ step: STEP_IDS[shown]!, number: shown + 1, total: STEP_IDS.length }));
    }
    this.shownStep = shown;
    if (this.focusNext) {
      const selector = this.focusNext === 'heading' ? '.title' : this.focusNext === 'summary' ? '.error-summary' : `#${this.focusNext}`;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      this.focusNext = '';
    }
  }

  /** Reads the policy view from `endpoint`; `focus`: the page title is focused once shown ("Try again"). */
  private load = async (focus = false): Promise<void> => {
    for (const old of ['policy', 'policy-src']) {
      if (this.hasAttribute(old)) console.warn(`<asb-report-form>: the ${old} attribute is no longer used: the policy is read from endpoint (GET)`);
    }
    this.set({ failed: false, pol: undefined });
    try {
      const endpoint = this.getAttribute('endpoint');
      if (!endpoint) throw new Error('endpoint: missing (the URL reports are POSTed to, and the policy is read from)');
      this.set({ pol: await fetchPolicyView(endpoint), focusNext: focus ? 'heading' : '' });
    } catch (error) {
      console.error(`<asb-report-form> cannot load: ${(error as Error).message}`);
      this.set({ pol: undefined, failed: true, focusNext: focus ? 'heading' : '' });
    }
  };

  /** "Try again" on the cannot-load page: its title is focused again if it fails again. */
  private reload = (): void => void this.load(true);

  protected override render() {
    const s = this.strings;
    const c = { h: headings(this.getAttribute('heading-level')) };
    if (this.exited) return nothing;
    return html`<div part="container" lang=${s.lang}>
      <div class="exit-bar"><button type="button" class="exit" part="exit-button" @click=${this.exit}>${s.exit}</button></div>
      ${this.failed
        ? html`${pageTitle(c, s.cannotLoadTitle)}${s.cannotLoad.map((line) => html`<p>${line}</p>`)}
            <button type="button" class="button secondary" part="secondary-button" @click=${this.reload}>${s.tryAgain}</button>`
        : this.pol
          ? this.renderPage(this.pol, c.h)
          : html`<p class="status" role="status">${s.loading}</p>`}
    </div>`;
  }

  private renderPage(pol: WidgetPolicy, h: Headings) {
    const s = this.strings;
    if (this.step === DONE && this.receipt) return renderConfirmation(this.receipt, pol, this.sent, s, h);
    const c = { a: this.a, errors: new Map(this.errors.map((e) => [e.field, e.message])), s, h };
    const page = QUESTIONS[this.step];
    const fields = page?.fields(this.a) ?? [];
    return html`${this.step > 0 ? html`<button type="button" class="link back" part="back-link" @click=${this.back}>${s.back}</button>` : nothing}
      ${this.step === 0 ? html`<p class="hint">${s.exitHint}</p>` : nothing}
      <form novalidate @submit=${this.onSubmit} @input=${this.onInput} @click=${this.onClick}>
        ${this.errors.length || this.problem
          ? html`<div class="error-summary" tabindex="-1" part="error-summary" aria-labelledby="error-summary-title">
              <div role="alert">
                ${subHeading(c, s.errorTitle, 'error-summary-title')}
                <ul>
                  ${this.errors.map((e) => html`<li><a href=${`#f-${e.field}`} @click=${this.jump}>${e.message}</a></li>`)}
                  ${this.problem ? html`<li>${this.problem}</li>` : nothing}
                </ul>
              </div>
            </div>`
          : nothing}
        ${page
          ? html`${page.titled ? pageTitle(c, s.titles[page.id]) : nothing}
              ${page.render ? page.render(fields, c) : renderFields(fields, c)}
              <button class="button" part="button">${s.continue}</button>`
          : renderCheckAnswers(QUESTIONS, c, this.sending, this.status)}
      </form>`;
  }

  private go(step: number): void {
    if (step === CHECK) this.returnToCheck = false;
    this.set({ errors: [], problem: '', step, focusNext: 'heading' });
    this.persist();
  }

  private back = (): void => this.go(this.returnToCheck ? CHECK : this.step - 1);

  private persist(): void {
    if (this.hasAttribute('save-draft')) draftStore.save({ answers: this.a, step: this.step, key: this.key, ...(this.replaces ? { replaces: this.replaces } : {}) });
  }

  /** The questions a tenant can see on page `index`, in order. */
  private visible(index: number): Field[] {
    const page = QUESTIONS[index];
    return page ? visibleFields(page.fields(this.a), this.a) : [];
  }

  /** Shows the first page with problems (`errorsOn` a page), its error summary focused; false when none. */
  private showErrors(errorsOn: (index: number) => FieldError[]): boolean {
    for (let index = 0; index < CHECK; index++) {
      const errors = errorsOn(index);
      if (errors.length) {
        this.set({ step: index, errors, problem: '', focusNext: 'summary' });
        return true;
      }
    }
    return false;
  }

  private pageErrors = (index: number): FieldError[] => findErrors(this.visible(index), this.a, londonToday(), this.strings);

  private onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const name = input.name;
    if (!name) return;
    const a = { ...this.a };
    if (input.type === 'checkbox') {
      const field = this.visible(this.step).find((f) => f.name === name);
      let values = list(a, name).filter((v) => v !== input.value);
      if (input.checked) values = input.value === field?.exclusive ? [input.value] : [...values.filter((v) => v !== field?.exclusive), input.value];
      a[name] = field?.options ? field.options.filter((o) => values.includes(o)) : values;
    } else {
      a[name] = input.value;
    }
    this.set({ a });
    this.persist();
  };

  private onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-act]');
    if (!button) return;
    const ids = list(this.a, 'diary');
    const act = button.dataset.act;
    if (act === 'change') {
      this.go(Number(button.value));
      this.returnToCheck = true;
    } else if (act === 'add-entry') {
      const id = String(Math.max(0, ...ids.map(Number)) + 1);
      this.set({ a: { ...this.a, diary: [...ids, id] }, focusNext: `f-d${id}-date` });
    } else if (act === 'remove-entry') {
      const id = button.value;
      const a: Answers = {};
      for (const [k, v] of Object.entries(this.a)) if (!k.startsWith(`d${id}-`)) a[k] = v;
      a.diary = ids.filter((x) => x !== id);
      this.set({ a, errors: this.errors.filter((e) => !e.field.startsWith(`d${id}-`)), focusNext: 'f-diary' });
    }
    this.persist();
  };

  /** Error summary links move focus to their field inside the shadow root (a hash link cannot). */
  private jump = (event: Event): void => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.step === CHECK) {
      void this.send();
      return;
    }
    const errors = this.pageErrors(this.step);
    if (errors.length) this.set({ errors, problem: '', focusNext: 'summary' });
    else this.go(this.returnToCheck ? CHECK : this.step + 1);
  };

  private async send(): Promise<void> {
    if (this.sending || !this.pol) return;
    const s = this.strings;
    const policyId = this.pol.id;
    // Problems found now, or by the server, are fixed on their page, then back to check answers.
    this.returnToCheck = true;
    if (this.showErrors(this.pageErrors)) return;
    this.set({ sending: true, problem: '', status: s.sending });
    const body = JSON.stringify(toReport(this.a, policyId));
    const send = () =>
      submitReport({
        endpoint: this.getAttribute('endpoint')!,
        body,
        idempotencyKey: this.key,
        replaces: this.replaces,
        retryDelays: this.retryDelays,
        onRetry: () => this.set({ status: s.retrying }),
      });
    let result: SubmitResult = await send();
    if (!result.ok && result.reason === 'conflict') {
      // 422: the server has an earlier version of this report under this key (an earlier send
      // was stored but its answer never arrived, then the tenant changed an answer). Send the
      // latest answers under a new key naming the old one: the intake replaces that report
      // rather than storing a second (README, "Changed answers after a send that got no answer").
      this.replaces = this.key;
      this.key = newIdempotencyKey();
      this.persist();
      result = await send();
    }
    this.set({ sending: false, status: '' });
    if (result.ok) {
      this.replaces = undefined;
      const behaviours = list(this.a, 'behaviours');
      this.sent = {
        anonymous: this.a.giveDetails === 'no',
        dispute: behaviours.includes('neighbour-dispute'),
        hate: behaviours.includes('hate-incident') || list(this.a, 'perceivedHate').some((strand) => strand !== 'none'),
      };
      draftStore.clear();
      this.set({ receipt: result.receipt, a: {}, errors: [], step: DONE, focusNext: 'heading' });
      this.dispatchEvent(new AsbSubmittedEvent({ reference: result.receipt.reference }));
      return;
    }
    if (result.reason === 'invalid') {
      const ids = list(this.a, 'diary');
      const errors = result.issues.map((issue) => ({ field: fieldForPath(issue.path, ids), message: issue.message }));
      const on = (index: number) => {
        const names = this.visible(index).map((f) => f.name);
        return errors.filter((e) => names.includes(e.field));
      };
      if (this.showErrors(on)) return;
    }
    this.returnToCheck = false;
    const problem = result.reason === 'unreachable' ? s.errors.unreachable : result.reason === 'conflict' ? s.errors.conflict : s.errors.rejected;
    this.set({ problem, focusNext: 'summary' });
  }
}

if (!customElements.get('asb-report-form')) customElements.define('asb-report-form', AsbReportForm);

declare global {
  interface HTMLElementTagNameMap {
    'asb-report-form': AsbReportForm;
  }
}
