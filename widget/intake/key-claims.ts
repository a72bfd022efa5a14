/**
 * The idempotency keys being processed in this process right now, with their fingerprints: the
 * in-process half of {@link ReportStore.claim} (the store's atomic save is the cross-process half).
 *
 * @example
 * const claims = new KeyClaims();
 * claims.take('k', 'a') //=> undefined (taken)
 * claims.take('k', 'a') //=> 'a' (held by another request)
 */
export class KeyClaims {
  private readonly held = new Map<string, string>();

  /** Takes the key, or answers the fingerprint of the request already holding it. */
  take(key: string, fingerprint: string): string | undefined {
    const holder = this.held.get(key);
    if (holder !== undefined) return holder;
    this.held.set(key, fingerprint);
    return undefined;
  }

  /** Whether a request holds the key right now. */
  holds(key: string): boolean {
    return this.held.has(key);
  }

  release(key: string): void {
    this.held.delete(key);
  }
}
