import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_CODES } from '../types.ts';
import { parsePolicy } from '../policy/parse-policy.ts';
import { coOpHomes } from './co-op-homes.ts';
import { model } from './model.ts';
import { plusDane } from './plus-dane.ts';
import { policies } from './policies.ts';

const presets = { 'co-op-homes': coOpHomes, 'plus-dane': plusDane, model };

describe('preset policies', () => {
  it.each(Object.entries(presets))('%s parses against the schema', (id, data) => {
    const policy = parsePolicy(data);
    expect(policy.id).toBe(id);
    expect(policies[id]).toEqual(policy);
  });

  it.each(Object.entries(policies))('%s places every behaviour exactly once', (_id, policy) => {
    const placed = [
      ...policy.levels.flatMap((level) => level.behaviours.map((b) => b.code)),
      ...policy.outsideAsb.behaviours.map((b) => b.code),
    ];
    expect([...placed].sort()).toEqual([...BEHAVIOUR_CODES].sort());
  });

  it.each(Object.entries(policies))('%s cites a seed for every rule', (_id, policy) => {
    const cited = [
      ...policy.levels.flatMap((l) => [l.firstContact.source, l.resolution.source, ...l.behaviours.map((b) => b.source)]),
      ...policy.outsideAsb.behaviours.map((b) => b.source),
      ...policy.routes.map((r) => r.source),
      ...policy.rules.map((r) => r.source),
      ...policy.deadlines.map((d) => d.source),
      ...policy.checklist.map((s) => s.source),
      policy.riskOfHarm.source,
      policy.caseReview.source,
    ];
    for (const source of cited) expect(source).toMatch(/\b00[0-4]\b|Act 2014/);
  });

  it('records why where Co-op Homes is silent on vehicle nuisance and Plus Dane on harassment', () => {
    const find = (id: string, code: string) =>
      policies[id]!.levels.flatMap((l) => l.behaviours).find((b) => b.code === code);
    expect(find('co-op-homes', 'vehicle-nuisance')?.decided).toMatch(/does not mention vehicles/);
    expect(find('plus-dane', 'harassment')?.decided).toMatch(/does not place harassment/);
  });

  it('keeps tenant-facing words neutral in every preset', () => {
    for (const policy of Object.values(policies)) {
      expect(policy.terms.reportedPersonTenant).not.toMatch(/perpetrator/i);
      expect(policy.outsideAsb.route.tenantMessage).not.toMatch(/victim|perpetrator/i);
      for (const s of policy.signposts) expect(s.text).not.toMatch(/victim|perpetrator/i);
    }
  });

  it('gives the model a good-neighbour route for everyday noise and disputes, and updates every 10 working days', () => {
    const m = policies.model!;
    expect(m.outsideAsb.behaviours.map((b) => b.code).sort()).toEqual(['neighbour-dispute', 'noise-everyday']);
    expect(m.outsideAsb.route.label).toMatch(/mediation/i);
    const update = m.deadlines.find((d) => d.id === 'complainant-update');
    expect(update).toMatchObject({ type: 'recurring', every: { workingDays: 10 } });
  });
});

describe('parsePolicy', () => {
  const clone = () => structuredClone(model) as Record<string, unknown>;

  it('names the offending path', () => {
    expect(() => parsePolicy({ ...clone(), region: 'wales' })).toThrow(/^region: must be one of/m);
    const bad = clone();
    (bad.levels as { firstContact: { workingDays: number } }[])[1]!.firstContact.workingDays = -1;
    expect(() => parsePolicy(bad)).toThrow(/levels\[1\]\.firstContact\.workingDays: must be 0 or more/);
  });

  it('rejects a behaviour placed twice or not at all', () => {
    const twice = clone() as typeof model;
    const levels = structuredClone(twice.levels) as unknown as { behaviours: { code: string; source: string }[] }[];
    levels[2]!.behaviours.push({ code: 'violence', source: 'x' });
    expect(() => parsePolicy({ ...twice, levels })).toThrow(/behaviour "violence" is already placed/);

    const missing = structuredClone(model) as unknown as { levels: { behaviours: { code: string }[] }[] };
    missing.levels[2]!.behaviours = missing.levels[2]!.behaviours.filter((b) => b.code !== 'other');
    expect(() => parsePolicy(missing)).toThrow(/missing: other/);
  });

  it('rejects a checklist step linked to an unknown deadline, and a missing landlord', () => {
    const bad = structuredClone(model) as unknown as { checklist: { deadlines?: string[] }[]; landlord?: string };
    bad.checklist[0]!.deadlines = ['no-such-deadline'];
    expect(() => parsePolicy(bad)).toThrow(/checklist\[0\]\.deadlines\[0\]: unknown deadline "no-such-deadline"/);
    expect(() => parsePolicy({ ...model, landlord: '' })).toThrow(/landlord: must not be empty/);
    expect(() => parsePolicy('nonsense')).toThrow(/must be an object/);
  });
});

describe('parsePolicy: typos', () => {
  it('names a misspelt key instead of dropping it', () => {
    const bad = structuredClone(model) as unknown as { levels: Record<string, unknown>[] };
    bad.levels[0]!.shortLabl = 'high';
    expect(() => parsePolicy(bad)).toThrow(/levels\[0\]\.shortLabl: is not a field we recognise/);
  });
});

describe('policies, parsed on first read', () => {
  it('lists every preset and gives the same validated object on each read', () => {
    expect(Object.keys(policies).sort()).toEqual(['co-op-homes', 'model', 'plus-dane']);
    expect(policies.model).toBe(policies.model);
    expect(policies['plus-dane']).toEqual(parsePolicy(plusDane));
    expect(Object.values(policies).map((p) => p.id).sort()).toEqual(['co-op-homes', 'model', 'plus-dane']);
  });
});
