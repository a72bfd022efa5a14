import { list, text, type Answers } from './answers.ts';
import { dateAnswer } from './date-answer.ts';

/** Maps a yes/no radio to a boolean; unanswered is `undefined`. */
const yesNo = (answers: Answers, name: string): boolean | undefined =>
  text(answers, name) === 'yes' ? true : text(answers, name) === 'no' ? false : undefined;

/**
 * Turns the form's answers into a report for the core's `reportSchema` (not yet validated:
 * unanswered questions are left blank, so validation names them). Only questions the tenant
 * can see count: an email typed and then hidden by unticking "Email" is not sent.
 *
 * - "Noise" becomes `noise-everyday` or `noise-excessive` from the follow-up question.
 * - "No, or I am not sure" about a hate motive sends an empty list.
 * - Diary entries keep their order; `answers.diary` lists their ids.
 * - An anonymous report shares nothing: `consentToShare` is `false` (the question is not asked).
 *
 * @example
 * toReport({ immediateDanger: 'no', behaviours: ['noise'], noiseKind: 'everyday' }, 'model').behaviours
 * //=> ['noise-everyday']
 */
export function toReport(answers: Answers, policyId: string): Record<string, unknown> {
  const t = (name: string) => text(answers, name);
  const behaviours = list(answers, 'behaviours').flatMap((code) =>
    code !== 'noise' ? [code] : t('noiseKind') ? [`noise-${t('noiseKind')}`] : [],
  );
  const perceivedHate = list(answers, 'perceivedHate').filter((strand) => strand !== 'none');
  const startedKind = t('startedKind');
  const methods = list(answers, 'contactMethods');
  const diary = list(answers, 'diary').map((id) => ({
    date: dateAnswer(answers, `d${id}-date`).iso,
    time: t(`d${id}-time`),
    whatHappened: t(`d${id}-whatHappened`),
    witnesses: t(`d${id}-witnesses`),
  }));

  return {
    schemaVersion: 1,
    policyId,
    immediateDanger: yesNo(answers, 'immediateDanger'),
    behaviours,
    perceivedHate,
    perceivedHateDetail: perceivedHate.includes('other') ? t('perceivedHateDetail') : undefined,
    description: t('description'),
    started:
      startedKind === 'date'
        ? { kind: 'date', date: dateAnswer(answers, 'startedDate').iso }
        : startedKind === 'approximate'
          ? { kind: 'approximate', text: t('startedText') }
          : startedKind === 'not-sure'
            ? { kind: 'not-sure' }
            : undefined,
    frequency: t('frequency'),
    location: t('location'),
    stillHappening: t('stillHappening'),
    impact: t('impact'),
    riskOfHarm: yesNo(answers, 'riskOfHarm'),
    affectsOthers: yesNo(answers, 'affectsOthers'),
    vulnerabilities: list(answers, 'vulnerabilities'),
    vulnerabilitiesDetail: t('vulnerabilitiesDetail'),
    reportedPerson:
      t('knowsPerson') === 'yes'
        ? {
            known: true,
            name: t('personName'),
            address: t('personAddress'),
            description: t('personDescription'),
            ageGroup: t('personAgeGroup'),
          }
        : t('knowsPerson') === 'no'
          ? { known: false }
          : undefined,
    diary: diary.length > 0 ? diary : undefined,
    reporter:
      t('giveDetails') === 'no'
        ? { anonymous: true }
        : t('giveDetails') === 'yes'
          ? {
              anonymous: false,
              name: t('name'),
              email: methods.includes('email') ? t('email') : undefined,
              phone: methods.includes('phone') || methods.includes('text') ? t('phone') : undefined,
              address: methods.includes('letter') ? t('address') : undefined,
              postcode: methods.includes('letter') ? t('postcode') : undefined,
              contactMethods: methods,
              safeTimes: t('safeTimes'),
              safeToLeaveMessage: yesNo(answers, 'safeToLeaveMessage'),
            }
          : undefined,
    // An anonymous tenant gave no details to share, and is not asked.
    consentToShare: t('giveDetails') === 'no' ? false : yesNo(answers, 'consentToShare'),
  };
}
