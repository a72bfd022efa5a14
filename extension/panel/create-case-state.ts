import { batch, computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import { CASE_RECLASSIFIED } from '../../core/index.ts';
import type { ChecklistItem, RiskAssessmentResult } from '../../core/index.ts';
import { assessTrackedCase } from '../cases/assess-tracked-case.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import type { TrackedCase } from '../cases/tracked-case.ts';
import type { LevelChange } from './level-change-form.ts';
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
  /**
   * The risk answers to show: the stored ones, with answers still being saved laid over them, so a
   * radio the officer chose stays chosen while the store answers (a render in between would undo it).
   */
  riskAnswers: ReadonlySignal<Record<string, boolean>>;
  open(key: string): void;
  followTab(): void;
  /** Ticks (records the step's event now, with an appointment's date when given) or unticks a step. */
  toggleStep(step: ChecklistItem, done: boolean, details?: { appointmentAt?: string }): Promise<void>;
  /** Records a `case-reclassified` event now: the new level, the reason and the officer's name. */
  changeLevel(change: LevelChange): Promise<void>;
  setMissedReason(deadlineId: string, reason: string): Promise<void>;
  answerRisk(questionId: string, answer: boolean | null): Promise<void>;
  /** Records that the risk assessment was done (its checklist step's event). */
  recordRiskAssessment(eventType: string): Promise<void>;
  setReportDates(dates: string[]): Promise<void>;
  /** Records (null: clears) the date of the incident a report was about (ASB Case Review, 2025 guidance). */
  setIncidentDate(reportDate: string, incidentDate: string | null): Promise<void>;
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
  // Answers sent to the store and not yet read back, for the case they were given on. `savedOver`
  // is the stored case as it was when the save finished: once a newer one is read, it counts.
  const savingRisk = signal<{ key: string; answers: Record<string, { answer: boolean | null; savedOver?: unknown }> }>({ key: '', answers: {} });
  const riskAnswers = computed(() => {
    const stored = summary.value?.tracked.riskAnswers ?? {};
    const saving = savingRisk.value;
    if (saving.key !== key.value) return stored;
    const shown: Record<string, boolean> = { ...stored };
    for (const [id, { answer, savedOver }] of Object.entries(saving.answers)) {
      if (savedOver !== undefined && savedOver !== tracked.value) continue;
      if (answer === null) delete shown[id];
      else shown[id] = answer;
    }
    return shown;
  });
  const risk = computed(() => {
    const result = summary.value?.triage?.riskAssessment ?? null;
    return result && result.answered > 0 ? result : null;
  });

  const current = (): string => {
    if (key.value === null) throw new Error('No case is open');
    return key.value;
  };
  /** Who records: the officer's name from the options, when set. */
  const officer = (): { by?: string } => {
    const name = shared.settings.value?.settings.officerName.trim() ?? '';
    return name === '' ? {} : { by: name };
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
    riskAnswers,
    open(k) {
      chosenKey.value = k;
      shared.view.value = 'case';
    },
    followTab() {
      chosenKey.value = null;
    },
    async toggleStep(step, done, details = {}) {
      const k = current();
      if (done) {
        await service.recordEvent(k, step.event, 'checklist', { ...details, ...officer() });
        say(`Recorded: ${step.label}.`);
      } else {
        await service.removeEvents(k, step.event);
        say(`Removed: ${step.label}.`);
      }
    },
    async changeLevel(change) {
      const k = current();
      await service.recordEvent(k, CASE_RECLASSIFIED, 'level-change', { level: change.level, reason: change.reason, ...officer() });
      const label = shared.resolved.value?.policy.levels.find((l) => l.level === change.level)?.label ?? change.level;
      say(`Level changed to ${label}.`);
    },
    async setMissedReason(deadlineId, reason) {
      await service.setMissedReason(current(), deadlineId, reason);
      say(reason.trim() === '' ? 'Explanation removed.' : 'Explanation saved.');
    },
    async answerRisk(questionId, answer) {
      const k = current();
      const others = savingRisk.value.key === k ? savingRisk.value.answers : {};
      savingRisk.value = { key: k, answers: { ...others, [questionId]: { answer } } };
      const settle = (savedOver: unknown) => {
        const now = savingRisk.value;
        if (now.key !== k || now.answers[questionId]?.answer !== answer) return;
        const { [questionId]: _settled, ...rest } = now.answers;
        savingRisk.value = { key: k, answers: savedOver === null ? rest : { ...rest, [questionId]: { answer, savedOver } } };
      };
      try {
        await service.setRiskAnswer(k, questionId, answer);
        settle(tracked.value ?? null);
      } catch (error) {
        settle(null);
        throw error;
      }
    },
    async recordRiskAssessment(eventType) {
      await service.recordEvent(current(), eventType, 'risk-assessment');
      say('Recorded: risk assessment done.');
    },
    async setReportDates(dates) {
      await service.setReportDates(current(), dates);
      say('Earlier reports saved.');
    },
    async setIncidentDate(reportDate, incidentDate) {
      await service.setIncidentDate(current(), reportDate, incidentDate);
      say(incidentDate === null ? 'Incident date removed.' : 'Incident date saved.');
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
