import { addWorkingDays, BEHAVIOUR_CODES, policies, REGIONS, type BehaviourCode, type Policy, type RiskLevel } from '../core/index.ts';

/** A small deterministic pseudo-random generator (mulberry32), so every run measures the same cases. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCase {
  reference: string;
  receivedAt: string;
  behaviours: BehaviourCode[];
  perceivedHate: ('race' | 'religion')[];
  riskOfHarm: boolean;
  level: RiskLevel;
  events: { type: string; at: string }[];
  policy: Policy;
}

const EVENT_TYPES = ['complainant-contacted', 'appointment-offered', 'action-plan-produced', 'case-reviewed', 'complainant-updated', 'diary-sheets-sent'];

/** `count` cases over 2025-2027 across the three presets and the three regions, with 0-6 events each. */
export function syntheticCases(count: number, seed = 42): SyntheticCase[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const variants = Object.values(policies).flatMap((p) => REGIONS.map((region) => ({ ...p, region })));
  const cases: SyntheticCase[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    const year = 2025 + Math.floor(next() * 3);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const events = Array.from({ length: Math.floor(next() * 7) }, () => ({
      type: pick(EVENT_TYPES),
      at: addWorkingDays(date, Math.floor(next() * 25)),
    }));
    cases.push({
      reference: `BENCH-${i}`,
      receivedAt: `${date}T${String(8 + Math.floor(next() * 10)).padStart(2, '0')}:15:00`,
      behaviours: [pick(BEHAVIOUR_CODES), ...(next() < 0.3 ? [pick(BEHAVIOUR_CODES)] : [])],
      perceivedHate: next() < 0.05 ? [pick(['race', 'religion'] as const)] : [],
      riskOfHarm: next() < 0.1,
      level: pick(['high', 'medium', 'low'] as const),
      events,
      policy: pick(variants),
    });
  }
  return cases;
}
