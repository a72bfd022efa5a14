import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/*
 * Test support: a real SMTP server on this machine (the smtp-server package), keeping every email
 * it accepts, and a small reader for what it received.
 */

export interface ReceivedEmail {
  from: string;
  to: string[];
  raw: string;
}

export interface LocalSmtpServer {
  port: number;
  received: ReceivedEmail[];
  stop(): Promise<void>;
}

/** Starts on `host`:`port` (default 127.0.0.1 and a free port), plain SMTP without STARTTLS or login; refuses the recipients listed. */
export async function startLocalSmtpServer(port = 0, host = '127.0.0.1', options: { refuseRecipients?: string[] } = {}): Promise<LocalSmtpServer> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 1000,
    onRcptTo(address, _session, callback) {
      if (options.refuseRecipients?.includes(address.address)) callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headers (names lower-cased, folded lines joined) and the decoded text/plain part of an email. */
export function readEmail(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headerBlock = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of headerBlock.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  // The text/plain part: its own headers, a blank line, then the body up to the next boundary.
  const part = /Content-Type: text\/plain[^\r\n]*\r\n((?:[^\r\n]+\r\n)*)\r\n([\s\S]*?)\r\n--/i.exec(raw);
  if (!part) throw new Error('the email has no text/plain part');
  const encoding = /Content-Transfer-Encoding: *([\w-]+)/i.exec(part[1]!)?.[1]?.toLowerCase() ?? '7bit';
  let text = part[2]!;
  if (encoding === 'quoted-printable') {
    text = text.replace(/=\r\n/g, '');
    text = Buffer.from(text.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
  } else if (encoding === 'base64') {
    text = Buffer.from(text, 'base64').toString('utf8');
  }
  return { headers, text: text.replace(/\r\n/g, '\n') };
}
