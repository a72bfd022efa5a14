import { batch, computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { ChecklistItem, RiskAssessmentResult } from '../../core/index.ts';
import { assessTrackedCase } from '../cases/assess-tracked-case.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import type { TrackedCase } from '../cases/tracked-case.ts';
import type { SharedState } from './shared-state.ts';

/** The case view's state: which case, its summary, and what the officer can do to it. */
export interface CaseState {
  /** A case picked on the dashboard; null: follow the case in the active tab. */
  chosenKey: Signal<string | null>;
  /** The case shown. */
  key: ReadonlySignal<string | null>;
  /** The case shown, computed under the policy in force as of today; null while loading or when not tracked. */
  summary: ReadonlySignal<CaseSummary | null>;
  /** True once it is known whether a case is shown (the tab, the settings and the case have answered). */
  loaded: ReadonlySignal<boolean>;
  /** True when the case shown is the one open in the panel's tab (so a note can be inserted there). */
  inTab: ReadonlySignal<boolean>;
  /** The risk assessment as answered so far; null before any answer. */
  risk: ReadonlySignal<RiskAssessmentResult | null>;
  /** Event types recorded from the host's own log (those steps cannot be unticked here). */
  hostEvents: ReadonlySignal<Set<string>>;
  open(key: string): void;
  followTab(): void;
  toggleStep(step: ChecklistItem, done: boolean): Promise<void>;
  setMissedReason(deadlineId: string, reason: string): Promise<void>;
  answerRisk(questionId: string, answer: boolean | null): Promise<void>;
  /** Records that the risk assessment was done (its checklist step's event). */
  recordRiskAssessment(eventType: string): Promise<void>;
  setReportDates(dates: string[]): Promise<void>;
  deleteCase(): Promise<void>;
  /** Follows the case shown in the database (only that case is read); returns the stop function. */
  start(): () => void;
}

/**
 * The case view's state over the shared panel state.
 *
 * @example
 * const state = createCaseState(shared, null);
 * await state.toggleStep(step, true); // records step.event now; deadlines update when the store answers
 */
export function createCaseState(shared: SharedState, initialKey: string | null): CaseState {
  const { service, tab, status } = shared;
  const chosenKey = signal<string | null>(initialKey);
  const key = computed(() => chosenKey.value ?? tab.value.key);
  // The stored case and the key it was read for (undefined: not answered yet).
  const tracked = signal<{ key: string | null; found: TrackedCase | null } | undefined>(undefined);
  const summary = computed(() => {
    const current = tracked.value;
    const policy = shared.resolved.value?.policy;
    if (!current?.found || !policy || current.key !== key.value) return null;
    return assessTrackedCase(current.found, policy, shared.today.value);
  });
  const loaded = computed(
    () => shared.settings.value !== null && (chosenKey.value !== null || shared.tabKnown.value) && tracked.value?.key === key.value,
  );
  const inTab = computed(() => tab.value.tabId !== null && key.value !== null && key.value === tab.value.key);
  const hostEvents = computed(() => new Set((summary.value?.events ?? []).filter((e) => e.origin === 'host').map((e) => e.type)));
  const risk = computed(() => {
    const result = summary.value?.triage?.riskAssessment ?? null;
    return result && result.answered > 0 ? result : null;
  });

  const current = (): string => {
    if (key.value === null) throw new Error('No case is open');
    return key.value;
  };
  const say = (message: string) => {
    status.value = message;
  };

  return {
    chosenKey,
    key,
    summary,
    loaded,
    inTab,
    risk,
    hostEvents,
    open(k) {
      chosenKey.value = k;
      shared.view.value = 'case';
    },
    followTab() {
      chosenKey.value = null;
    },
    async toggleStep(step, done) {
      const k = current();
      if (done) {
        await service.recordEvent(k, step.event, 'checklist');
        say(`Recorded: ${step.label}.`);
      } else {
        await service.removeEvents(k, step.event);
        say(`Removed: ${step.label}.`);
      }
    },
    async setMissedReason(deadlineId, reason) {
      await service.setMissedReason(current(), deadlineId, reason);
      say(reason.trim() === '' ? 'Reason removed.' : 'Reason saved.');
    },
    async answerRisk(questionId, answer) {
      await service.setRiskAnswer(current(), questionId, answer);
    },
    async recordRiskAssessment(eventType) {
      await service.recordEvent(current(), eventType, 'risk-assessment');
      say('Recorded: risk assessment done.');
    },
    async setReportDates(dates) {
      await service.setReportDates(current(), dates);
      say('Earlier reports saved.');
    },
    async deleteCase() {
      const k = current();
      await service.deleteCase(k);
      chosenKey.value = null;
      say('Case deleted from ASB Assist. Nothing was changed in your housing system.');
    },
    start() {
      return effect(() => {
        const k = key.value;
        if (k === null) {
          tracked.value = { key: null, found: null };
          return;
        }
        return service.watchCase(k, (found) => {
          batch(() => {
            tracked.value = { key: k, found };
          });
        });
      });
    },
  };
}
