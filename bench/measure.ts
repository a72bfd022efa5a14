/**
 * Runs `fn` `runs` times after `warmups` runs (so the JIT has settled: officers' browsers run
 * this code all day) and returns the median wall time in milliseconds.
 */
export function medianMs(fn: () => void, runs = 7, warmups = 1): number {
  for (let i = 0; i < warmups; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One line of the results table. */
export interface BenchResult {
  id: string;
  what: string;
  value: number;
  unit: string;
  budget?: number;
  /** Within budget (lower is better for every measure here). */
  ok?: boolean;
  note?: string;
}

export function result(id: string, what: string, value: number, unit: string, budget?: number, note?: string): BenchResult {
  const rounded = Math.round(value * 100) / 100;
  return { id, what, value: rounded, unit, ...(budget === undefined ? {} : { budget, ok: value <= budget }), ...(note ? { note } : {}) };
}
