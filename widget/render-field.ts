import { html, nothing, type TemplateResult } from 'lit/html.js';
import { html as tagged } from 'lit/static-html.js';
import { text, type Answers } from './answers.ts';
import { isChosen, type Field } from './field.ts';
import type { Headings } from './headings.ts';
import type { Strings } from './strings.en-GB.ts';

/** What a step needs to draw itself: the answers, the errors by field name, the words, the heading tags. */
export interface RenderContext {
  a: Answers;
  errors: Map<string, string>;
  s: Strings;
  h: Headings;
}

/** The page's title, focused when the page is shown (`.title`). */
export const pageTitle = (c: { h: Headings }, content: unknown) =>
  tagged`<${c.h.page} class="title" tabindex="-1" part="heading">${content}</${c.h.page}>`;

/** A heading within the page. */
export const subHeading = (c: { h: Headings }, content: unknown, id?: string) =>
  tagged`<${c.h.sub} class="sub" id=${id ?? nothing}>${content}</${c.h.sub}>`;

/** Paragraphs of a note. */
export const paragraphs = (lines: readonly string[] = []) => lines.map((line) => html`<p>${line}</p>`);

/**
 * Draws fields the GOV.UK way: label or legend (as the page's title for a one-question page),
 * "(optional)", hint, error message, then the control. Hints and errors are tied to their
 * control with `aria-describedby`; ids are `f-NAME` (the first control, where error links
 * go), `h-NAME` and `e-NAME`. No inline styles: everything is in the shadow root's styles.
 *
 * @example
 * html`${renderFields([{ kind: 'text', name: 'name', autocomplete: 'name' }], ctx)}`
 * //=> <div class="group"><label class="label" for="f-name">Full name</label><input id="f-name" ...></div>
 */
export function renderFields(fields: readonly Field[], c: RenderContext): TemplateResult[] {
  return fields.map((field) => renderField(field, c));
}

function renderField(f: Field, c: RenderContext): TemplateResult {
  const { s, errors } = c;
  if (f.kind === 'note') {
    // GOV.UK warning text (a "!" icon, bold words, "Warning" read out first) or inset text: calm,
    // never the error styling.
    return f.warning
      ? html`<div class="warning" part="warning"><span class="warning-icon" aria-hidden="true">!</span>
          <div><span class="vh">${s.warning}: </span>${paragraphs(s.notes[f.name])}</div></div>`
      : html`<div class="note" part="note">${paragraphs(s.notes[f.name])}</div>`;
  }
  const words = s.fields[f.key ?? f.name] ?? { label: f.name };
  const error = errors.get(f.name);
  const hintId = words.hint ? `h-${f.name}` : '';
  const errorId = error ? `e-${f.name}` : '';
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || nothing;
  const label = `${words.label}${f.optional ? ` ${s.optional}` : ''}`;
  const hint = words.hint ? html`<div class="hint" id=${hintId} part="hint">${words.hint}</div>` : nothing;
  const why = f.why
    ? html`<details class="details"><summary>${s.whyWeAsk}</summary><div>${paragraphs(s.notes[f.why])}</div></details>`
    : nothing;
  const message = error
    ? html`<p class="error-message" id=${errorId}><span class="vh">${s.errorPrefix} </span>${error}</p>`
    : nothing;
  const group = error ? 'group group-error' : 'group';

  if (f.kind === 'radios' || f.kind === 'checkboxes' || f.kind === 'date') {
    const legend = f.heading
      ? html`<legend>${pageTitle(c, label)}</legend>`
      : html`<legend>${label}</legend>`;
    return html`<div class=${group}>
      <fieldset aria-describedby=${describedBy}>
        ${legend}${hint}${why}${message}${f.kind === 'date' ? dateInputs(f, c, !!error) : choices(f, c)}
      </fieldset>
    </div>`;
  }

  const id = `f-${f.name}`;
  const inputClass = error ? 'input input-error' : 'input';
  const labelTag = html`<label class="label" for=${id} part="label">${label}</label>`;
  const control =
    f.kind === 'textarea'
      ? html`<textarea class=${inputClass} id=${id} name=${f.name} rows="5" autocomplete=${f.autocomplete ?? nothing}
          aria-describedby=${describedBy} .value=${text(c.a, f.name)} part="input"></textarea>`
      : html`<input class=${f.width ? `${inputClass} input-${f.width}` : inputClass} id=${id} name=${f.name}
          type=${f.type ?? 'text'} autocomplete=${f.autocomplete ?? nothing} spellcheck=${f.type === 'email' ? 'false' : nothing}
          aria-describedby=${describedBy} .value=${text(c.a, f.name)} part="input">`;
  return html`<div class=${group}>
    ${f.heading ? pageTitle(c, labelTag) : labelTag}
    ${hint}${why}${message}${control}
  </div>`;
}

function choices(f: Field, c: RenderContext): TemplateResult {
  const type = f.kind === 'radios' ? 'radio' : 'checkbox';
  const labels = c.s.options[f.optionsKey ?? f.key ?? f.name] ?? {};
  return html`<div>
    ${(f.options ?? []).map((value, index) => {
      const id = index === 0 ? `f-${f.name}` : `f-${f.name}-${value}`;
      const chosen = isChosen(c.a, f.name, value);
      const revealed = f.reveal?.[value];
      return html`${value === f.exclusive ? html`<p>${c.s.or}</p>` : nothing}
        <div class="choice">
          <input type=${type} id=${id} name=${f.name} value=${value} .checked=${chosen}>
          <label for=${id}>${labels[value] ?? value}</label>
        </div>
        ${chosen && revealed?.length ? html`<div class="reveal">${renderFields(revealed, c)}</div>` : nothing}`;
    })}
  </div>`;
}

function dateInputs(f: Field, c: RenderContext, error: boolean): TemplateResult {
  const parts = [
    ['day', c.s.day, 'input-2'],
    ['month', c.s.month, 'input-2'],
    ['year', c.s.year, 'input-4'],
  ] as const;
  return html`<div class="date">
    ${parts.map(([part, label, width], index) => {
      const id = index === 0 ? `f-${f.name}` : `f-${f.name}-${part}`;
      return html`<div>
        <label class="label" for=${id}>${label}</label>
        <input class=${`input ${width}${error ? ' input-error' : ''}`} id=${id} name=${`${f.name}-${part}`}
          inputmode="numeric" .value=${text(c.a, `${f.name}-${part}`)} part="input">
      </div>`;
    })}
  </div>`;
}
