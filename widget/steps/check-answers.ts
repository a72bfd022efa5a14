import { html, nothing, type TemplateResult } from 'lit/html.js';
import { list, text } from '../answers.ts';
import { dateAnswer } from '../date-answer.ts';
import { visibleFields, type Field } from '../field.ts';
import { pageTitle, subHeading, type RenderContext } from '../render-field.ts';
import type { QuestionStep } from '../step.ts';

/** 9. Check your answers: one summary list per page, each row with a Change button that returns here. */
export function renderCheckAnswers(steps: readonly QuestionStep[], c: RenderContext, sending: boolean, status: string): TemplateResult {
  const { s, a } = c;
  const dateInWords = new Intl.DateTimeFormat(s.lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const row = (index: number, key: string, value: unknown) => html`<div class="row">
    <dt>${key}</dt>
    <dd>${value}</dd>
    <dd>
      <button type="button" class="link" data-act="change" value=${index}>${s.change}<span class="vh"> ${key}</span></button>
    </dd>
  </div>`;
  const answer = (f: Field) => {
    const labels = s.options[f.optionsKey ?? f.key ?? f.name] ?? {};
    if (f.kind === 'checkboxes') {
      const chosen = list(a, f.name);
      return chosen.length ? html`<ul>${chosen.map((v) => html`<li>${labels[v] ?? v}</li>`)}</ul>` : s.notGiven;
    }
    if (f.kind === 'date') {
      const iso = dateAnswer(a, f.name).iso;
      return iso ? dateInWords.format(new Date(iso)) : s.notGiven;
    }
    const value = text(a, f.name).trim();
    return value ? (f.kind === 'radios' ? (labels[value] ?? value) : value) : s.notGiven;
  };
  return html`${pageTitle(c, s.titles.check)}
    ${steps.map((step, index) => {
      const fields = visibleFields(step.fields(a), a).filter((f) => f.kind !== 'note');
      const ids = list(a, 'diary');
      return html`${subHeading(c, s.sections[step.id])}
        <dl part="summary-list">
          ${step.id === 'evidence'
            ? ids.length
              ? ids.map((id, n) =>
                  row(
                    index,
                    s.entry(n + 1),
                    html`${fields
                      .filter((f) => f.name.startsWith(`d${id}-`))
                      .map((f) => html`<p><b>${s.fields[f.key!]?.label}</b> ${answer(f)}</p>`)}`,
                  ),
                )
              : row(index, s.sections.evidence!, s.noEntries)
            : fields.map((f) => row(index, s.fields[f.key ?? f.name]?.label ?? f.name, answer(f)))}
        </dl>`;
    })}
    ${subHeading(c, s.sendTitle)}
    <p>${s.sendText}</p>
    <button class="button" part="button" aria-disabled=${sending ? 'true' : nothing}>${s.send}</button>
    <p class="status" role="status">${status}</p>`;
}
