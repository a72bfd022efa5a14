import type { LetterPlaceholder } from '../../core/index.ts';
import { LetterBlocks } from './letter-blocks.tsx';
import { usePanel } from './panel-context.ts';

/**
 * Letters: choose a template, fill what the case could not supply, preview, then copy, print or add to the case notes.
 *
 * @example
 * <LettersView /> //=> template list, the form, the preview and Copy / Print / Add to case notes
 */
export function LettersView() {
  const { letters, caseState } = usePanel();
  const summary = caseState.summary.value;
  const preview = letters.preview.value;
  const template = letters.templates.find((t) => t.id === letters.templateId.value);

  return (
    <section aria-labelledby="letters-heading">
      <h1 id="letters-heading" tabIndex={-1}>
        Letters{summary ? ` for case ${summary.tracked.reference}` : ''}
      </h1>
      {!summary ? <p class="hint">No case is open: fill in every field yourself, or open a case first.</p> : null}
      <div class="field">
        <label for="letter-template">Letter</label>
        <select id="letter-template" value={letters.templateId.value} onChange={(event) => (letters.templateId.value = event.currentTarget.value)}>
          {letters.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      {template ? <p class="hint">To: the {template.audience === 'reported-person' ? 'person reported' : template.audience}.</p> : null}

      <form class="letter-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset>
          <legend>Details for the letter</legend>
          {letters.fields.value.map((field) => (
            <LetterField key={`${letters.templateId.value}-${field.name}`} field={field} />
          ))}
        </fieldset>
        <button type="button" class="button-secondary" onClick={() => letters.refill()}>
          Fill in again from the case
        </button>
      </form>

      <h2 id="preview-heading">Preview</h2>
      {preview.letter ? (
        <>
          <p class="letter-subject">
            <strong>Subject:</strong> {preview.letter.subject}
          </p>
          {/* Drawn from the letter's blocks: host-page text stays text, nothing goes through an HTML parser. */}
          <div class="letter-preview" data-testid="letter-preview" aria-labelledby="preview-heading" role="document">
            <LetterBlocks blocks={preview.letter.blocks} />
          </div>
          <div class="actions">
            <button type="button" class="button" onClick={() => void letters.copy(false)}>
              Copy letter
            </button>
            <button type="button" class="button-secondary" onClick={() => void letters.copy(true)}>
              Copy as plain text
            </button>
            <button type="button" class="button-secondary" onClick={() => letters.print()}>
              Print
            </button>
            {caseState.inTab.value ? (
              <button type="button" class="button-secondary" onClick={() => void letters.insert()}>
                Add to case notes
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <p class="notice notice-info" data-testid="letter-missing">
          {preview.error}
        </p>
      )}
    </section>
  );
}

function LetterField({ field }: { field: LetterPlaceholder }) {
  const { letters } = usePanel();
  const id = `letter-${field.name}`;
  const hintId = `${id}-hint`;
  const value = letters.values.value[field.name] ?? '';
  const hint = field.kind === 'list' ? [field.hint, 'One item per line.'].filter(Boolean).join(' ') : field.hint;
  const common = {
    id,
    value,
    'aria-describedby': hint ? hintId : undefined,
    'aria-required': field.required ? ('true' as const) : undefined,
  };
  const set = (event: { currentTarget: { value: string } }) => letters.setValue(field.name, event.currentTarget.value);
  if (field.kind === 'confirm') {
    return (
      <div class="field field-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={value === 'yes'}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => letters.setValue(field.name, event.currentTarget.checked ? 'yes' : '')}
        />
        <label for={id}>{field.label}</label>
        {hint ? (
          <p id={hintId} class="hint">
            {hint}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div class="field">
      <label for={id}>
        {field.label}
        {field.required ? '' : ' (optional)'}
      </label>
      {hint ? (
        <p id={hintId} class="hint">
          {hint}
        </p>
      ) : null}
      {field.kind === 'multiline' || field.kind === 'list' ? (
        <textarea {...common} rows={field.kind === 'list' ? 3 : 4} onInput={set} />
      ) : (
        field.kind === 'date' ? (
          <input {...common} type="date" onInput={set} />
        ) : field.kind === 'date-time' ? (
          <input {...common} type="datetime-local" onInput={set} />
        ) : (
          <input {...common} type="text" onInput={set} />
        )
      )}
    </div>
  );
}
