import { browser, type Browser } from 'wxt/browser';
import type { Message, MessageResponse } from './messages.ts';

/** One message of the protocol, picked by its type. */
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/**
 * What travels back over the wire: every reply is wrapped, so an error thrown by a handler reaches
 * the sender as an `Error` with the handler's message, not as `undefined`.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Returned (synchronously) by a handler to leave a message to another listener: a frame of a page
 * that has no notes field lets the frame that has one answer "insert-note-in-page".
 *
 * @example
 * onMessage({ 'insert-note-in-page': (m) => (notesField ? insertNote(notesField, m.text) : PASS) })
 */
export const PASS: unique symbol = Symbol('pass');

/** A handler for one message type; may answer at once, with a promise, or {@link PASS}. */
export type MessageHandler<T extends Message['type']> = (
  message: MessageOf<T>,
  sender: Browser.runtime.MessageSender,
) => MessageResponse<T> | Promise<MessageResponse<T>> | typeof PASS;

/** Handlers by message type; a type without a handler is left to other listeners. */
export type MessageHandlers = { [T in Message['type']]?: MessageHandler<T> };

/**
 * The answer inside a reply envelope. Throws an `Error` starting with the message type when
 * nothing answered or the handler failed. Every sender reads replies through it.
 *
 * @example
 * readReply('recompute', { ok: true, value: { overdue: 2 } }) //=> { overdue: 2 }
 * readReply('recompute', { ok: false, error: 'Database closed' }) // throws 'recompute: Database closed'
 */
export function readReply<T extends Message['type']>(type: T, reply: unknown): MessageResponse<T> {
  if (reply === undefined || reply === null || typeof reply !== 'object' || !('ok' in reply)) {
    throw new Error(`${type}: no answer (nothing is listening for this message)`);
  }
  const envelope = reply as Envelope<MessageResponse<T>>;
  if (!envelope.ok) throw new Error(`${type}: ${envelope.error}`);
  return envelope.value;
}

/** Anything with `runtime.sendMessage`: `browser`, or a test's stand-in. */
export interface MessageSender {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Sends a message through the given API and returns its typed answer ({@link readReply}). For
 * code that takes the extension API as a parameter (the side panel's and options page's services).
 *
 * @example
 * await sendMessageVia(browser, { type: 'recompute' }) //=> { overdue: 0 }
 */
export async function sendMessageVia<T extends Message['type']>(api: MessageSender, message: MessageOf<T>): Promise<MessageResponse<T>> {
  return readReply(message.type as T, await api.runtime.sendMessage(message));
}

/**
 * Sends a message to the background (or, from the background, to the extension's pages) and
 * returns its typed answer. Throws an `Error` starting with the message type when nothing answers
 * or the handler failed.
 *
 * @example
 * const { hosts } = await sendMessage({ type: 'get-hosts' });
 * hosts //=> [{ match: 'https://hms.example.org/*', system: 'activeh' }]
 */
export async function sendMessage<T extends Message['type']>(message: MessageOf<T>): Promise<MessageResponse<T>> {
  return sendMessageVia(browser, message);
}

/**
 * Sends a message to the content script of one tab (background → page), typed like
 * {@link sendMessage}.
 *
 * @example
 * await sendTabMessage(tabId, { type: 'insert-note-in-page', text: 'Letter sent' })
 * //=> { inserted: true }
 */
export async function sendTabMessage<T extends Message['type']>(tabId: number, message: MessageOf<T>): Promise<MessageResponse<T>> {
  return readReply(message.type as T, await browser.tabs.sendMessage(tabId, message));
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** A `runtime.onMessage` listener. */
export type MessageListener = (
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
) => true | undefined;

/**
 * The listener that answers the messages `handlers` names, in the envelope {@link readReply}
 * expects, through `sendResponse` (works in Chrome and Firefox). Other messages are ignored, so
 * several listeners can share the channel; a handler returning {@link PASS} leaves the message
 * too. A handler is called synchronously, so it may call an API that needs the user gesture that
 * sent the message (`sidePanel.open`) before it awaits anything.
 *
 * @example
 * browser.runtime.onMessage.addListener(messageListener({ recompute: async () => ({ overdue: 0 }) }));
 */
export function messageListener(handlers: MessageHandlers): MessageListener {
  return (raw, sender, sendResponse) => {
    if (!isMessage(raw)) return undefined;
    const handler = handlers[raw.type] as MessageHandler<Message['type']> | undefined;
    if (!handler) return undefined;
    let answer: ReturnType<MessageHandler<Message['type']>>;
    try {
      answer = handler(raw as never, sender);
    } catch (error) {
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Envelope<unknown>);
      return true;
    }
    if (answer === PASS) return undefined;
    Promise.resolve(answer).then(
      (value) => sendResponse({ ok: true, value } satisfies Envelope<unknown>),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Envelope<unknown>),
    );
    return true;
  };
}

/**
 * Listens for protocol messages and answers those that `handlers` names ({@link messageListener}).
 * Returns a function that stops listening.
 *
 * @example
 * const stop = onMessage({ 'get-hosts': async () => ({ hosts: [] }) });
 * stop(); // no longer listening
 */
export function onMessage(handlers: MessageHandlers): () => void {
  const listener = messageListener(handlers);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
