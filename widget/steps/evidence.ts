import { html } from 'lit/html.js';
import { list } from '../answers.ts';
import type { Field } from '../field.ts';
import { PATTERNS } from '../patterns.ts';
import { renderFields, subHeading } from '../render-field.ts';
import type { QuestionStep } from '../step.ts';

/** The report schema takes at most 200 entries ("send the rest to your officer"). */
const MAX_ENTRIES = 200;

const entryFields = (id: string): Field[] => [
  { kind: 'date', name: `d${id}-date`, key: 'diaryDate' },
  { kind: 'text', name: `d${id}-time`, key: 'diaryTime', optional: true, width: 'short', pattern: PATTERNS.time },
  { kind: 'textarea', name: `d${id}-whatHappened`, key: 'diaryWhatHappened', max: 5000 },
  { kind: 'text', name: `d${id}-witnesses`, key: 'diaryWitnesses', optional: true, max: 1000 },
];

/**
 * 7. Evidence (optional): diary entries, as many as they like, each with the date, time, what
 * happened and who saw it; and a note on recordings and noise apps. "Add an entry" and "Remove"
 * are buttons the element handles (`data-act`).
 */
export const evidence: QuestionStep = {
  id: 'evidence',
  titled: true,
  fields: (answers) => [{ kind: 'note', name: 'evidence' }, ...list(answers, 'diary').flatMap(entryFields)],
  render: (fields, c) => {
    const ids = list(c.a, 'diary');
    return html`${renderFields(fields.slice(0, 1), c)}
      ${ids.map(
        (id, index) => html`<fieldset class="entry" part="diary-entry">
          <legend class="entry-legend">${subHeading(c, c.s.entry(index + 1))}</legend>
          ${renderFields(entryFields(id), c)}
          <button type="button" class="button secondary" data-act="remove-entry" value=${id} part="secondary-button">
            ${c.s.removeEntry(index + 1)}
          </button>
        </fieldset>`,
      )}
      ${ids.length < MAX_ENTRIES
        ? html`<button type="button" class="button secondary" id="f-diary" data-act="add-entry" part="secondary-button">
            ${ids.length ? c.s.addAnother : c.s.addEntry}
          </button>`
        : ''}`;
  },
};
