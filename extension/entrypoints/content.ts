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
  // As soon as the page's HTML is parsed (what the adapters read), not when the browser is idle:
  // the banner shows close to DOMContentLoaded. Pages that build their view later are followed
  // by follow-page.ts.
  runAt: 'document_end',
  main: (ctx) => followPage(ctx),
});
