import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PASS, onMessage, readReply, sendMessage, sendMessageVia } from './messaging.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

afterEach(() => fakeBrowser.reset());

describe('sendMessage and onMessage', () => {
  it('delivers a typed answer', async () => {
    const stop = onMessage({ 'open-side-panel': (message) => ({ opened: message.key === 'activeh:ASB/1' }) });
    await expect(sendMessage({ type: 'open-side-panel', key: 'activeh:ASB/1' })).resolves.toEqual({ opened: true });
    stop();
  });

  it('waits for an asynchronous answer', async () => {
    onMessage({ recompute: async () => ({ overdue: 3 }) });
    await expect(sendMessage({ type: 'recompute' })).resolves.toEqual({ overdue: 3 });
  });

  it('turns a failing handler into an error naming the message', async () => {
    onMessage({
      'get-hosts': () => {
        throw new Error('settings: policy JSON is not valid');
      },
    });
    await expect(sendMessage({ type: 'get-hosts' })).rejects.toThrow('get-hosts: settings: policy JSON is not valid');
  });

  it('says so when nothing answers the message type', async () => {
    onMessage({ recompute: () => ({ overdue: 0 }) });
    await expect(sendMessage({ type: 'get-hosts' })).rejects.toThrow('get-hosts: no answer');
  });

  it('lets a handler pass a message on to another listener', async () => {
    onMessage({ 'insert-note-in-page': () => PASS });
    onMessage({ 'insert-note-in-page': (m) => ({ inserted: m.text.length > 0 }) });
    await expect(sendMessage({ type: 'insert-note-in-page', text: 'Letter sent' })).resolves.toEqual({ inserted: true });
  });

  it('stops answering once stopped', async () => {
    const stop = onMessage({ recompute: () => ({ overdue: 1 }) });
    stop();
    await expect(sendMessage({ type: 'recompute' })).rejects.toThrow();
  });
});

describe('readReply and sendMessageVia', () => {
  it('gives the value of a good envelope and throws, naming the message type, on a failed or missing one', () => {
    expect(readReply('recompute', { ok: true, value: { overdue: 2 } })).toEqual({ overdue: 2 });
    expect(() => readReply('recompute', { ok: false, error: 'Database closed' })).toThrow('recompute: Database closed');
    expect(() => readReply('get-hosts', undefined)).toThrow('get-hosts: no answer (nothing is listening for this message)');
    expect(() => readReply('get-hosts', 'hello')).toThrow('get-hosts: no answer');
  });

  it('sends through the API it is given', async () => {
    const sent: unknown[] = [];
    const api = { runtime: { sendMessage: async (m: unknown) => (sent.push(m), { ok: true, value: { overdue: 4 } }) } };
    expect(await sendMessageVia(api, { type: 'recompute', key: 'activeh:ASB-9' })).toEqual({ overdue: 4 });
    expect(sent).toEqual([{ type: 'recompute', key: 'activeh:ASB-9' }]);
  });
});
