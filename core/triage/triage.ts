import { addWorkingDayNumber } from '../calendar/add-working-days.ts';
import { fromDayNumber } from '../calendar/iso-date.ts';
import { londonDayNumber } from '../calendar/to-london-date.ts';
import type { Policy, PolicyRule } from '../policy/policy-schema.ts';
import { scoreRiskAssessment, type RiskAssessmentResult } from '../risk-assessment/score-risk-assessment.ts';
import { moreSerious, type BehaviourCode, type RiskLevel } from '../types.ts';
import { BEHAVIOUR_LABELS, HATE_STRAND_LABELS } from './behaviour-labels.ts';
import { readTriageInput, type TriageInput } from './triage-input.ts';

/** A route the report must also follow (Hate Crime policy, police, safeguarding...). */
export interface TriageRoute {
  id: string;
  label: string;
  officerAction: string;
  source: string;
}

export interface TriageResult {
  /** false: handled outside the ASB policy (for example a neighbour dispute). */
  isAsb: boolean;
  /** null when isAsb is false. */
  level: RiskLevel | null;
  /** The policy's name for the level: "Level 1 High Risk"; null when isAsb is false. */
  levelLabel: string | null;
  /** 'hate-incident', 'domestic-abuse', 'risk-of-harm', 'crime', 'vulnerable-reporter', ... */
  flags: string[];
  /** addWorkingDays(receipt date, the level's first-contact target); null when isAsb is false. */
  firstContactDue: string | null;
  /** The level's first-contact target in working days; null when isAsb is false. */
  firstContactWorkingDays: number | null;
  /** The London calendar date of receipt. */
  receivedDate: string;
  /** Plain-English reasons, each ending with the policy rule that applied, in brackets. */
  reasons: string[];
  routes: TriageRoute[];
  /** Things the officer should do, in plain English. */
  prompts: string[];
  /** Where the report goes instead, when isAsb is false. */
  outsideAsbRoute: Policy['outsideAsb']['route'] | null;
  /** The risk assessment, when answers were given. */
  riskAssessment: RiskAssessmentResult | null;
  policyId: string;
}

export interface TriageOptions {
  /** Answers to the policy's risk-assessment questions (question id to yes/no). */
  riskAssessment?: Record<string, boolean>;
}

const cite = (text: string, source: string) => `${text} (${source})`;

/**
 * Triages a report under a policy: whether it is ASB, its level, flags, routes, prompts and the
 * first-contact date, with a plain-English reason for every rule that applied.
 *
 * - The most serious level among the behaviours wins.
 * - A hate motive perceived by anyone makes the report a hate incident, at the level the policy
 *   gives hate incidents; `riskOfHarm` raises it to the policy's level for risk of harm.
 * - A report the policy places outside ASB comes back under it when `affectsOthers`, `riskOfHarm`
 *   or `perceivedHate` says so (as the policy's `returnsWhen` lists), or when a rule raises its level
 *   (immediate danger).
 *
 * @example
 * triage({ behaviours: ['noise-everyday'], receivedAt: '2026-12-18T16:05:00Z', perceivedHate: ['race'] }, policies['plus-dane'])
 * //=> { isAsb: true, level: 'high', levelLabel: 'Level 1 High Risk', flags: ['hate-incident'],
 * //     firstContactDue: '2026-12-21', ... }
 */
