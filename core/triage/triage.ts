import { addWorkingDayNumber } from '../calendar/add-working-days.ts';
import { fromDayNumber } from '../calendar/iso-date.ts';
import { londonDayNumber } from '../calendar/to-london-date.ts';
import type { Policy, PolicyRule } from '../policy/policy-schema.ts';
import { scoreRiskAssessment, type RiskAssessmentResult } from '../risk-assessment/score-risk-assessment.ts';
import { moreSerious, type BehaviourCode, type RiskLevel } from '../types.ts';
import { BEHAVIOUR_LABELS, HATE_STRAND_LABELS } from './behaviour-labels.ts';
import { readTriageInput, type TriageInput } from './triage-input.ts';
import type { WordsAddition } from '../reading/read-report-words.ts';
import { reportFacts, type RuleCondition } from './report-facts.ts';
import { triagePolicyIndex, type IndexedRule, type TriagePolicyIndex } from './triage-policy-index.ts';

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
  /**
   * addWorkingDays(receipt date, the level's first-contact target); null when isAsb is false, or
   * when a flag of the report (`'anonymous'`) is among the `unlessFlags` of the policy's
   * first-contact deadline: there is no one to contact, so no date that could never be met.
   */
  firstContactDue: string | null;
  /** The level's first-contact target in working days; null when `firstContactDue` is null. */
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
  /** What the reporter's own words added to what they stated, with the phrases (empty when nothing). */
  fromWords: WordsAddition[];
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
 * What it reads from the policy is indexed once per policy object and cached: treat a policy as
 * immutable, and edit a copy (`{ ...policy, ... }`), not the policy itself.
 *
 * @example
 * triage({ behaviours: ['noise-everyday'], receivedAt: '2026-12-18T16:05:00Z', perceivedHate: ['race'] }, policies['plus-dane'])
 * //=> { isAsb: true, level: 'high', levelLabel: 'Level 1 High Risk', flags: ['hate-incident'],
 * //     firstContactDue: '2026-12-21', ... }
 */
export function triage(report: TriageInput, policy: Policy, options: TriageOptions = {}): TriageResult {
  const input = readTriageInput(report);
  const index = triagePolicyIndex(policy);
  const receivedDay = londonDayNumber(input.receivedAt, 'receivedAt');
  const receivedDate = fromDayNumber(receivedDay);
  const reasons: string[] = [];
  // Lists of a few distinct values, in the order first added (quicker than Sets at this size).
  const flags: string[] = [];
  const routeIds: string[] = [];
  const prompts: string[] = [];

  const perceivedHate = input.perceivedHate ?? [];
  const behaviours = distinct(input.behaviours);
  // A motive perceived by anyone makes a hate incident, whatever else the report describes.
  const hateByPerception = perceivedHate.length > 0 && !behaviours.includes('hate-incident');
  if (hateByPerception) behaviours.push('hate-incident');

  // 1. Where the policy places each behaviour.
  let level: RiskLevel | null = null;
  const outside: { code: BehaviourCode; levelIfAsb: RiskLevel; source: string; alsoReturnsWhen?: readonly string[] | undefined }[] = [];
  for (const code of behaviours) {
    const placed = index.placements.get(code);
    if (placed) {
      level = moreSerious(level, placed.level.level);
      const what =
        code === 'hate-incident' && hateByPerception
          ? `A hate motive (${perceivedHate.map((s) => HATE_STRAND_LABELS[s]).join(', ')}) is perceived, so the report is a hate incident, whatever else it describes: ${placed.level.label}`
          : `${BEHAVIOUR_LABELS[code]} is ${placed.level.label}`;
      reasons.push(cite(what, placed.source));
    } else {
      const out = index.outside.get(code);
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
      const because = returnReasons(input, policy, outside);
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
    addOnce(flags, 'risk-of-harm');
    if (isAsb) {
      const raised = moreSerious(level, policy.riskOfHarm.level);
      const label = levelOf(index, policy, policy.riskOfHarm.level).label;
      reasons.push(cite(`Someone is at risk of personal harm, so the report is at least ${label}`, policy.riskOfHarm.source));
      level = raised;
    }
  }

  // 4. The policy's rules: flags, routes, prompts, and rises in level.
  const facts = reportFacts(input, behaviours);
  // An indexed loop: in code this hot, `for...of` costs measurably more.
  for (let i = 0; i < index.rules.length; i++) {
    const rule = index.rules[i]!;
    if (!matches(rule, facts, input, behaviours)) continue;
    for (const f of rule.flags) addOnce(flags, f);
    for (const r of rule.routes) addOnce(routeIds, r);
    for (const p of rule.prompts) addOnce(prompts, p);
    if (rule.raiseTo) {
      if (!isAsb) reasons.push(cite('This brings the report under the ASB policy', rule.source));
      isAsb = true;
      level = moreSerious(level, rule.raiseTo);
      reasons.push(cite(`${rule.reason} The report is at least ${levelOf(index, policy, rule.raiseTo).label}`, rule.source));
    } else {
      reasons.push(cite(rule.reason, rule.source));
    }
  }

  // 5. Contract flags, whatever the policy's rules say.
  if (behaviours.includes('hate-incident')) addOnce(flags, 'hate-incident');
  if (behaviours.includes('domestic-abuse')) addOnce(flags, 'domestic-abuse');

  // 6. The risk assessment, when it has been done.
  let riskAssessment: RiskAssessmentResult | null = null;
  if (options.riskAssessment) {
    riskAssessment = scoreRiskAssessment(options.riskAssessment, policy);
    riskAssessment.flags.forEach((f) => addOnce(flags, f));
    riskAssessment.prompts.forEach((p) => addOnce(prompts, p));
    const source = policy.riskAssessment.source;
    if (riskAssessment.raiseTo && isAsb && moreSerious(level, riskAssessment.raiseTo) !== level) {
      level = riskAssessment.raiseTo;
      reasons.push(cite(`The risk assessment scored ${riskAssessment.score} (${riskAssessment.band.label}), so the report is at least ${levelOf(index, policy, level).label}`, source));
    } else {
      reasons.push(cite(`The risk assessment scored ${riskAssessment.score} (${riskAssessment.band.label})`, source));
    }
  }

  // 7. What the reporter's own words added, each with its phrases (a suggestion for the officer to confirm).
  const fromWords = input.fromWords ?? [];
  for (const w of fromWords) reasons.push(w.reason);

  const levelDef = isAsb && level ? levelOf(index, policy, level) : null;
  const unless = index.firstContactUnless;
  const noContact = levelDef !== null && unless !== null && unless.flags.some((f) => flags.includes(f));
  if (levelDef && noContact) {
    reasons.push(cite(`${levelDef.label}: no first-contact target, because the report is ${unless!.flags.filter((f) => flags.includes(f)).join(' and ')}`, unless!.source));
  } else if (levelDef) {
    const days = levelDef.firstContact.workingDays;
    reasons.push(cite(`${levelDef.label}: first contact within ${days} working ${days === 1 ? 'day' : 'days'}`, levelDef.firstContact.source));
  } else {
    addOnce(prompts, policy.outsideAsb.route.officerAction);
  }

  return {
    isAsb: levelDef !== null,
    level: levelDef?.level ?? null,
    levelLabel: levelDef?.label ?? null,
    flags,
    firstContactDue: levelDef && !noContact ? fromDayNumber(addWorkingDayNumber(receivedDay, levelDef.firstContact.workingDays, policy.region)) : null,
    firstContactWorkingDays: levelDef && !noContact ? levelDef.firstContact.workingDays : null,
    receivedDate,
    reasons,
    routes: routeIds.length === 0 ? [] : policy.routes.filter((r) => routeIds.includes(r.id)).map(({ id, label, officerAction, source }) => ({ id, label, officerAction, source })),
    prompts,
    outsideAsbRoute: levelDef ? null : policy.outsideAsb.route,
    riskAssessment,
    policyId: policy.id,
    fromWords,
  };
}

/** The policy's definition of a level; throws when the policy lacks it. */
function levelOf(index: TriagePolicyIndex, policy: Policy, level: RiskLevel) {
  const found = index.levels.get(level);
  if (!found) throw new Error(`policy: level "${level}" is missing from policy "${policy.id}"`);
  return found;
}

function returnReasons(input: TriageInput, policy: Policy, outside: readonly { alsoReturnsWhen?: readonly string[] | undefined }[]): string[] {
  const out: string[] = [];
  const whys = new Set(policy.outsideAsb.returnsWhen);
  for (const o of outside) for (const why of o.alsoReturnsWhen ?? []) whys.add(why as (typeof policy.outsideAsb.returnsWhen)[number]);
  for (const why of whys) {
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
      case 'clearVictim':
        if (input.clearVictim) out.push('there is a clear victim');
        break;
      default:
        why satisfies never;
    }
  }
  return out;
}

