import { defineContentScript } from 'wxt/utils/define-content-script';
import { followPage } from '../content/follow-page.ts';

/**
 * The in-page half of ASB Assist: banners, the mismatch prompt, live triage on new-case forms and
 * case-list badges, on the housing system's own pages. Registered at run time by the background
 * for the origins the officer grants (production); the e2e build registers it statically for the
 * fixture server (wxt.config.ts). Runs in every frame: Active H shows its pages in a frameset.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  allFrames: true,
  // Started before the page's HTML arrives, so the script's own start-up (and waking the
  // background) overlaps the page's loading; it reads the page at DOMContentLoaded (what the
  // adapters read), so the banner shows close to it. Pages that build their view later are
  // followed by follow-page.ts.
  runAt: 'document_start',
  // WXT tells an older copy of this script to stop with a DOM event; its extra window.postMessage
  // (kept by WXT for old versions) reaches the host page's own message listeners and costs the
  // page several milliseconds of main thread.
  noScriptStartedPostMessage: true,
  main: (ctx) => followPage(ctx),
});
