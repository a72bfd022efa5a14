import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageScope } from './page-scope.ts';

/** Only what createPageScope uses of WXT's context: its signal. */
const fakeContext = () => {
  const controller = new AbortController();
  return { ctx: { signal: controller.signal } as ContentScriptContext, invalidate: () => controller.abort() };
};

describe('createPageScope', () => {
  it('ends when the page changes', () => {
    const { ctx } = fakeContext();
    const scope = createPageScope(ctx);
    let calls = 0;
    const target = new EventTarget();
    target.addEventListener('ping', () => calls++, { signal: scope.signal });
    target.dispatchEvent(new Event('ping'));
    scope.end();
    target.dispatchEvent(new Event('ping'));
    expect(calls).toBe(1);
    expect(scope.signal.aborted).toBe(true);
  });

  it('ends when WXT invalidates the content script', () => {
    const { ctx, invalidate } = fakeContext();
    const scope = createPageScope(ctx);
    invalidate();
    expect(scope.signal.aborted).toBe(true);
  });

  it('leaves the content script running when one page ends', () => {
    const { ctx } = fakeContext();
    createPageScope(ctx).end();
    expect(ctx.signal.aborted).toBe(false);
  });
});
