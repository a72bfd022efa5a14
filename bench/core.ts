import { addBusinessDays } from 'date-fns';
import { addWorkingDays, caseChecklist, caseDeadlines, triage } from '../core/index.ts';
import { medianMs, result, type BenchResult } from './measure.ts';
import { random, syntheticCases } from './synthetic-cases.ts';

/** Core: triage + all deadlines + checklist for 10,000 synthetic cases. Budget 100 ms. */
export function benchCore(): BenchResult[] {
  const cases = syntheticCases(10_000);
  const today = '2026-11-22';
  const ms = medianMs(() => {
    for (const c of cases) {
      triage({ behaviours: c.behaviours, receivedAt: c.receivedAt, perceivedHate: c.perceivedHate, riskOfHarm: c.riskOfHarm }, c.policy);
      const input = { reference: c.reference, receivedAt: c.receivedAt, level: c.level, events: c.events };
      const deadlines = caseDeadlines(input, c.policy, { today });
      caseChecklist(input, c.policy, { today, deadlines });
    }
  }, 9, 3);
  return [
    result('core-10k-cases', 'Core: triage + deadlines + checklist, 10,000 cases', ms, 'ms', 100),
    result('core-cases-per-second', 'Core: cases per second', Math.round(10_000 / (ms / 1000)), 'cases/s'),
  ];
}

/**
 * addWorkingDays (with bank holidays) against date-fns addBusinessDays (weekends only) on the same
 * inputs, in the same run. Budget: at most 1.5 times as long.
 */
export function benchWorkingDays(): BenchResult[] {
  const next = random(7);
  const inputs = Array.from({ length: 100_000 }, () => {
    const d = new Date(Date.UTC(2024 + Math.floor(next() * 3), Math.floor(next() * 12), 1 + Math.floor(next() * 28)));
    return { iso: d.toISOString().slice(0, 10), date: d, n: 1 + Math.floor(next() * 20) };
  });
  let sink = 0;
  const ours = medianMs(() => {
    for (const x of inputs) sink += addWorkingDays(x.iso, x.n).length;
  });
  const theirs = medianMs(() => {
    // date-fns works on Date objects; the ISO string in and out is part of the same job.
    for (const x of inputs) sink += addBusinessDays(new Date(`${x.iso}T00:00:00Z`), x.n).toISOString().slice(0, 10).length;
  });
  if (sink === 0) throw new Error('benchmark optimised away');
  return [
    result('add-working-days-100k', 'addWorkingDays, 100,000 calls (bank holidays)', ours, 'ms'),
    result('date-fns-add-business-days-100k', 'date-fns addBusinessDays, same inputs (no holidays)', theirs, 'ms'),
    result('working-days-ratio', 'addWorkingDays / addBusinessDays', ours / theirs, '×', 1.5),
  ];
}
