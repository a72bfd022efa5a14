import { useState } from 'preact/hooks';
import { formatDateLong } from '../../core/index.ts';
import type { RiskLevel } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import { readLevelChange } from './level-change-form.ts';
import type { LevelChangeErrors } from './level-change-form.ts';
import { usePanel } from './panel-context.ts';
import { WriteBackNote } from './write-back-note.tsx';

/**
 * The case's level history (each level, from when, why and who changed it) and the form that
 * changes the level: a new level and a reason, recorded as a `case-reclassified` event (002 3.6;
 * 003 "a case may be re-categorised"). Where the description points to a higher level than the
 * case has (the mismatch prompt), that level is chosen to start with.
 *
 * @example
 * <LevelHistory summary={summary} /> //=> 'Level 3 Low Risk from 14 December 2026 (at receipt)', 'Change the level' form
 */
export function LevelHistory({ summary }: { summary: CaseSummary }) {
  const { caseState, resolved } = usePanel();
  const policy = resolved.value?.policy;
  const levels = policy?.levels ?? [];
  const suggested = summary.mismatch ? levels.find((l) => l.label === summary.mismatch!.levelLabel && l.level !== summary.level)?.level : undefined;
  const [level, setLevel] = useState<string>(suggested ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<LevelChangeErrors>({});
  if (!policy || summary.level === null || summary.levelHistory.length === 0) return null;

  const submit = (event: Event) => {
    event.preventDefault();
    const read = readLevelChange({ level, reason }, { current: summary.level, levels: levels.map((l) => l.level) });
    if (!read.ok) {
      setErrors(read.errors);
      const first = read.errors.level ? 'new-level' : 'level-reason';
      document.getElementById(first)?.focus();
      return;
    }
    setErrors({});
    caseState.changeLevel(read.value).then(
      () => {
        setLevel('');
        setReason('');
      },
      // The store checks the event again (zod): its message names the field.
      (error: unknown) => setErrors({ reason: `The level was not changed: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  return (
    <section class="card" aria-labelledby="level-heading">
      <h2 id="level-heading">Level history</h2>
      <ol class="level-history" data-testid="level-history">
        {summary.levelHistory.map((entry) => (
          <li key={`${entry.from}-${entry.at ?? 'receipt'}`}>
            <strong>{entry.label}</strong> from {formatDateLong(entry.from)}
            {entry.at === null ? ' (at receipt)' : null}
            {entry.reason !== null ? (
              <>
                {entry.by ? `, changed by ${entry.by}` : ', changed'}. Reason: {entry.reason}
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {/* Changed here, or by the host's category, and not yet in the housing system's log: the standard entry to save there. */}
      {summary.levelHistory
        .filter((entry) => entry.at !== null && summary.events.some((e) => (e.origin === 'officer' || e.derived === 'category') && e.type === 'case-reclassified' && e.at === entry.at))
        .map((entry) => (
          <WriteBackNote
            key={`write-back-${entry.at}`}
            entry={{ type: 'case-reclassified', arg: entry.level, at: entry.at!, what: `Level changed to ${entry.label}`, ...(entry.reason ? { reason: entry.reason } : {}) }}
          />
        ))}
      <form class="level-change" onSubmit={submit} noValidate>
        <h3>Change the level</h3>
        <p class="hint" id="level-change-hint">
          The new level applies from today. Targets it brings count from today; deadlines already due keep the level they fell due at.
        </p>
        {suggested ? (
          <p class="notice notice-warning" data-testid="level-suggested">
            The description points to {levels.find((l) => l.level === suggested)?.label}. If you agree, give your reason and change the level.
          </p>
        ) : null}
        <div class="field">
          <label for="new-level">New level</label>
          {errors.level ? (
            <p id="new-level-error" class="error-message">
              <span class="visually-hidden">Error:</span> {errors.level}
            </p>
          ) : null}
          <select
            id="new-level"
            value={level}
            aria-invalid={errors.level ? 'true' : undefined}
            aria-describedby={errors.level ? 'new-level-error level-change-hint' : 'level-change-hint'}
            onChange={(event) => setLevel(event.currentTarget.value as RiskLevel | '')}
          >
            <option value="">Choose a level</option>
            {levels.map((l) => (
              <option key={l.level} value={l.level} disabled={l.level === summary.level}>
                {l.label}
                {l.level === summary.level ? ' (now)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="level-reason">Reason for the change</label>
          {errors.reason ? (
            <p id="level-reason-error" class="error-message">
              <span class="visually-hidden">Error:</span> {errors.reason}
            </p>
          ) : null}
          <textarea
            id="level-reason"
            rows={3}
            value={reason}
            aria-invalid={errors.reason ? 'true' : undefined}
            aria-describedby={errors.reason ? 'level-reason-error' : undefined}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button-secondary">
          Change the level
        </button>
      </form>
    </section>
  );
}
