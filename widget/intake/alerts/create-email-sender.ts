import { createTransport } from 'nodemailer';
import type { AlertConfig } from './alert-config.ts';
import type { AlertSender } from './alert-sender.ts';
import { composeAlertEmail } from './compose-alert-email.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface EmailSenderOptions {
  /** Milliseconds to wait for the mail server's connection and greeting (default 15 000). */
  connectTimeoutMs?: number;
  /** Milliseconds of silence before giving up on a connection (default 30 000). */
  socketTimeoutMs?: number;
}

/**
 * Sends alert emails to the team through the landlord's mail server (SMTP, with nodemailer): one
 * connection per email. `smtps://` uses TLS from the start; `smtp://` upgrades with STARTTLS, which
 * is required unless the server is this machine or the URL ends `?requireTLS=false`. Resolves when the server has
 * accepted the email for every recipient; rejects when it cannot connect, refuses the message, or
 * refuses any recipient.
 *
 * @example
 * const email = createEmailSender(config.email!);
 * await email.send(alertSummary(stored, config)); // the team has it
 */
export function createEmailSender(settings: NonNullable<AlertConfig['email']>, options: EmailSenderOptions = {}): AlertSender {
  const connectTimeout = options.connectTimeoutMs ?? 15_000;
  const url = new URL(settings.smtpUrl);
  const transport = createTransport({
    url: settings.smtpUrl,
    // smtp:// to another machine must upgrade with STARTTLS (the password and the email are not
    // sent in the clear); `?requireTLS=false` in the URL allows a plain relay on a trusted network.
    requireTLS: url.protocol === 'smtp:' && !LOOPBACK_HOSTS.has(url.hostname),
    connectionTimeout: connectTimeout,
    greetingTimeout: connectTimeout,
    socketTimeout: options.socketTimeoutMs ?? 30_000,
    logger: false,
    debug: false,
  });
  return {
    async send(summary) {
      const email = composeAlertEmail(summary);
      const info = await transport.sendMail({
        from: settings.from,
        to: settings.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        priority: email.priority,
        headers: email.headers,
      });
      if (info.rejected.length > 0) throw new Error(`the mail server refused ${info.rejected.length} of ${settings.to.length} recipients`);
    },
    async close() {
      transport.close();
    },
  };
}
