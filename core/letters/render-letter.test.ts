import { describe, expect, it } from 'vitest';
import { policySchema } from '../policy/policy-schema.ts';
import type { PolicyInput } from '../policy/policy-schema.ts';
import { BEHAVIOUR_CODES } from '../types.ts';
import { letterFields } from './letter-fields.ts';
import { letterTemplates } from './letter-templates.ts';
import { renderLetter } from './render-letter.ts';

const SRC = 'test fixture';

/** A small landlord: every behaviour at medium, reviews every 10 working days, 5 days to answer a closure. */
const fixture: PolicyInput = {
  id: 'riverside-test',
  landlord: 'Riverside Test Homes',
  title: 'Riverside Test Homes ASB policy',
  region: 'england-and-wales',
  source: SRC,
  contact: { phone: '0300 123 4567', email: 'asb@riverside.example', website: 'https://riverside.example' },
  terms: {
    complainant: 'complainant',
    reportedPersonTenant: 'the person you reported',
    reportedPersonOfficer: 'alleged perpetrator',
    source: SRC,
  },
  levels: (['high', 'medium', 'low'] as const).map((level) => ({
    level,
    label: `${level} risk`,
    firstContact: { workingDays: level === 'high' ? 1 : 3, source: SRC },
    resolution: { months: null, source: SRC },
    behaviours: level === 'medium' ? BEHAVIOUR_CODES.map((code) => ({ code, source: SRC })) : [],
  })),
  riskOfHarm: { level: 'high', source: SRC },
  outsideAsb: {
    behaviours: [],
    returnsWhen: ['riskOfHarm'],
    route: { id: 'other', label: 'Other', officerAction: 'Refer.', tenantMessage: 'We will refer you.', source: SRC },
    source: SRC,
  },
  routes: [],
  rules: [],
  riskAssessment: {
    title: 'Risk',
    note: 'Test questions.',
    questions: [{ id: 'unsafe', text: 'Do you feel unsafe?', weight: 1 }],
    bands: [{ id: 'standard', label: 'Standard', minScore: 0 }],
    source: SRC,
  },
  deadlines: [
    { id: 'case-review', type: 'recurring', every: { workingDays: 10 }, label: 'Review', completedBy: 'case-reviewed', source: SRC },
    {
      id: 'closure-wait',
      type: 'wait-after-event',
      after: ['closure-letter-sent'],
      workingDays: 5,
      label: 'Wait for a reply',
      completedBy: 'case-closed',
      source: SRC,
    },
  ],
  checklist: [],
  caseReview: { threshold: 3, windowMonths: 6, promptAtReport: 2, source: SRC },
  signposts: [],
};
const policy = policySchema.parse(fixture);

/** Text with its line wrapping undone, to look for whole sentences. */
const prose = (text: string) => text.replace(/\s+/g, ' ');

const acknowledgement = {
  reference: 'ASB-2026-0042',
  recipientName: 'Ms Okafor',
  officerName: 'Sam Patel',
  receivedAt: '2026-08-29T10:00:00Z',
  appointmentAt: '2026-08-31T09:30:00Z',
};

