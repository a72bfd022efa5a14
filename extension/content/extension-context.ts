import type { ExtensionContext } from '../messaging/messages.ts';
import { sendMessage } from '../messaging/messaging.ts';

/** The context the content script works with, and where it came from. */
export interface LoadedContext extends ExtensionContext {
  /** 'fallback': the background did not answer, so the model policy is used for now. */
  source: 'background' | 'fallback';
}

/**
 * Asks the background for the officer's policy and settings. When it does not answer (not
 * started yet, or an older background), says why in the console and falls back to the model
 * policy, so the page still gets its prompts; the caller asks again on the next page. The model
 * policy is loaded only then (fallback-policy.ts), not on every page.
 *
 * @example
 * (await loadExtensionContext()).policy.id //=> 'model' on a new installation
 */
export async function loadExtensionContext(): Promise<LoadedContext> {
  try {
    return { ...(await sendMessage({ type: 'get-context' })), source: 'background' };
  } catch (error) {
    console.warn(`ASB Assist: the background did not give the policy (${error instanceof Error ? error.message : String(error)}); using the model policy for now.`);
    const { fallbackPolicy } = await import('./fallback-policy.ts');
    return { policy: fallbackPolicy(), officerName: '', notificationsOn: false, hosts: [], source: 'fallback' };
  }
}
