import { afterEach, describe, expect, it, vi } from 'vitest';
import { policies } from '../../core/index.ts';
import type { Message } from '../messaging/messages.ts';

const sent = vi.hoisted(() => ({ answer: null as unknown }));
vi.mock('../messaging/messaging.ts', () => ({
  sendMessage: async (message: Message) => {
    if (sent.answer instanceof Error) throw sent.answer;
    return message.type === 'get-context' ? sent.answer : undefined;
  },
}));
const { loadExtensionContext } = await import('./extension-context.ts');

describe('loadExtensionContext', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives what the background answers', async () => {
    const policy = policies['plus-dane']!;
    sent.answer = { policy, officerName: 'Sam', notificationsOn: true, hosts: [] };
    expect(await loadExtensionContext()).toEqual({ policy, officerName: 'Sam', notificationsOn: true, hosts: [] });
  });

  it('gives nothing, and says why, when the background does not answer (no policy but the landlord\'s is used)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    sent.answer = new Error('get-context: no answer (nothing is listening for this message)');
    expect(await loadExtensionContext()).toBeNull();
    expect(warn.mock.calls[0]?.[0]).toContain('nothing is listening');
  });
});
