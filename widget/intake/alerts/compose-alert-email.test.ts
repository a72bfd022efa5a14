import { describe, expect, it } from 'vitest';
import { alertSummary } from './alert-summary.ts';
import { composeAlertEmail } from './compose-alert-email.ts';
import { mediumNoiseReport, outsideAsbDangerReport, urgentHateReport } from './stored-report-fixtures.ts';

const LINK = 'https://hms.riverside-homes.org.uk/asb/{reference}';
const SENSITIVE = ['Samira', 'Haddad', 'Aisha', 'Rahman', 'headscarf', 'wheelchair', 'religion', 'disability', 'mental health', 'hate', 'Canal Street', '07700'];

describe('composeAlertEmail', () => {
  it('marks a Level 1 report urgent, with the due date in words and the staff link, and nothing sensitive', () => {
    const email = composeAlertEmail(alertSummary(urgentHateReport, { staffLink: LINK, includeDetails: false }));
    expect(email.subject).toBe('URGENT: ASB report ASB-2026-000123, Level 1 High Risk, first contact by Monday 7 December 2026');
    expect(email.priority).toBe('high');
    expect(email.headers).toEqual({ 'X-ASB-Reference': 'ASB-2026-000123', 'X-ASB-Level': 'high' });
    expect(email.text).toBe(
      [
        'A new anti-social behaviour report has come in.',
        '',
        'This is urgent: it is Level 1 High Risk.',
        '',
        'Reference: ASB-2026-000123',
        'Level: Level 1 High Risk',
        'First contact due: by Monday 7 December 2026 (within 1 working day)',
        'Received: Sunday 6 December 2026 at 8:15pm',
        'Policy: plus-dane',
        '',
        'Open the report: https://hms.riverside-homes.org.uk/asb/ASB-2026-000123',
        '',
        'This email leaves out what the person wrote, names and sensitive details. Open the report to read them.',
        '',
      ].join('\n'),
    );
    for (const word of SENSITIVE) {
      expect(email.subject + email.text + email.html).not.toContain(word);
    }
  });

  it('says when the tenant changed their answers after sending, under the same reference', () => {
    const updated = { ...mediumNoiseReport, replaced: { keys: [mediumNoiseReport.idempotencyKey], at: '2026-12-18T16:20:00.000Z' } };
    const email = composeAlertEmail(alertSummary(updated, { staffLink: LINK, includeDetails: false }));
    expect(email.subject).toBe('Updated: ASB report ASB-2026-000124, Level 2 Medium Risk, first contact by Tuesday 29 December 2026');
    expect(email.text).toContain('The person reporting changed their answers after sending, on Friday 18 December 2026 at 4:20pm. This replaces the earlier version of ASB-2026-000124: use these answers.');
  });

  it('gives an ordinary report a plain subject, normal priority and the working days in the plural', () => {
    const email = composeAlertEmail(alertSummary(mediumNoiseReport, { staffLink: 'https://intake.example.org/staff/reports', includeDetails: false }));
    expect(email.subject).toBe('ASB report ASB-2026-000124, Level 2 Medium Risk, first contact by Tuesday 29 December 2026');
    expect(email.priority).toBe('normal');
    expect(email.text).toContain('First contact due: by Tuesday 29 December 2026 (within 5 working days)\nReceived: Friday 18 December 2026 at 4:05pm\n');
    expect(email.text).toContain('Open the report: https://intake.example.org/staff/reports/ASB-2026-000124\n');
    expect(email.text).not.toContain('urgent');
    expect(email.text).not.toContain('Bass-heavy');
  });

  it('says where an outside-ASB report goes, and marks immediate danger urgent (British Summer Time received time)', () => {
    const email = composeAlertEmail(alertSummary(outsideAsbDangerReport, { staffLink: LINK, includeDetails: false }));
    expect(email.subject).toBe('URGENT: Report ASB-2026-000125, handled outside ASB (Neighbour dispute: tenancy management), immediate danger reported');
    expect(email.priority).toBe('high');
    expect(email.headers).toEqual({ 'X-ASB-Reference': 'ASB-2026-000125' });
    expect(email.text).toContain(
      'This is urgent: the person reporting said someone was in immediate danger.\n\n' +
        'Reference: ASB-2026-000125\nHandled by: Neighbour dispute: tenancy management\nReceived: Tuesday 14 July 2026 at 9:30am\n' +
        'Immediate danger: the person reporting said someone was in immediate danger. The form told them to call 999.\n',
    );
    expect(email.text).not.toContain('First contact due');
    expect(email.text).not.toContain('Tom Price');
  });

  it('includes what the tenant wrote and special-category details only when the landlord turns them on', () => {
    const email = composeAlertEmail(alertSummary(urgentHateReport, { staffLink: LINK, includeDetails: true }));
    expect(email.text).toContain(
      [
        'Details',
        '-------',
        'What is happening: Verbal abuse; Hate crime or hate incident',
        'Targeted because of: religion or belief; disability',
        'Flags: hate incident; risk of harm; vulnerable reporter',
        'Vulnerabilities: disability; mental health',
        'Where: Outside 11 Canal Street, by the bin store',
        'What they told us: Samira Haddad at number 9 shouted slurs about my headscarf and my wheelchair and said she would burn my door.',
        'Reported by: Aisha Rahman',
        'Phone: 07700 900 456',
        'Person reported: Samira Haddad',
        '',
        'This email includes personal details because the intake is set to send them (ALERT_INCLUDE_DETAILS). Do not forward it.',
      ].join('\n'),
    );
    expect(email.subject).not.toContain('Samira');
  });

  it('escapes everything in the HTML part, including text a tenant wrote', () => {
    const hostile = {
      ...mediumNoiseReport,
      report: { ...mediumNoiseReport.report, description: '<script>alert("x")</script> & <img src=x onerror=alert(1)>', location: '"><a href="https://evil.example">' },
    };
    const email = composeAlertEmail(alertSummary(hostile, { staffLink: 'https://hms.example.org/asb?ref=', includeDetails: true }));
    expect(email.html).toContain('<dd>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</dd>');
    expect(email.html).toContain('<dd>&quot;&gt;&lt;a href=&quot;https://evil.example&quot;&gt;</dd>');
    expect(email.html).toContain('<a href="https://hms.example.org/asb?ref=ASB-2026-000124">Open report ASB-2026-000124</a>');
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
  });
});
