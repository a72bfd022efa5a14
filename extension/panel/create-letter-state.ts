import { computed, effect, signal, untracked } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import { letterFields, letterTemplates, renderLetter } from '../../core/index.ts';
import type { LetterCase, LetterPlaceholder, LetterTemplate, RenderedLetter } from '../../core/index.ts';
import type { CaseState } from './create-case-state.ts';
import type { SharedState } from './shared-state.ts';
import { letterData, prefillLetter } from './letter-form.ts';
import type { LetterValues } from './letter-form.ts';

/** The letters view's state: the template, the form, the preview and what can be done with it. */
export interface LetterState {
  templates: readonly LetterTemplate[];
  templateId: Signal<string>;
  fields: ReadonlySignal<LetterPlaceholder[]>;
  values: Signal<LetterValues>;
  /** Required fields still empty. */
  missing: ReadonlySignal<LetterPlaceholder[]>;
  /** The rendered letter, or why it cannot be rendered yet. */
  preview: ReadonlySignal<{ letter: RenderedLetter; error: null } | { letter: null; error: string }>;
  setValue(name: string, value: string): void;
  /** Fills the form again from the case and settings. */
  refill(): void;
  copy(plainOnly: boolean): Promise<void>;
  print(): void;
  insert(): Promise<void>;
}

/**
 * The letters view's state. The form is refilled from the case and settings whenever the
 * template or the case changes; the officer's edits stand until then.
 *
 * @example
 * const letters = createLetterState(shared, caseState);
 * letters.templateId.value = 'acknowledgement';
 * letters.preview.value.letter?.subject //=> 'We have received your report (reference ASB-1001)'
 */
export function createLetterState(shared: SharedState, caseState: CaseState): LetterState {
  const templates = letterTemplates;
  const templateId = signal(templates[0]?.id ?? 'acknowledgement');
  const fields = computed(() => letterFields(templateId.value));
  const values = signal<LetterValues>({});

  const refill = () => {
    const settings = shared.settings.value?.settings;
    values.value = prefillLetter(
      fields.value,
      caseState.summary.peek(),
      settings ?? { officerName: '', officerJobTitle: '', officerPhone: '', officerEmail: '' },
      shared.today.peek(),
    );
  };
  // Refill when the template, the case or the settings change (not on every store update).
  const loadedCase = computed(() => caseState.summary.value?.key ?? null);
  effect(() => {
    void fields.value;
    void loadedCase.value;
    void shared.settings.value;
    untracked(refill);
  });

  // What letters read about the case: its triage flags and reported behaviours (no mediation in a
  // hate, domestic abuse or violence case; a confirmation before writing to a domestic abuse case's address).
  const letterCase = computed((): LetterCase | undefined => {
    const summary = caseState.summary.value;
    if (!summary) return undefined;
    const behaviours: string[] = summary.input?.behaviours ?? [];
    return { flags: [...(summary.triage?.flags ?? []), ...summary.tracked.flags], behaviours };
  });

  const missing = computed(() => letterData(fields.value, values.value).missing);
  const preview = computed(() => {
    const policy = shared.resolved.value?.policy;
    if (!policy) return { letter: null, error: 'Loading the policy…' };
    const { data, missing: gaps } = letterData(fields.value, values.value);
    if (gaps.length > 0) return { letter: null, error: `Fill in: ${gaps.map((f) => f.label).join('; ')}.` };
    try {
      return { letter: renderLetter(templateId.value, data, policy, letterCase.value), error: null };
    } catch (error) {
      return { letter: null, error: `The letter cannot be made yet: ${(error as Error).message}` };
    }
  });

  const ready = (): RenderedLetter => {
    const letter = preview.value.letter;
    if (!letter) throw new Error(preview.value.error ?? 'The letter is not ready');
    return letter;
  };
  const say = (message: string) => {
    shared.status.value = message;
  };

  return {
    templates,
    templateId,
    fields,
    values,
    missing,
    preview,
    setValue(name, value) {
      values.value = { ...values.value, [name]: value };
    },
    refill,
    async copy(plainOnly) {
      try {
        await shared.service.copy(ready(), plainOnly);
        say(plainOnly ? 'Letter copied as plain text.' : 'Letter copied. Paste it into an email or document.');
      } catch (error) {
        say(`The letter was not copied: ${(error as Error).message}`);
      }
    },
    print() {
      shared.service.print(ready());
    },
    async insert() {
      const tabId = shared.tab.value.tabId;
      if (tabId === null || !caseState.inTab.value) {
        say('Open the case in your housing system in this window to add the letter to its notes.');
        return;
      }
      const result = await shared.service.insertNote(tabId, ready().text).catch((error: Error) => ({ inserted: false, reason: error.message }));
      say(result.inserted ? 'Letter added to the case notes. Check it and save the note in your housing system.' : `Not added: ${result.reason ?? 'the page did not take it'}`);
    },
  };
}
