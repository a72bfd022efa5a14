import { describe, expect, it } from 'vitest';
import { parsePolicy, policies, PRESET_IDS } from '../core/index.ts';
import { parseWidgetPolicy } from './widget-policy.ts';
import { widgetPolicyView } from './widget-policy-view.ts';

describe('widgetPolicyView', () => {
  it('keeps what the form shows of Plus Dane’s policy', () => {
    expect(widgetPolicyView(policies['plus-dane']!)).toEqual({
      id: 'plus-dane',
      landlord: 'Plus Dane Housing',
      contact: { phone: '0800 169 2988', email: 'customer@plusdane.co.uk', website: 'https://www.plusdane.co.uk' },
      messages: {
        outsideAsb:
          'We will deal with this under our Good Neighbour Management procedure, not our anti-social behaviour policy. We will give you advice, and we may suggest mediation to help you and your neighbour sort it out.',
      },
      targets: [
        { level: 'high', label: 'Level 1 High Risk', firstContactWorkingDays: 1 },
        { level: 'medium', label: 'Level 2 Medium Risk', firstContactWorkingDays: 3 },
        { level: 'low', label: 'Level 3 Low Risk', firstContactWorkingDays: 5 },
      ],
      caseReview: { threshold: 3, windowMonths: 6 },
      signposts: [
        { id: 'asb-help', label: 'ASB Help', text: 'ASB Help is a charity that gives free advice about anti-social behaviour.', url: 'https://asbhelp.co.uk' },
        { id: 'mediation', label: 'Mediation', text: 'Mediation helps neighbours talk things through with someone neutral. We can refer you.' },
      ],
    });
  });

  it('leaves out every value the policy marks assumed: the form never promises it', () => {
    const pd = policies['plus-dane']!;
    const policy = parsePolicy({
      ...pd,
      levels: pd.levels.map((level) =>
        level.level === 'low' ? { ...level, firstContact: { ...level.firstContact, assumed: true, decided: 'Not in the document.' } } : level,
      ),
      outsideAsb: { ...pd.outsideAsb, route: { ...pd.outsideAsb.route, assumed: true, decided: 'Not in the document.' } },
      caseReview: { ...pd.caseReview, assumed: true, decided: 'Not in the document.' },
    });
    const view = widgetPolicyView(policy);
    expect(view.targets.map((t) => t.level)).toEqual(['high', 'medium']);
    expect(view.messages).toEqual({});
    expect(view).not.toHaveProperty('caseReview');
    expect(JSON.stringify(view)).not.toContain('Good Neighbour Management');
  });

  it('refuses a policy without a phone number, naming the field', () => {
    const policy = parsePolicy({ ...policies['co-op-homes']!, contact: { email: 'asb@example.org' } });
    expect(() => widgetPolicyView(policy)).toThrow(/^contact\.phone: policy "co-op-homes" has no phone number/);
  });

  it.each(PRESET_IDS.filter((id) => policies[id]!.contact?.phone))('%s: a small, neutral view that its own schema accepts', (id) => {
    const view = widgetPolicyView(policies[id]!);
    expect(parseWidgetPolicy(JSON.parse(JSON.stringify(view)))).toEqual(view);
    expect(JSON.stringify(view).length).toBeLessThan(2000);
    expect(JSON.stringify(view)).not.toMatch(/perpetrator|victim/i);
  });
});

describe('parseWidgetPolicy', () => {
  const good = {
    id: 'mersey-vale',
    landlord: 'Mersey Vale Housing',
    contact: { phone: '0151 496 0731' },
    messages: {},
    targets: [],
    signposts: [],
  };

  it('accepts a minimal view', () => {
    expect(parseWidgetPolicy(good)).toEqual(good);
  });

  it.each([
    [{ ...good, contact: {} }, /^contact\.phone: must be text/],
    [{ ...good, landlord: '  ' }, /^landlord: must not be empty/],
    [{ ...good, targets: [{ level: 'urgent', label: 'x', firstContactWorkingDays: 1 }] }, /^targets\.0\.level: must be one of high, medium, low/],
    [{ ...good, caseReview: { threshold: 0, windowMonths: 6 } }, /^caseReview\.threshold: must be 1 or more/],
    [{ ...good, signposts: [{ id: 'a', label: 'A', text: 'T', url: 'javascript:alert(1)' }] }, /^signposts\.0\.url: must be an https:\/\/ address/],
    [{ ...good, levels: [] }, /^policy: unknown levels/],
    [{ ...good, targets: [{ level: 'high', label: 'Level 1', firstContactWorkingDays: '1' }] }, /^targets\.0\.firstContactWorkingDays: must be a whole number/],
    ['<html>', /^policy: must be an object/],
  ])('refuses %j naming the path', (input, message) => {
    expect(() => parseWidgetPolicy(input)).toThrow(message);
  });
});
