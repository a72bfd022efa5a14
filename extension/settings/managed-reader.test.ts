import { describe, expect, it, vi } from 'vitest';
import { createManagedReader, MANAGED_CACHE_KEY } from './managed-reader.ts';

function fakeLocal(initial: Record<string, unknown> = {}) {
  const items = { ...initial };
  return {
    items,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    set: async (more: Record<string, unknown>) => void Object.assign(items, more),
  };
}

describe('createManagedReader', () => {
  it('returns the managed values when they come quickly, and keeps them for next time', async () => {
    const local = fakeLocal();
    const read = createManagedReader({ readManaged: async () => ({ officerName: 'Sam' }), local });
    expect(await read()).toEqual({ officerName: 'Sam' });
    expect(local.items[MANAGED_CACHE_KEY]).toEqual({ officerName: 'Sam' });
  });

  it('answers with last time\'s values while the browser is slow, then reports the new ones', async () => {
    vi.useFakeTimers();
    let release: (v: Record<string, unknown>) => void = () => undefined;
    const slow = new Promise<Record<string, unknown>>((resolve) => (release = resolve));
    const onLate = vi.fn();
    const local = fakeLocal({ [MANAGED_CACHE_KEY]: { officerName: 'Old' } });
    const read = createManagedReader({ readManaged: () => slow, local }, { waitMs: 300, onLate });
    const first = read();
    await vi.advanceTimersByTimeAsync(300);
    expect(await first).toEqual({ officerName: 'Old' });
    release({ officerName: 'New' });
    await vi.runAllTimersAsync();
    expect(onLate).toHaveBeenCalledWith({ officerName: 'New' });
    expect(await read()).toEqual({ officerName: 'New' });
    vi.useRealTimers();
  });

  it('treats a failed read as no managed settings', async () => {
    const read = createManagedReader({ readManaged: async () => Promise.reject(new Error('no policy')), local: fakeLocal() });
    expect(await read()).toEqual({});
  });
});
