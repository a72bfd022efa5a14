import { render } from 'lit/html.js';

/**
 * The smallest base for a Lit-rendered custom element: an open shadow root with one adopted
 * style sheet, and `requestUpdate()` batching renders of `render()` (a lit-html template) to
 * the end of the current task, then calling `updated()`. LitElement's reactive properties
 * would cost a tenth of the widget's size budget; the form has a handful of attributes and
 * keeps its state in plain fields it sets through {@link ShadowElement.set}.
 *
 * @example
 * class Hello extends ShadowElement<{ name: string }> {
 *   private name = 'world';
 *   render() { return html`<p>Hello ${this.name}</p>`; }
 * }
 * hello.set({ name: 'Sam' }) // renders <p>Hello Sam</p> once, after this task
 */
export abstract class ShadowElement<State extends object = object> extends HTMLElement {
  readonly renderRoot: ShadowRoot;
  private queued = false;

  constructor(cssText: string) {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    this.renderRoot.adoptedStyleSheets = [sheet];
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  /** Assigns the given state fields and schedules a render. */
  protected set(patch: Partial<State>): void {
    Object.assign(this, patch);
    this.requestUpdate();
  }

  /** Schedules one render for all changes made in this task. */
  requestUpdate(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      render(this.render(), this.renderRoot, { host: this });
      this.updated();
    });
  }

  protected abstract render(): unknown;

  /** Called after each render. */
  protected updated(): void {}
}
