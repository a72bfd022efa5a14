import { PRESET_IDS, REGIONS, policies } from '../../../core/index.ts';
import type { Region } from '../../../core/index.ts';
import type { PolicyChoice } from '../../settings/settings-schema.ts';
import { LockedNote } from './locked-note.tsx';
import { useOptions } from './options-context.ts';

const REGION_NAMES: Record<Region, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/**
 * The policy (a preset or the landlord's own JSON) and the bank-holiday region.
 *
 * @example
 * <PolicyFieldset /> //=> the presets, 'Our own policy (JSON)', the bank-holiday region
 */
export function PolicyFieldset() {
  const { draft, locked, set, errors } = useOptions();
  const s = draft.value!;
  const presetLocked = locked.value.has('policyPreset');
  const customLocked = locked.value.has('customPolicy');
  const regionLocked = locked.value.has('region');
  const customErrors = errors.value.filter((e) => e.field === 'custom-policy');
  return (
    <fieldset class="card">
      <legend>
        <h2>Policy</h2>
      </legend>
      <fieldset class="question" aria-describedby={presetLocked ? 'policy-locked' : undefined}>
        <legend>Which policy do you work to?</legend>
        {presetLocked ? <LockedNote id="policy-locked" /> : null}
        {[...PRESET_IDS, 'custom' as const].map((id: PolicyChoice) => (
          <div class="radio" key={id}>
            <input
              type="radio"
              id={`policy-${id}`}
              name="policy"
              value={id}
              checked={s.policyPreset === id}
              disabled={presetLocked}
              onChange={() => set('policyPreset', id)}
            />
            <label for={`policy-${id}`}>
              {id === 'custom' ? 'Our own policy (JSON)' : `${policies[id]?.landlord ?? id}: ${policies[id]?.title ?? ''}`}
            </label>
          </div>
        ))}
      </fieldset>
      {s.policyPreset === 'custom' ? (
        <div class="field">
          <label for="custom-policy">Your policy as JSON</label>
          <p id="custom-policy-hint" class="hint">
            Paste the whole policy. It is checked when you save; problems are listed with where they are.
          </p>
          {customLocked ? <LockedNote id="custom-policy-locked" /> : null}
          {customErrors.length > 0 ? (
            <ul id="custom-policy-error" class="error-message" data-testid="policy-errors">
              {customErrors.map((e, i) => (
                <li key={i}>
                  <span class="visually-hidden">Error: </span>
                  {e.where ? `In ${e.where}: ` : ''}
                  {e.problem}
                </li>
              ))}
            </ul>
          ) : null}
          <textarea
            id="custom-policy"
            rows={10}
            spellcheck={false}
            value={s.customPolicy}
            disabled={customLocked}
            aria-invalid={customErrors.length > 0 ? 'true' : undefined}
            aria-describedby={['custom-policy-hint', customLocked ? 'custom-policy-locked' : '', customErrors.length > 0 ? 'custom-policy-error' : '']
              .filter(Boolean)
              .join(' ')}
            onInput={(event) => set('customPolicy', event.currentTarget.value)}
          />
        </div>
      ) : null}
      <div class="field">
        <label for="region">Bank holidays for</label>
        {regionLocked ? <LockedNote id="region-locked" /> : null}
        <select
          id="region"
          value={s.region ?? ''}
          disabled={regionLocked}
          aria-describedby={regionLocked ? 'region-locked' : undefined}
          onChange={(event) => set('region', (event.currentTarget.value || null) as Region | null)}
        >
          <option value="">The policy’s own region</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {REGION_NAMES[r]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