describe('renderLetter: acknowledgement', () => {
  const letter = renderLetter('acknowledgement', acknowledgement, policy);

  it('gives the reference, the date received in words and the appointment in London time', () => {
    expect(letter.subject).toBe('We have received your report (reference ASB-2026-0042)');
    expect(letter.text).toContain('Dear Ms Okafor,');
    expect(letter.text).toContain('Your case reference is ASB-2026-0042.');
    expect(prose(letter.text)).toContain('We received your report on Saturday 29 August 2026.');
    // 09:30 UTC is 10:30am in British Summer Time.
    expect(prose(letter.text)).toContain(
      'Sam Patel will meet you on Monday 31 August 2026 at 10:30am to talk about your case.',
    );
    expect(letter.html).toContain('<p>Sam Patel will meet you on Monday 31 August 2026 at 10:30am to talk about your case.</p>');
  });

  it('signs off with the officer and the landlord from the policy, and the policy\u2019s contact details', () => {
    expect(letter.text).toContain('Yours sincerely,\n\nSam Patel\nRiverside Test Homes');
    expect(letter.text).toContain('Phone: 0300 123 4567');
    expect(letter.html).toContain('<a href="mailto:asb@riverside.example">asb@riverside.example</a>');
    expect(prose(letter.text)).toContain('We will review your case at least every 10 working days.');
    expect(prose(letter.text)).toContain('We will not give your name to the person you reported without asking you first.');
  });

  it('says we will arrange a time when there is no appointment yet', () => {
    const { appointmentAt: _, ...noAppointment } = acknowledgement;
    const text = renderLetter('acknowledgement', noAppointment, policy).text;
    expect(prose(text)).toContain('Sam Patel will contact you to arrange a time to meet.');
    expect(text).not.toContain('soon');
    expect(text).not.toContain('will meet you on');
  });

  it('prints the address, the letter date and the enclosures when given', () => {
    const full = renderLetter(
      'acknowledgement',
      {
        ...acknowledgement,
        addressLines: ['12 King Street', 'Stockport SK1 1AA'],
        letterDate: '2026-09-01',
        enclosures: 'Our ASB information pack\nDiary sheets\n',
      },
      policy,
    );
    expect(full.text.startsWith('Ms Okafor\n12 King Street\nStockport SK1 1AA\n\nTuesday 1 September 2026\n\nOur reference: ASB-2026-0042\n\nDear Ms Okafor,')).toBe(true);
    expect(full.text).toContain('With this letter you will find:\n\n- Our ASB information pack\n- Diary sheets');
    expect(full.html).toContain('<ul>\n<li>Our ASB information pack</li>\n<li>Diary sheets</li>\n</ul>');
  });

  it('gives the officer\u2019s own phone and email in place of the landlord\u2019s', () => {
    const text = renderLetter(
      'acknowledgement',
      { ...acknowledgement, officerPhone: '07700 900123', officerEmail: 'sam@riverside.example' },
      policy,
    ).text;
    expect(prose(text)).toContain('please call us on 07700 900123 or email sam@riverside.example.');
    expect(text).not.toContain('0300 123 4567');
  });

  it('refuses to end with a name alone: no contact details anywhere names officerPhone', () => {
    expect(() => renderLetter('acknowledgement', acknowledgement, { ...policy, contact: undefined })).toThrow(
      'officerPhone: the policy "riverside-test" gives no phone number or email for Riverside Test Homes, so the letter would end with a name alone. Give your phone number (officerPhone) or email (officerEmail).',
    );
    const text = renderLetter('acknowledgement', { ...acknowledgement, officerEmail: 'sam@riverside.example' }, { ...policy, contact: undefined }).text;
    expect(prose(text)).toContain('If you have any questions, please email us at sam@riverside.example.');
    expect(text).toContain('Email: sam@riverside.example');
  });
});

describe('renderLetter: escaping', () => {
  const hostile = '<script>alert(1)</script> & O\'Brien "Jr"';

  it('escapes every value in html and keeps it as given in text', () => {
    const letter = renderLetter('acknowledgement', { ...acknowledgement, recipientName: hostile }, policy);
    expect(letter.html).toContain('Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp; O&#39;Brien &quot;Jr&quot;,');
    expect(letter.html).not.toContain('<script');
    expect(letter.text).toContain(`Dear ${hostile},`);
  });

  it('escapes list items, paragraphs from a multiline field and the appointment place', () => {
    const letter = renderLetter(
      'closure-reported-person',
      {
        reference: 'R1',
        recipientName: 'Mr Jones',
        officerName: 'Sam Patel',
        complaintSummary: `Music <b>late</b> at night.\n\nAlso "shouting" & banging.`,
        actionsTaken: ['<img src=x onerror=alert(1)>'],
        futureConduct: ["Don't play music after 11pm"],
      },
      policy,
    );
    expect(letter.html).toContain('<p>Music &lt;b&gt;late&lt;/b&gt; at night.</p>\n<p>Also &quot;shouting&quot; &amp; banging.</p>');
    expect(letter.html).toContain('<li>&lt;img src=x onerror=alert(1)&gt;</li>');
    expect(letter.html).toContain('<li>Don&#39;t play music after 11pm</li>');
    expect(letter.html).not.toMatch(/<(img|b)[\s>]/);
  });

  it('writes semantic HTML only: no styles, no scripts, no event handlers', () => {
    for (const template of letterTemplates) {
      const data = sampleData(template.id);
      const { html } = renderLetter(template.id, data, policy);
      const tags = [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]);
      expect(new Set(tags), template.id).toSatisfy((set: Set<string>) =>
        [...set].every((t) => ['p', 'br', 'h2', 'ul', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(t)),
      );
      expect(html, template.id).not.toMatch(/style=|on[a-z]+=|<script/i);
    }
  });
});

