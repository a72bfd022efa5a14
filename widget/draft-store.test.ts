import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftStore } from './draft-store.ts';

/** sessionStorage as a browser has it (node has none). */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

describe('draftStore', () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', fakeStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the answers, the page and the Idempotency-Key until cleared', () => {
    expect(draftStore.load()).toBeUndefined();
    draftStore.save({ answers: { immediateDanger: 'no', behaviours: ['drugs'] }, step: 2, key: 'k-1' });
    expect(draftStore.load()).toEqual({ answers: { immediateDanger: 'no', behaviours: ['drugs'] }, step: 2, key: 'k-1' });
    draftStore.clear();
    expect(draftStore.load()).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the key of an earlier version the server stored, which the next send must name', () => {
    draftStore.save({ answers: {}, step: 8, key: 'k-2', replaces: 'k-1' });
    expect(draftStore.load()).toEqual({ answers: {}, step: 8, key: 'k-2', replaces: 'k-1' });
  });

  it('ignores a damaged draft', () => {
    sessionStorage.setItem('asb-report-form:draft', '{"answers": 1');
    expect(draftStore.load()).toBeUndefined();
    sessionStorage.setItem('asb-report-form:draft', '{"step": "two"}');
    expect(draftStore.load()).toBeUndefined();
  });

  it('carries on without storage when the browser refuses it', () => {
    const refusing = fakeStorage();
    refusing.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    vi.stubGlobal('sessionStorage', refusing);
    expect(() => draftStore.save({ answers: {}, step: 0, key: 'k' })).not.toThrow();
    vi.stubGlobal('sessionStorage', undefined);
    expect(draftStore.load()).toBeUndefined();
    expect(() => draftStore.clear()).not.toThrow();
  });
});
