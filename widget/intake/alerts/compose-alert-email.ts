import { formatDateLong, formatTime } from '../../../core/index.ts';
import type { AlertSummary } from './alert-summary.ts';

/** An alert email, ready for nodemailer. */
export interface AlertEmail {
  subject: string;
  text: string;
  html: string;
  /** `'high'` for urgent reports: nodemailer adds `X-Priority: 1`, `Importance: High`. */
  priority: 'high' | 'normal';
  /** For the team's mail rules; never personal data. */
  headers: Record<string, string>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** "within 1 working day", "within 5 working days". */
function withinWorkingDays(days: number): string {
  return `within ${days} working ${days === 1 ? 'day' : 'days'}`;
}

/**
 * The email that tells the team about a new report: subject and plain-text body (and the same as
 * simple HTML, every value escaped) with the reference, level, first-contact date in words and the
 * staff link. Urgent reports (Level 1, or immediate danger reported) start the subject with
 * "URGENT" and carry high priority. Sensitive details appear only when the summary holds them.
 *
 * @example
 * composeAlertEmail(summary).subject
 * //=> 'URGENT: ASB report ASB-2026-000123, Level 1 High Risk, first contact by Monday 7 December 2026'
 */
export function composeAlertEmail(summary: AlertSummary): AlertEmail {
  const due = summary.firstContactDue ? formatDateLong(summary.firstContactDue) : null;
  const received = `${formatDateLong(summary.receivedAt)} at ${formatTime(summary.receivedAt)}`;

  let subject: string;
  if (summary.isAsb) {
    subject = `ASB report ${summary.reference}, ${summary.levelLabel ?? 'level not set'}`;
    if (summary.immediateDanger) subject += ', immediate danger reported';
    if (due) subject += `, first contact by ${due}`;
  } else {
    subject = `Report ${summary.reference}, handled outside ASB${summary.outsideAsbRoute ? ` (${summary.outsideAsbRoute})` : ''}`;
    if (summary.immediateDanger) subject += ', immediate danger reported';
  }
  if (summary.updatedAt) subject = `Updated: ${subject}`;
  if (summary.urgent) subject = `URGENT: ${subject}`;

  // Each line: [label, value]; a null label is a paragraph of its own.
  const lines: [string | null, string][] = [];
  lines.push([null, summary.isAsb ? 'A new anti-social behaviour report has come in.' : 'A new report has come in. The policy handles it outside anti-social behaviour.']);
  if (summary.updatedAt) {
    lines.push([null, `The person reporting changed their answers after sending, on ${formatDateLong(summary.updatedAt)} at ${formatTime(summary.updatedAt)}. This replaces the earlier version of ${summary.reference}: use these answers.`]);
  }
  if (summary.urgent) {
    lines.push([null, summary.level === 'high' ? `This is urgent: it is ${summary.levelLabel ?? 'the highest level'}.` : 'This is urgent: the person reporting said someone was in immediate danger.']);
  }
  lines.push(['Reference', summary.reference]);
  if (summary.isAsb) {
    lines.push(['Level', summary.levelLabel ?? 'not set']);
    if (due && summary.firstContactWorkingDays !== null) lines.push(['First contact due', `by ${due} (${withinWorkingDays(summary.firstContactWorkingDays)})`]);
  } else {
    lines.push(['Handled by', summary.outsideAsbRoute ?? 'a route outside ASB']);
  }
  lines.push(['Received', received]);
  if (summary.immediateDanger) lines.push(['Immediate danger', 'the person reporting said someone was in immediate danger. The form told them to call 999.']);
  lines.push(['Policy', summary.policyId]);

  const d = summary.details;
  const detailLines: [string, string][] = [];
  if (d) {
    detailLines.push(['What is happening', d.behaviours.join('; ')]);
    if (d.perceivedHate.length > 0) detailLines.push(['Targeted because of', d.perceivedHate.join('; ')]);
    if (d.flags.length > 0) detailLines.push(['Flags', d.flags.join('; ')]);
    if (d.vulnerabilities.length > 0) detailLines.push(['Vulnerabilities', d.vulnerabilities.join('; ')]);
    detailLines.push(['Where', d.location]);
    detailLines.push(['What they told us', d.description]);
    if (d.reporter.anonymous) detailLines.push(['Reported by', 'anonymous']);
    else {
      detailLines.push(['Reported by', d.reporter.name]);
      if (d.reporter.phone) detailLines.push(['Phone', d.reporter.phone]);
      if (d.reporter.email) detailLines.push(['Email', d.reporter.email]);
    }
    if (d.reportedPersonName) detailLines.push(['Person reported', d.reportedPersonName]);
  }
  const closing = d
    ? 'This email includes personal details because the intake is set to send them (ALERT_INCLUDE_DETAILS). Do not forward it.'
    : 'This email leaves out what the person wrote, names and sensitive details. Open the report to read them.';

  const text = [
    ...lines.map(([label, value]) => (label === null ? `${value}\n` : `${label}: ${value}`)),
    '',
    summary.staffUrl ? `Open the report: ${summary.staffUrl}` : 'Open the report in the staff tools.',
    ...(d ? ['', 'Details', '-------', ...detailLines.map(([label, value]) => `${label}: ${value}`)] : []),
    '',
    closing,
    '',
  ].join('\n');

  const dl = (items: [string, string][]) => `<dl>\n${items.map(([l, v]) => `<dt>${escapeHtml(l)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}\n</dl>`;
  const html = [
    '<!doctype html><html lang="en"><body>',
    ...lines.filter(([l]) => l === null).map(([, v]) => `<p>${escapeHtml(v)}</p>`),
    dl(lines.filter((line): line is [string, string] => line[0] !== null)),
    summary.staffUrl ? `<p><a href="${escapeHtml(summary.staffUrl)}">Open report ${escapeHtml(summary.reference)}</a></p>` : '<p>Open the report in the staff tools.</p>',
    ...(d ? ['<h2>Details</h2>', dl(detailLines)] : []),
    `<p>${escapeHtml(closing)}</p>`,
    '</body></html>',
  ].join('\n');

  const headers: Record<string, string> = { 'X-ASB-Reference': summary.reference };
  if (summary.level) headers['X-ASB-Level'] = summary.level;
  return { subject, text, html, priority: summary.urgent ? 'high' : 'normal', headers };
}