/** Whether a rule's conditions hold for a report stating these facts. */
function matches(rule: IndexedRule, facts: number, input: TriageInput, behaviours: readonly BehaviourCode[]): boolean {
  if (rule.when !== null) return matchesOneByOne(rule.when, input, behaviours);
  if (rule.anyOf === null && rule.allOf === null) return false;
  if (rule.anyOf !== null && (facts & rule.anyOf) === 0) return false;
  return rule.allOf === null || rule.allOf.every((any) => (facts & any) !== 0);
}

/** {@link matches} for conditions outside the schema's words, tested one by one. */
function matchesOneByOne(when: PolicyRule['when'], input: TriageInput, behaviours: readonly BehaviourCode[]): boolean {
  const { anyOf, allOf } = when;
  if (!anyOf && !allOf) return false;
  return (!anyOf || anyOf.some((c) => holds(c, input, behaviours))) && (!allOf || allOf.every((c) => holds(c, input, behaviours)));
}

function holds(condition: RuleCondition, input: TriageInput, behaviours: readonly BehaviourCode[]): boolean {
  if ('behaviourIn' in condition) return condition.behaviourIn.some((b) => behaviours.includes(b));
  if ('field' in condition) return (input[condition.field] ?? false) === condition.is;
  if ('hasAny' in condition) return (input[condition.hasAny] ?? []).length > 0;
  if ('frequencyIn' in condition) return input.frequency !== undefined && condition.frequencyIn.includes(input.frequency);
  if ('reporterIn' in condition) return input.reporterTenure !== undefined && condition.reporterIn.includes(input.reporterTenure);
  if ('timeBetween' in condition) return (input.incidentTimes ?? []).some((t) => timeInSpan(t, condition.timeBetween.from, condition.timeBetween.to));
  return condition satisfies never;
}

/** Whether HH:MM `time` is in [from, to); a span whose end is not after its start wraps past midnight. */
function timeInSpan(time: string, from: string, to: string): boolean {
  return from < to ? time >= from && time < to : time >= from || time < to;
}

/** Adds `value` to the end of the list unless the list has it. */
function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** The distinct values of a list, in the order of their first appearance. */
function distinct<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (const value of list) if (!out.includes(value)) out.push(value);
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
