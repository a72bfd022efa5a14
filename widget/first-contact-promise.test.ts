import { describe, expect, it } from 'vitest';
import { firstContactPromise } from './first-contact-promise.ts';
import type { WidgetPolicy } from './widget-policy.ts';

const view: WidgetPolicy = {
  id: 'mersey-vale',
  landlord: 'Mersey Vale Housing',
  contact: { phone: '0151 496 0731' },
  messages: {},
  targets: [
    { level: 'high', label: 'Level 1 High Risk', firstContactWorkingDays: 1 },
    { level: 'medium', label: 'Level 2 Medium Risk', firstContactWorkingDays: 2 },
    { level: 'low', label: 'Level 3 Low Risk', firstContactWorkingDays: 3 },
  ],
  signposts: [],
};
const receipt = (firstContactWorkingDays: number | null, firstContactDue?: string | null) => ({
  reference: 'ASB-2026-000123',
  outcome: { isAsb: true, firstContactWorkingDays, firstContactDue },
});

describe('firstContactPromise', () => {
  it('promises the date the intake worked out', () => {
    // Friday 4 December 2026 + 1 working day: Monday 7 December.
    expect(firstContactPromise(receipt(1, '2026-12-07'), view)).toEqual({ by: '2026-12-07' });
  });

  it('promises working days when the server gives no date', () => {
    expect(firstContactPromise(receipt(2), view)).toEqual({ withinWorkingDays: 2 });
  });

  it('promises nothing the policy does not state (an assumed target is not in the view)', () => {
    const assumedLow = { ...view, targets: view.targets.slice(0, 2) };
    expect(firstContactPromise(receipt(3, '2026-12-09'), assumedLow)).toBeUndefined();
    expect(firstContactPromise(receipt(null, null), view)).toBeUndefined();
  });

  it('with the level from the intake, only that level’s stated target', () => {
    // Low is assumed (left out of the view); medium, stated, also has 2 working days.
    const lowAssumed = { ...view, targets: [view.targets[0]!, { ...view.targets[1]!, firstContactWorkingDays: 3 }] };
    const low = { reference: 'R-2', outcome: { isAsb: true, firstContactWorkingDays: 3, firstContactDue: '2026-12-09', level: 'low' as const } };
    expect(firstContactPromise(low, lowAssumed)).toBeUndefined();
    expect(firstContactPromise({ ...low, outcome: { ...low.outcome, level: 'medium' } }, lowAssumed)).toEqual({ by: '2026-12-09' });
  });

  it('without an outcome, the slowest target, only when all three are stated', () => {
    expect(firstContactPromise({ reference: 'R-1' }, view)).toEqual({ withinWorkingDays: 3 });
    expect(firstContactPromise({ reference: 'R-1' }, { ...view, targets: view.targets.slice(1) })).toBeUndefined();
  });
});
