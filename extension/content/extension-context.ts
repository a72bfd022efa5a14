import type { ExtensionContext } from '../messaging/messages.ts';
import { sendMessage } from '../messaging/messaging.ts';

/**
 * Asks the background for the officer's policy and settings. When it does not answer (not
 * started yet, or an older background), says why in the console and returns null: the page shows
 * nothing rather than prompts worked out by a policy other than the landlord's, and the caller
 * asks again. (The content script used to fall back to the model policy; bundling the presets
 * and the policy schema for that made every page evaluate them before its banner.)
 *
 * @example
 * (await loadExtensionContext())?.policy.id //=> 'plus-dane'
 */
export async function loadExtensionContext(): Promise<ExtensionContext | null> {
  try {
    return await sendMessage({ type: 'get-context' });
  } catch (error) {
    console.warn(`ASB Assist: the background did not give the policy (${error instanceof Error ? error.message : String(error)}); asking again shortly.`);
    return null;
  }
}
