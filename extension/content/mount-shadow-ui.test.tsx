import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountShadowUi, mountShadowUis } from './mount-shadow-ui.ts';

/** Only what the mount uses of WXT's context: whether it is still valid, and its invalidation. */
function fakeContext() {
  const callbacks: Array<() => void> = [];
  const ctx = { isInvalid: false, onInvalidated: (cb: () => void) => void callbacks.push(cb) };
  return {
    ctx: ctx as unknown as ContentScriptContext,
    invalidate: () => {
      ctx.isInvalid = true;
      for (const cb of callbacks) cb();
    },
  };
}

let page: Document;
const realDocument = globalThis.document;

beforeEach(() => {
  page = parseHTML('<html><body><main>Host</main><table><tbody><tr><td class="ref">ASB/1</td></tr><tr><td class="ref">ASB/2</td></tr></tbody></table></body></html>').document as unknown as Document;
  globalThis.document = page;
});
afterEach(() => {
  globalThis.document = realDocument;
});

describe('mountShadowUis', () => {
  it('puts each view in its own open shadow root, after its anchor\'s content, with the CSS', () => {
    const cells = [...page.querySelectorAll('td.ref')];
    const uis = mountShadowUis(fakeContext().ctx, new AbortController().signal, { name: 'badge', css: '.b { color: red }' }, cells.map((cell, i) => ({ anchor: cell, append: 'last', view: <span class="b">badge {i + 1}</span> })));
    expect(uis).toHaveLength(2);
    expect(cells.map((cell) => cell.lastElementChild?.tagName)).toEqual(['ASB-ASSIST-BADGE', 'ASB-ASSIST-BADGE']);
    expect(cells[0]!.firstChild?.textContent).toBe('ASB/1');
    expect(uis![1]!.shadow.querySelector('style')?.textContent).toBe('.b { color: red }');
    expect(uis![1]!.shadow.querySelector('span')?.textContent).toBe('badge 2');
  });

  it('redraws in place, and removes everything when the page\'s scope ends', () => {
    const controller = new AbortController();
    const uis = mountShadowUis(fakeContext().ctx, controller.signal, { name: 'badge', css: '' }, [...page.querySelectorAll('td.ref')].map((anchor) => ({ anchor, append: 'last', view: <span>old</span> })));
    uis![0]!.update(<span>new</span>);
    expect(uis![0]!.shadow.querySelector('span')?.textContent).toBe('new');
    controller.abort();
    expect(page.querySelectorAll('asb-assist-badge')).toHaveLength(0);
  });

  it('removes everything when the extension is updated (WXT invalidates the context)', () => {
    const { ctx, invalidate } = fakeContext();
    mountShadowUi(ctx, new AbortController().signal, { name: 'banner', css: '', anchor: page.body, append: 'first', view: <aside>Banner</aside> });
    expect(page.body.firstElementChild?.tagName).toBe('ASB-ASSIST-BANNER');
    invalidate();
    expect(page.querySelector('asb-assist-banner')).toBeNull();
  });

  it('mounts nothing once the page has changed', () => {
    const controller = new AbortController();
    controller.abort();
    expect(mountShadowUi(fakeContext().ctx, controller.signal, { name: 'banner', css: '', anchor: page.body, append: 'first', view: <aside>Banner</aside> })).toBeNull();
    expect(page.querySelector('asb-assist-banner')).toBeNull();
  });
});
