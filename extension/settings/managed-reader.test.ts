import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManagedReader, MANAGED_CACHE_KEY } from './managed-reader.ts';

function fakeLocal(initial: Record<string, unknown> = {}) {
  const items = { ...initial };
  return {
    items,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    set: async (more: Record<string, unknown>) => void Object.assign(items, more),
  };
}

/** A managed read that answers only when released. */
function slowRead() {
  let release: (v: Record<string, unknown>) => void = () => undefined;
  const read = new Promise<Record<string, unknown>>((resolve) => (release = resolve));
  return { readManaged: () => read, release: (v: Record<string, unknown>) => release(v) };
}

/** What a call answers once the microtasks queued so far have run ('pending' if it still waits). */
function track<T>(promise: Promise<T>): { value: T | 'pending' } {
  const box: { value: T | 'pending' } = { value: 'pending' };
  void promise.then((v) => (box.value = v));
  return box;
}

describe('createManagedReader', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the managed values when they come quickly, and keeps them for next time', async () => {
    const local = fakeLocal();
    const read = createManagedReader({ readManaged: async () => ({ officerName: 'Sam' }), local });
    expect(await read()).toEqual({ officerName: 'Sam' });
    expect(local.items[MANAGED_CACHE_KEY]).toEqual({ officerName: 'Sam' });
  });

  it('answers at once with last time\'s values while the browser is slow, then reports the new ones', async () => {
    vi.useFakeTimers();
    const slow = slowRead();
    const onLate = vi.fn();
    const local = fakeLocal({ [MANAGED_CACHE_KEY]: { officerName: 'Old' } });
    const read = createManagedReader({ readManaged: slow.readManaged, local }, { waitMs: 300, onLate });
    const first = track(read());
    await vi.advanceTimersByTimeAsync(0); // no time passes: no waiting for the browser
    expect(first.value).toEqual({ officerName: 'Old' });
    slow.release({ officerName: 'New' });
    await vi.runAllTimersAsync();
    expect(onLate).toHaveBeenCalledWith({ officerName: 'New' });
    expect(await read()).toEqual({ officerName: 'New' });
    expect(local.items[MANAGED_CACHE_KEY]).toEqual({ officerName: 'New' });
  });

  it('answers at once when last time there were no managed settings, and stays quiet when there still are none', async () => {
    vi.useFakeTimers();
    const slow = slowRead();
    const onLate = vi.fn();
    const read = createManagedReader({ readManaged: slow.readManaged, local: fakeLocal({ [MANAGED_CACHE_KEY]: {} }) }, { onLate });
    const first = track(read());
    await vi.advanceTimersByTimeAsync(0);
    expect(first.value).toEqual({});
    slow.release({});
    await vi.runAllTimersAsync();
    expect(onLate).not.toHaveBeenCalled();
  });

  it('on a new installation waits for the browser once, at most waitMs, then answers at once', async () => {
    vi.useFakeTimers();
    const slow = slowRead();
    const onLate = vi.fn();
    const read = createManagedReader({ readManaged: slow.readManaged, local: fakeLocal() }, { waitMs: 300, onLate });
    const first = track(read());
    const together = track(read());
    await vi.advanceTimersByTimeAsync(299);
    expect(first.value).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(first.value).toEqual({});
    expect(together.value).toEqual({});
    const later = track(read());
    await vi.advanceTimersByTimeAsync(0);
    expect(later.value).toEqual({});
    slow.release({ notificationsOn: false });
    await vi.runAllTimersAsync();
    expect(onLate).toHaveBeenCalledWith({ notificationsOn: false });
    expect(await read()).toEqual({ notificationsOn: false });
  });

  it('keeps even "none" for next time, so the next start does not wait', async () => {
    const local = fakeLocal();
    const read = createManagedReader({ readManaged: async () => ({}), local });
    expect(await read()).toEqual({});
    expect(local.items[MANAGED_CACHE_KEY]).toEqual({});
  });

  it('asks the browser again behind each answer, one read at a time, and reports a change', async () => {
    let managed: Record<string, unknown> = { officerName: 'Sam' };
    let reads = 0;
    const onLate = vi.fn();
    const local = fakeLocal({ [MANAGED_CACHE_KEY]: { officerName: 'Sam' } });
    const read = createManagedReader({ readManaged: async () => (reads++, managed), local }, { onLate });
    await vi.waitFor(() => expect(reads).toBe(1));
    expect(await read()).toEqual({ officerName: 'Sam' });
    managed = { officerName: 'Sam Patel' };
    // The organisation changed its settings: the first caller after gets what was known, and the change is reported.
    expect(await read()).toEqual({ officerName: 'Sam' });
    await vi.waitFor(() => expect(onLate).toHaveBeenCalledWith({ officerName: 'Sam Patel' }));
    expect(await read()).toEqual({ officerName: 'Sam Patel' });
    expect(local.items[MANAGED_CACHE_KEY]).toEqual({ officerName: 'Sam Patel' });
    expect(onLate).toHaveBeenCalledTimes(1);
  });

  it('never has two reads of the browser under way', async () => {
    vi.useFakeTimers();
    const slow = slowRead();
    let reads = 0;
    const read = createManagedReader({ readManaged: () => (reads++, slow.readManaged()), local: fakeLocal({ [MANAGED_CACHE_KEY]: {} }) });
    await Promise.all([read(), read(), read()]);
    expect(reads).toBe(1);
  });

  it('treats a failed read as no managed settings', async () => {
    const read = createManagedReader({ readManaged: async () => Promise.reject(new Error('no policy')), local: fakeLocal() });
    expect(await read()).toEqual({});
  });
});
