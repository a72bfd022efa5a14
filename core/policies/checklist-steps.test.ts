import { describe, expect, it } from 'vitest';
import { caseChecklist } from '../checklist/case-checklist.ts';
import { caseDeadlines } from '../deadlines/case-deadlines.ts';
import { RISK_LEVELS } from '../types.ts';
import { policies } from './policies.ts';

// Issue 11, done when: "the extension's checklist has a step for every event that starts a
// deadline". Checked on cases, not only on the data: for each preset, each level and each set of
// flags a rule can ask for, every deadline the case has (with every starting event recorded) has,
// in that case's own checklist, a step that records the event that completes it, and each of its
// starting events has a step in the policy (shown on the cases where that event can happen).

const PRESETS = ['co-op-homes', 'plus-dane', 'model'] as const;

describe('preset checklists record every event that starts or completes a deadline', () => {
  it('covers the three presets', () => {
    expect(Object.keys(policies).sort()).toEqual([...PRESETS].sort());
  });

  for (const id of PRESETS) {
    const policy = policies[id]!;
    const starters = [...new Set(policy.deadlines.flatMap((d) => (d.type === 'working-days-after-event' || d.type === 'wait-after-event' ? d.after : [])))];
    const flagSets = [[], ...new Set(policy.deadlines.flatMap((d) => d.whenFlags ?? []).concat(policy.checklist.flatMap((s) => s.whenFlags ?? [])))].map((f) => (Array.isArray(f) ? f : [f]));

    for (const level of RISK_LEVELS) {
      for (const flags of flagSets) {
        it(`${id}, ${level}${flags.length ? `, ${flags.join(' ')}` : ''}: a step for each deadline's events`, () => {
          // Received Monday 14 December 2026; every starting event recorded the next day.
          const c = { reference: 'CHK-1', receivedAt: '2026-12-14T10:00:00Z', level, flags, events: starters.map((type) => ({ type, at: '2026-12-15T10:00:00Z' })) };
          const deadlines = caseDeadlines(c, policy, { today: '2026-12-16' });
          const steps = new Set(caseChecklist(c, policy, { today: '2026-12-16' }).flatMap((g) => g.steps.map((s) => s.event)));
          const missing: string[] = [];
          for (const d of deadlines) {
            const rule = policy.deadlines.find((r) => r.id === d.id)!;
            const events = [rule.completedBy, ...(rule.type === 'working-days-after-event' || rule.type === 'wait-after-event' ? rule.after : [])];
            if (!steps.has(rule.completedBy)) missing.push(`${d.id}: ${rule.completedBy} (completes it)`);
            // A starting event whose step this case does not show (an interview only high-level
            // cases have, a referral only for vulnerable reporters) cannot happen in it from the
            // panel; it still needs a step in the policy, for the cases that do show it.
            for (const e of events.slice(1)) if (!steps.has(e) && !policy.checklist.some((s) => s.event === e)) missing.push(`${d.id}: ${e} (starts it)`);
          }
          expect(missing).toEqual([]);
        });
      }
    }

    it(`${id}: the deadlines that start from receipt have a step recording the report`, () => {
      // first-contact, working-days-after-receipt, months-after-receipt and recurring rules count from receipt.
      expect(policy.checklist.some((s) => s.event === 'report-logged' || s.event === 'category-checked')).toBe(true);
    });

    it(`${id}: a second report within the Case Review window (2025 guidance) has a step to explain the Case Review`, () => {
      expect(policy.caseReview.promptAtReport).toBe(2);
      const step = policy.checklist.find((s) => s.event === 'case-review-explained');
      expect(step?.label).toMatch(/^Explain the ASB Case Review/);
      expect(step?.source).toMatch(/Case Review statutory guidance \(Home Office, 2025\)|recommendation m/);
    });
  }
});
