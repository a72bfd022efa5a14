// The one public door of the ASB Assist core (../shared/docs/core-contract.md).
// Written by hand: named exports only. What is not exported here is internal.

// Shared names
export {
  RISK_LEVELS,
  REGIONS,
  BEHAVIOUR_CODES,
  HATE_STRANDS,
  CONDITION_FIELDS,
  FREQUENCY_ANSWERS,
  REPORTER_TENURES,
  levelRank,
  moreSerious,
} from './types.ts';
export type {
  RiskLevel,
  Region,
  BehaviourCode,
  HateStrand,
  IsoDate,
  IsoDateTime,
  ConditionField,
  FrequencyAnswer,
  ReporterTenure,
} from './types.ts';
export { ValidationError, formatPath, parseOrThrow } from './validation-error.ts';
export type { ValidationIssue } from './validation-error.ts';

// Policies
export { policySchema, CHECKLIST_STAGES } from './policy/policy-schema.ts';
export type { Policy, PolicyInput, PolicyLevel, DeadlineRule, ChecklistStep, ChecklistStage } from './policy/policy-schema.ts';
export { parsePolicy } from './policy/parse-policy.ts';
export { policies, PRESET_IDS } from './policies/policies.ts';

// Working days
export { isWorkingDay } from './calendar/is-working-day.ts';
export { addWorkingDays } from './calendar/add-working-days.ts';
export { workingDaysBetween } from './calendar/working-days-between.ts';
export { addCalendarMonths } from './calendar/add-calendar-months.ts';
export { bankHolidays, isBankHoliday, loadBankHolidays, resetBankHolidays } from './calendar/bank-holidays.ts';
export type { BankHoliday } from './calendar/bank-holidays.ts';
export { toLondonDate, toLondonDateTime } from './calendar/to-london-date.ts';
export { formatDateLong, formatTime } from './calendar/format-date.ts';

// Triage and risk assessment
export { triage } from './triage/triage.ts';
export type { TriageResult, TriageRoute, TriageOptions } from './triage/triage.ts';
export { triageInputSchema, parseTriageInput } from './triage/triage-input.ts';
export type { TriageInput } from './triage/triage-input.ts';
export { BEHAVIOUR_LABELS, HATE_STRAND_LABELS } from './triage/behaviour-labels.ts';
export { scoreRiskAssessment } from './risk-assessment/score-risk-assessment.ts';
export type { RiskAssessmentResult } from './risk-assessment/score-risk-assessment.ts';

// Reading descriptions
export { readDescription } from './reading/read-description.ts';
export type { DescriptionReading, ReadingEvidence } from './reading/read-description.ts';
export { readReportWords, WORDS_MAY_ADD } from './reading/read-report-words.ts';
export type { WordsAddition } from './reading/read-report-words.ts';

// Deadlines and checklists
export { caseDeadlines } from './deadlines/case-deadlines.ts';
export type { CaseDeadline } from './deadlines/case-deadlines.ts';
export { nextDeadline } from './deadlines/next-deadline.ts';
export { describeDeadline } from './deadlines/describe-deadline.ts';
export type { CaseInput, CaseEvent } from './deadlines/read-case.ts';
export { CASE_RECLASSIFIED, EXPLANATION_RECORDED } from './deadlines/read-case.ts';
export { caseLevelHistory } from './deadlines/case-level-history.ts';
export type { CaseLevelChange } from './deadlines/case-level-history.ts';
export { caseChecklist } from './checklist/case-checklist.ts';
export type { ChecklistItem, ChecklistStageGroup } from './checklist/case-checklist.ts';

// ASB Case Review (Community Trigger)
export { caseReviewStatus } from './case-review/case-review-status.ts';
export type { CaseReviewStatus, CaseReviewReport, CaseReviewRule } from './case-review/case-review-status.ts';

// Reports
export { reportSchema } from './report/report-schema.ts';
export type { Report, ReportInput } from './report/report-schema.ts';
export { parseReport, safeParseReport } from './report/parse-report.ts';
export { checkReportDates } from './report/check-report-dates.ts';
export { toTriageInput } from './report/to-triage-input.ts';
export { reportJsonSchema, REPORT_JSON_SCHEMA_ID } from './report/report-json-schema.ts';
export { sampleReport } from './report/sample-report.ts';
export { PHONE_PATTERN, POSTCODE_PATTERN, TIME_PATTERN } from './report/report-patterns.ts';
export { FREQUENCIES, STILL_HAPPENING, VULNERABILITY_CODES, AGE_GROUPS, CONTACT_METHODS } from './report/report-choices.ts';
export type { Frequency, StillHappening, VulnerabilityCode, AgeGroup, ContactMethod } from './report/report-choices.ts';

// Tenant Satisfaction Measures
export { tsmNm01, NM01_SAME_CASE_SOURCE } from './tsm/tsm-nm01.ts';
export type { TsmCase, TsmNm01Result } from './tsm/tsm-nm01.ts';

// Letters
export { renderLetter } from './letters/render-letter.ts';
export type { RenderedLetter, LetterNode, LetterInline } from './letters/render-letter.ts';
export { letterTemplates } from './letters/letter-templates.ts';
export { letterFields } from './letters/letter-fields.ts';
export type { LetterTemplate, LetterPlaceholder, LetterAudience } from './letters/letter-template-schema.ts';
export type { LetterCase } from './letters/letter-case.ts';
