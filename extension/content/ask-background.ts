import type { MessageOf } from '../messaging/messaging.ts';
import type { MessageResponse } from '../messaging/messages.ts';

/** The messages a host page's features send to have their view worked out in the background. */
export type ShowMessage = 'show-case' | 'show-list' | 'show-new-case';

/**
 * Asks the background for what a feature draws (page-handlers.ts answers). Null when the officer's
 * host rules give the page another adapter than the one it was read with (the page watcher reads it
 * again with that one); throws, like sendMessage, when the background cannot be reached or refuses
 * what the page read (a feature's first draw lets it through to the page watcher, which asks again
 * shortly). Given to each feature by the page watcher (follow-page.ts), which keeps the host rules
 * the answers carry.
 *
 * @example
 * const banner = await ask({ type: 'show-case', url: location.href, case: hostCase, store: true });
 * banner?.level //=> { kind: 'asb', level: 'high', label: 'Level 1 High Risk' }
 */
export type AskBackground = <T extends ShowMessage>(message: MessageOf<T>) => Promise<MessageResponse<T>['view']>;
