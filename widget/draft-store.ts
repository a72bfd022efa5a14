import type { Answers } from './answers.ts';

/** What a draft keeps: the answers, the page, and the report's Idempotency-Key. */
export interface Draft {
  answers: Answers;
  step: number;
  key: string;
  /** The key of an earlier version of the report the server may have stored (see the form's send). */
  replaces?: string;
}

const KEY = 'asb-report-form:draft';

/**
 * The draft kept in `sessionStorage` (only with the `save-draft` attribute): it lasts while the
 * tab is open and is cleared on exit and once the report is sent. Storage that is unavailable
 * (blocked, full) is ignored: answers still live in memory.
 *
 * @example
 * draftStore.save({ answers: { immediateDanger: 'no' }, step: 1, key: 'k' }); draftStore.load()?.step //=> 1
 */
export const draftStore = {
  load(): Draft | undefined {
    try {
      const draft = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Draft | null;
      return draft && typeof draft.key === 'string' && typeof draft.step === 'number' && typeof draft.answers === 'object' ? draft : undefined;
    } catch {
      return undefined;
    }
  },
  save(draft: Draft): void {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(draft));
    } catch {
      // Storage blocked or full: the answers stay in memory.
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // Nothing to clear.
    }
  },
};