export function triage(report: TriageInput, policy: Policy, options: TriageOptions = {}): TriageResult {
  const input = readTriageInput(report);
  const receivedDay = londonDayNumber(input.receivedAt, 'receivedAt');
  const receivedDate = fromDayNumber(receivedDay);
  const reasons: string[] = [];
  const flags = new Set<string>();
  const routeIds = new Set<string>();
  const prompts = new Set<string>();

  const perceivedHate = input.perceivedHate ?? [];
  const behaviours = [...new Set(input.behaviours)];
  // A motive perceived by anyone makes a hate incident, whatever else the report describes.
  const hateByPerception = perceivedHate.length > 0 && !behaviours.includes('hate-incident');
  if (hateByPerception) behaviours.push('hate-incident');

  // 1. Where the policy places each behaviour.
  let level: RiskLevel | null = null;
  const outside: { code: BehaviourCode; levelIfAsb: RiskLevel; source: string }[] = [];
  for (const code of behaviours) {
    const placed = findLevel(policy, code);
    if (placed) {
      level = moreSerious(level, placed.level.level);
      const what =
        code === 'hate-incident' && hateByPerception
          ? `A hate motive (${perceivedHate.map((s) => HATE_STRAND_LABELS[s]).join(', ')}) is perceived, so the report is a hate incident, whatever else it describes: ${placed.level.label}`
          : `${BEHAVIOUR_LABELS[code]} is ${placed.level.label}`;
      reasons.push(cite(what, placed.source));
    } else {
      const out = policy.outsideAsb.behaviours.find((b) => b.code === code);
      if (!out) throw new Error(`policy: behaviour "${code}" is not placed in policy "${policy.id}"`);
      outside.push(out);
    }
  }

  // 2. Behaviours outside ASB: the report stays outside unless something brings it back.
  let isAsb = level !== null;
  if (outside.length > 0) {
    const names = outside.map((o) => BEHAVIOUR_LABELS[o.code].toLowerCase()).join(' and ');
    if (isAsb) {
      reasons.push(cite(`${capitalise(names)} alone would be handled outside the ASB policy, but the other behaviours bring the report under it`, policy.outsideAsb.source));
    } else {
      const because = returnReasons(input, policy);
      if (because.length > 0) {
        isAsb = true;
        level = outside.reduce<RiskLevel | null>((l, o) => moreSerious(l, o.levelIfAsb), null);
        reasons.push(
          cite(`${capitalise(names)} is normally handled outside the ASB policy, but ${because.join(' and ')}, so it comes under the policy`, outside.map((o) => o.source).join('; ')),
        );
      } else {
        reasons.push(cite(`${capitalise(names)} is handled outside the ASB policy: ${policy.outsideAsb.route.label}`, outside.map((o) => o.source).join('; ')));
      }
    }
  }

  // 3. Risk of harm raises the level.
  if (input.riskOfHarm) {
    flags.add('risk-of-harm');
    if (isAsb) {
      const raised = moreSerious(level, policy.riskOfHarm.level);
      const label = levelOf(policy, policy.riskOfHarm.level).label;
      reasons.push(cite(`Someone is at risk of personal harm, so the report is at least ${label}`, policy.riskOfHarm.source));
      level = raised;
    }
  }

  // 4. The policy's rules: flags, routes, prompts, and rises in level.
  for (const rule of policy.rules) {
    if (!matches(rule, input, behaviours)) continue;
    rule.then.flags?.forEach((f) => flags.add(f));
    rule.then.routes?.forEach((r) => routeIds.add(r));
    rule.then.prompts?.forEach((p) => prompts.add(p));
    if (rule.then.raiseTo) {
      if (!isAsb) reasons.push(cite('This brings the report under the ASB policy', rule.source));
      isAsb = true;
      level = moreSerious(level, rule.then.raiseTo);
      reasons.push(cite(`${rule.reason} The report is at least ${levelOf(policy, rule.then.raiseTo).label}`, rule.source));
    } else {
      reasons.push(cite(rule.reason, rule.source));
    }
  }

  // 5. Contract flags, whatever the policy's rules say.
  if (behaviours.includes('hate-incident')) flags.add('hate-incident');
  if (behaviours.includes('domestic-abuse')) flags.add('domestic-abuse');

  // 6. The risk assessment, when it has been done.
  let riskAssessment: RiskAssessmentResult | null = null;
  if (options.riskAssessment) {
    riskAssessment = scoreRiskAssessment(options.riskAssessment, policy);
    riskAssessment.flags.forEach((f) => flags.add(f));
    riskAssessment.prompts.forEach((p) => prompts.add(p));
    const source = policy.riskAssessment.source;
    if (riskAssessment.raiseTo && isAsb && moreSerious(level, riskAssessment.raiseTo) !== level) {
      level = riskAssessment.raiseTo;
      reasons.push(cite(`The risk assessment scored ${riskAssessment.score} (${riskAssessment.band.label}), so the report is at least ${levelOf(policy, level).label}`, source));
    } else {
      reasons.push(cite(`The risk assessment scored ${riskAssessment.score} (${riskAssessment.band.label})`, source));
    }
  }

  const levelDef = isAsb && level ? levelOf(policy, level) : null;
  if (levelDef) {
    const days = levelDef.firstContact.workingDays;
    reasons.push(cite(`${levelDef.label}: first contact within ${days} working ${days === 1 ? 'day' : 'days'}`, levelDef.firstContact.source));
  } else {
    prompts.add(policy.outsideAsb.route.officerAction);
  }

  return {
    isAsb: levelDef !== null,
    level: levelDef?.level ?? null,
    levelLabel: levelDef?.label ?? null,
    flags: [...flags],
    firstContactDue: levelDef ? fromDayNumber(addWorkingDayNumber(receivedDay, levelDef.firstContact.workingDays, policy.region)) : null,
    firstContactWorkingDays: levelDef?.firstContact.workingDays ?? null,
    receivedDate,
    reasons,
    routes: policy.routes.filter((r) => routeIds.has(r.id)).map(({ id, label, officerAction, source }) => ({ id, label, officerAction, source })),
    prompts: [...prompts],
    outsideAsbRoute: levelDef ? null : policy.outsideAsb.route,
    riskAssessment,
    policyId: policy.id,
  };
}

function findLevel(policy: Policy, code: BehaviourCode) {
  for (const level of policy.levels) {
    const b = level.behaviours.find((x) => x.code === code);
    if (b) return { level, source: b.source };
  }
  return null;
}

function levelOf(policy: Policy, level: RiskLevel) {
  const found = policy.levels.find((l) => l.level === level);
  if (!found) throw new Error(`policy: level "${level}" is missing from policy "${policy.id}"`);
  return found;
}

function returnReasons(input: TriageInput, policy: Policy): string[] {
  const out: string[] = [];
  for (const why of policy.outsideAsb.returnsWhen) {
    switch (why) {
      case 'affectsOthers':
        if (input.affectsOthers) out.push('it affects people beyond the dispute');
        break;
      case 'riskOfHarm':
        if (input.riskOfHarm) out.push('someone is at risk of harm');
        break;
      case 'perceivedHate':
        if ((input.perceivedHate ?? []).length > 0) out.push('a hate motive is perceived');
        break;
      default:
        why satisfies never;
    }
  }
  return out;
}

type Atom = NonNullable<PolicyRule['when']['anyOf']>[number];

function holds(atom: Atom, input: TriageInput, behaviours: readonly BehaviourCode[]): boolean {
  if ('behaviourIn' in atom) return atom.behaviourIn.some((b) => behaviours.includes(b));
  if ('field' in atom) return (input[atom.field] ?? false) === atom.is;
  return (input[atom.hasAny] ?? []).length > 0;
}

function matches(rule: PolicyRule, input: TriageInput, behaviours: readonly BehaviourCode[]): boolean {
  const { anyOf, allOf } = rule.when;
  if (!anyOf && !allOf) return false;
  return (!anyOf || anyOf.some((a) => holds(a, input, behaviours))) && (!allOf || allOf.every((a) => holds(a, input, behaviours)));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
