import { describe, expect, it } from 'vitest';
import { policies, PRESET_IDS } from '../core/index.ts';
import { toWidgetPolicy } from './widget-policy.ts';

describe('toWidgetPolicy', () => {
  it('keeps what the form shows of Plus Dane’s policy', () => {
    expect(toWidgetPolicy(policies['plus-dane']!)).toEqual({
      id: 'plus-dane',
      landlord: 'Plus Dane Housing',
      contact: { phone: '0800 169 2988', email: 'customer@plusdane.co.uk', website: 'https://www.plusdane.co.uk' },
      outsideAsbMessage: policies['plus-dane']!.outsideAsb.route.tenantMessage,
      maxFirstContactWorkingDays: 5,
      caseReview: { threshold: 3, windowMonths: 6 },
      signposts: [
        { id: 'asb-help', label: 'ASB Help', text: 'ASB Help is a charity that gives free advice about anti-social behaviour.', url: 'https://asbhelp.co.uk' },
        { id: 'mediation', label: 'Mediation', text: 'Mediation helps neighbours talk things through with someone neutral. We can refer you.' },
      ],
    });
  });

  it.each(PRESET_IDS)('reduces %s to a small, neutral policy', (id) => {
    const reduced = toWidgetPolicy(policies[id]!);
    expect(JSON.stringify(reduced).length).toBeLessThan(1500);
    expect(JSON.stringify(reduced)).not.toMatch(/perpetrator|victim/i);
    expect(reduced.signposts.map((s) => s.id)).toContain('asb-help');
  });
});