describe('renderLetter: bad input', () => {
  it('throws for an unknown letter', () => {
    expect(() => renderLetter('x', acknowledgement, policy)).toThrow('id: unknown letter "x"');
    expect(() => renderLetter('', acknowledgement, policy)).toThrow('id: required');
  });

  it('names a missing required field; an empty string or list counts as missing', () => {
    const { recipientName: _, ...missing } = acknowledgement;
    expect(() => renderLetter('acknowledgement', missing, policy)).toThrow('recipientName: required');
    expect(() => renderLetter('acknowledgement', { ...acknowledgement, recipientName: '' }, policy)).toThrow(
      'recipientName: required',
    );
    expect(() => renderLetter('acknowledgement', { ...acknowledgement, officerName: '   ' }, policy)).toThrow(
      'officerName: required',
    );
    expect(() =>
      renderLetter('action-plan', { ...acknowledgement, receivedAt: undefined, appointmentAt: undefined, ourActions: [], nextReviewOn: '2026-09-10' }, policy),
    ).toThrow('ourActions: required');
  });

  it('names a field of the wrong kind, an unreadable date and a field the letter does not have', () => {
    expect(() => renderLetter('acknowledgement', { ...acknowledgement, reference: 42 }, policy)).toThrow(
      'reference: must be text, not a number',
    );
    expect(() => renderLetter('acknowledgement', { ...acknowledgement, receivedAt: 'last Tuesday' }, policy)).toThrow(
      /^receivedAt: /,
    );
    expect(() => renderLetter('acknowledgement', { ...acknowledgement, appointmentTime: '10:30' }, policy)).toThrow(
      /^appointmentTime: not a field of the "acknowledgement" letter/,
    );
    expect(() => renderLetter('acknowledgement', { ...acknowledgement, recipientName: 'Ms\nOkafor' }, policy)).toThrow(
      'recipientName: must be one line of text',
    );
    expect(() => renderLetter('acknowledgement', { ...acknowledgement, officerEmail: 'sam at home' }, policy)).toThrow(
      /^officerEmail: must be an email address/,
    );
  });
});

describe('renderLetter: closure-complainant', () => {
  const closure = {
    reference: 'ASB-2026-0042',
    recipientName: 'Ms Okafor',
    officerName: 'Sam Patel',
    letterDate: '2026-12-18',
    reasons: ['There have been no new reports since October'],
  };

  it('gives at least the policy\u2019s working days to reply, skipping Christmas bank holidays', () => {
    const { text } = renderLetter('closure-complainant', closure, policy);
    // Friday 18 December + 5 working days: 21, 22, 23, 24, then 29 (25 and 28 are bank holidays).
    expect(prose(text)).toContain('Please contact us by Tuesday 29 December 2026 if you do not agree.');
    expect(prose(text)).toContain('We could not reach you, so we are writing instead.');
    expect(prose(text)).toContain('You can make a complaint. We will deal with it under our complaints procedure.');
  });

  it('needs the letter date to count the reply-by date from', () => {
    const { letterDate: _, ...noDate } = closure;
    expect(() => renderLetter('closure-complainant', noDate, policy)).toThrow('letterDate: required');
  });

  it('explains the ASB Case Review with the policy\u2019s threshold', () => {
    const { text } = renderLetter('closure-complainant', closure, policy);
    expect(prose(text)).toContain('if you have reported the problem 3 or more times in 6 months.');
    expect(text).toContain('https://asbhelp.co.uk/community-trigger-directory');
  });
});

describe('renderLetter: case-review-information', () => {
  const data = { reference: 'R1', recipientName: 'Ms Okafor', officerName: 'Sam Patel' };

  it('uses the policy\u2019s own threshold and directory', () => {
    const own = {
      ...policy,
      caseReview: { ...policy.caseReview, threshold: 2, windowMonths: 12 },
      signposts: [
        { id: 'community-trigger', label: 'Community Trigger', text: 'Ask the council.', url: 'https://council.example/trigger', source: SRC },
      ],
    };
    const { text, html } = renderLetter('case-review-information', data, own);
    expect(prose(text)).toContain('if you have reported the problem 2 or more times in 12 months.');
    expect(html).toContain('<a href="https://council.example/trigger">https://council.example/trigger</a>');
  });

  it('refuses where the ASB Case Review does not apply and the policy names no process', () => {
    expect(() => renderLetter('case-review-information', data, { ...policy, region: 'scotland' })).toThrow(
      /^caseReviewDirectory: the policy "riverside-test" gives none/,
    );
  });
});

