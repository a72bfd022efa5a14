import { describe, expect, it } from 'vitest';
import { policies } from '../policies/policies.ts';
import { policySchema } from '../policy/policy-schema.ts';
import { letterRuleApplies } from './letter-case.ts';
import { letterTemplates } from './letter-templates.ts';
import { renderLetter } from './render-letter.ts';

const prose = (text: string) => text.replace(/\s+/g, ' ');
const PRESETS = ['co-op-homes', 'plus-dane', 'model'] as const;

const officer = { officerName: 'Sam Patel', officerPhone: '0161 496 0000', reference: 'ASB-2026-0107' };
const interview = {
  ...officer,
  recipientName: 'Mr Crane',
  interviewedOn: '2026-10-05',
  letterDate: '2026-10-06',
  mainPoints: ['We have had reports of shouting in the stairwell'],
  ourActions: ['Check back with you in two weeks'],
  yourActions: ['Keep the stairwell clear and quiet'],
};

describe('letterRuleApplies', () => {
  const coOp = policies['co-op-homes']!;

  it('names the flag or behaviour of the case that the rule lists', () => {
    expect(letterRuleApplies(coOp, 'noMediation', { flags: ['crime', 'hate-incident'] })).toBe('the hate-incident flag');
    expect(letterRuleApplies(coOp, 'noMediation', { behaviours: ['noise-excessive', 'violence'] })).toBe(
      'the reported behaviour "violence"',
    );
    expect(letterRuleApplies(coOp, 'confirmSafeToWrite', { flags: ['domestic-abuse'] })).toBe('the domestic-abuse flag');
  });

  it('does not apply to an everyday case, or where the case is not known', () => {
    expect(letterRuleApplies(coOp, 'noMediation', { flags: ['crime'], behaviours: ['noise-everyday'] })).toBeNull();
    expect(letterRuleApplies(coOp, 'confirmSafeToWrite', { flags: ['hate-incident'] })).toBeNull();
    expect(letterRuleApplies(coOp, 'noMediation', undefined)).toBeNull();
  });

  it('falls back to the safe defaults for a policy that states no letter rules', () => {
    const { letters: _, ...withoutRules } = coOp;
    const bare = policySchema.parse(withoutRules);
    expect(letterRuleApplies(bare, 'noMediation', { behaviours: ['domestic-abuse'] })).toBe('the reported behaviour "domestic-abuse"');
  });
});

describe.each(PRESETS)('case-dependent letters with the %s policy', (id) => {
  const policy = policies[id]!;

  it('never writes "Problems between neighbours often have more than one side", in any letter', () => {
    for (const t of letterTemplates) expect(JSON.stringify(t), t.id).not.toMatch(/more than one side/);
  });

  it('offers mediation after an interview only when asked, and never in a hate, domestic abuse or violence case', () => {
    const plain = prose(renderLetter('perpetrator-interview-confirmation', interview, policy).text);
    expect(plain).not.toMatch(/mediat/i);
    const offered = prose(renderLetter('perpetrator-interview-confirmation', { ...interview, offerMediation: true }, policy, { flags: ['crime'] }).text);
    expect(offered).toContain('Mediation may help. A mediator is someone neutral who helps people agree a way forward.');
    for (const letterCase of [{ flags: ['hate-incident'] }, { flags: ['domestic-abuse'] }, { behaviours: ['violence'] }]) {
      expect(() =>
        renderLetter('perpetrator-interview-confirmation', { ...interview, offerMediation: true }, policy, letterCase),
      ).toThrow(/^offerMediation: this case has the /);
      // Without the offer, the same case gets its letter, with no word of mediation.
      const text = renderLetter('perpetrator-interview-confirmation', interview, policy, letterCase).text;
      expect(text).not.toMatch(/mediat/i);
    }
  });

  it('refuses the mediation referral letter in a hate case', () => {
    const data = { ...officer, recipientName: 'Ms Okafor', agreedOn: '2026-10-01', mediationService: 'Stockport Mediation Service' };
    expect(renderLetter('mediation-referral', data, policy, { flags: [] }).text).toContain('Stockport Mediation Service');
    expect(() => renderLetter('mediation-referral', data, policy, { flags: ['hate-incident'] })).toThrow(
      'id: the "mediation-referral" letter offers mediation: this case has the hate-incident flag',
    );
  });

  it('needs the officer to confirm that a letter to the address is safe in a domestic abuse case', () => {
    const data = {
      ...officer,
      recipientName: 'Ms Okafor',
      receivedAt: '2026-10-01',
      addressLines: ['Flat 2, Elm Court', 'Exampleton EX1 2AB'],
    };
    const abuse = { flags: ['domestic-abuse'], behaviours: ['domestic-abuse'] };
    expect(() => renderLetter('acknowledgement', data, policy, abuse)).toThrow(
      'contactByLetterSafe: this case has the domestic-abuse flag. Confirm that a letter to this address is safe',
    );
    expect(() => renderLetter('acknowledgement', { ...data, contactByLetterSafe: 'no' }, policy, abuse)).toThrow(/^contactByLetterSafe: /);
    expect(renderLetter('acknowledgement', { ...data, contactByLetterSafe: true }, policy, abuse).text).toMatch(/^Ms Okafor\nFlat 2, Elm Court\n/);
    // An email (no postal address) needs no confirmation; nor does a case without domestic abuse.
    const { addressLines: _, ...email } = data;
    expect(renderLetter('acknowledgement', email, policy, abuse).text).toContain('Dear Ms Okafor,');
    expect(renderLetter('acknowledgement', data, policy, { flags: ['hate-incident'] }).text).toContain('Dear Ms Okafor,');
  });

  it('leaves the mediation signpost out of the Case Review letter in a hate case', () => {
    const data = { ...officer, recipientName: 'Ms Okafor' };
    const hate = renderLetter('case-review-information', data, policy, { flags: ['hate-incident'] }).text;
    expect(hate).not.toMatch(/mediat/i);
    const everyday = renderLetter('case-review-information', data, policy, { flags: [] }).text;
    if (id !== 'co-op-homes') expect(prose(everyday)).toContain('Mediation: Mediation helps neighbours talk things through');
  });
});
