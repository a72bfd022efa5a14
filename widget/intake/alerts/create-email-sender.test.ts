import { afterEach, describe, expect, it } from 'vitest';
import { alertSummary } from './alert-summary.ts';
import { createEmailSender } from './create-email-sender.ts';
import { readEmail, startLocalSmtpServer, type LocalSmtpServer } from './local-smtp-server.ts';
import { mediumNoiseReport } from './stored-report-fixtures.ts';

const servers: LocalSmtpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

const summary = alertSummary(mediumNoiseReport, { staffLink: 'https://hms.example.org/asb/{reference}', includeDetails: false });
const settings = (url: string) => ({ smtpUrl: url, to: ['asb-team@example.org', 'duty@example.org'], from: 'alerts@example.org' });

describe('createEmailSender', () => {
  it('delivers one email to every team address', async () => {
    const smtp = await startLocalSmtpServer();
    servers.push(smtp);
    const sender = createEmailSender(settings(`smtp://127.0.0.1:${smtp.port}`));
    await sender.send(summary);
    await sender.close();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['asb-team@example.org', 'duty@example.org']);
    expect(readEmail(smtp.received[0]!.raw).headers.get('subject')).toBe('ASB report ASB-2026-000124, Level 2 Medium Risk, first contact by Tuesday 29 December 2026');
  });

  it('refuses to send in the clear to another machine unless the URL allows a plain relay', async () => {
    // 127.0.0.2 is this machine too, but not by a name the sender trusts: it stands for a mail
    // server elsewhere that does not offer STARTTLS.
    const smtp = await startLocalSmtpServer(0, '127.0.0.2');
    servers.push(smtp);
    await expect(createEmailSender(settings(`smtp://127.0.0.2:${smtp.port}`)).send(summary)).rejects.toThrow(/STARTTLS/i);
    expect(smtp.received).toHaveLength(0);
    await createEmailSender(settings(`smtp://127.0.0.2:${smtp.port}?requireTLS=false`)).send(summary);
    expect(smtp.received).toHaveLength(1);
  });

  it('fails when the server refuses one of the team addresses, so the alert is tried again rather than counted as sent', async () => {
    const smtp = await startLocalSmtpServer(0, '127.0.0.1', { refuseRecipients: ['duty@example.org'] });
    servers.push(smtp);
    await expect(createEmailSender(settings(`smtp://127.0.0.1:${smtp.port}`)).send(summary)).rejects.toThrow('the mail server refused 1 of 2 recipients');
  });

  it('fails when the mail server cannot be reached', async () => {
    const smtp = await startLocalSmtpServer();
    await smtp.stop();
    await expect(createEmailSender(settings(`smtp://127.0.0.1:${smtp.port}`)).send(summary)).rejects.toThrow(/ECONNREFUSED/);
  });
});