describe('renderLetter: text layout', () => {
  it('wraps paragraphs at 72 characters, except a web address that is longer', () => {
    for (const template of letterTemplates) {
      const { text } = renderLetter(template.id, sampleData(template.id), policy);
      for (const line of text.split('\n')) {
        if (!/https:\/\//.test(line)) expect(line.length, `${template.id}: ${line}`).toBeLessThanOrEqual(72);
      }
    }
  });

  it('prints the diary sheet after the letter, with its columns', () => {
    const { text, html } = renderLetter('diary-sheet', sampleData('diary-sheet'), policy);
    expect(text.indexOf('Diary sheet\n')).toBeGreaterThan(text.indexOf('Yours sincerely,'));
    for (const column of ['Date', 'Time', 'What happened', 'Who saw it', 'How it affected you']) {
      expect(html).toContain(`<th scope="col">${column}</th>`);
    }
    expect(text).toMatch(/recordings can also be\s+evidence/);
  });
});

describe('letterFields', () => {
  it('lists the fields of a letter for its form, the required ones marked', () => {
    const fields = letterFields('acknowledgement');
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual([
      'recipientName',
      'reference',
      'officerName',
      'receivedAt',
    ]);
    expect(fields.find((f) => f.name === 'appointmentAt')).toMatchObject({ kind: 'date-time', required: false });
    expect(() => letterFields('nope')).toThrow('id: unknown letter "nope"');
  });
});

/** The smallest data that renders a letter: its required fields, with plausible values. */
function sampleData(id: string): Record<string, unknown> {
  const byKind = { text: 'Sample', date: '2026-09-01', 'date-time': '2026-09-01T10:00:00Z', multiline: 'One.\n\nTwo.', list: ['First', 'Second'] };
  return Object.fromEntries(
    letterFields(id)
      .filter((f) => (f.required || f.requiredUnless !== undefined) && f.kind !== 'confirm')
      .map((f) => [f.name, byKind[f.kind as Exclude<typeof f.kind, 'confirm'>]]),
  );
}

describe('renderLetter: blocks', () => {
  it('gives the letter as data, values as given, for views that build their own elements', () => {
    const hostile = '<img src=x onerror=alert(1)> Bello';
    const letter = renderLetter('acknowledgement', { ...acknowledgement, recipientName: hostile }, policy);
    expect(letter.blocks).toContainEqual({ type: 'p', lines: [[{ text: 'Dear ' }, { text: hostile }, { text: ',' }]] });
    expect(letter.blocks).toContainEqual({ type: 'p', lines: [[{ text: 'Our reference: ' }, { text: 'ASB-2026-0042' }]] });
  });

  it('holds what the html holds, block for block, for every letter', () => {
    const inline = (inlines: { text: string; href?: string }[]) =>
      inlines.map((i) => (i.href ? `<a href="${i.href}">${i.text}</a>` : i.text)).join('').replace(/\s+/g, ' ').trim();
    for (const template of letterTemplates) {
      const { html, blocks } = renderLetter(template.id, sampleData(template.id), policy);
      const rebuilt = blocks.map((b) => {
        if (b.type === 'p') return `<p>${b.lines.map(inline).join('<br>')}</p>`;
        if (b.type === 'h') return `<h2>${inline(b.content)}</h2>`;
        if (b.type === 'ul') return `<ul>\n${b.items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`;
        const head = b.columns.map((c) => `<th scope="col">${c}</th>`).join('');
        const row = `<tr>${b.columns.map(() => '<td></td>').join('')}</tr>`;
        return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${Array.from({ length: b.rows }, () => row).join('\n')}\n</tbody>\n</table>`;
      });
      // sampleData holds no characters that need escaping, so the two must match exactly.
      expect(`${rebuilt.join('\n')}\n`, template.id).toBe(html);
    }
  });
});
