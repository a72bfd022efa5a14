import type { AlertConfig } from './alert-config.ts';
import type { AlertChannel } from './alert-outbox.ts';

/**
 * The channels a store queues an outbox item for with each report it saves: `'email'` when SMTP
 * is set, `'webhook'` when a webhook URL is, none when alerts are off.
 *
 * @example
 * alertChannels(parseAlertConfig(process.env)) //=> ['email', 'webhook']
 * alertChannels(parseAlertConfig({})) //=> []
 */
export function alertChannels(config: AlertConfig): AlertChannel[] {
  const channels: AlertChannel[] = [];
  if (config.email) channels.push('email');
  if (config.webhook) channels.push('webhook');
  return channels;
}
