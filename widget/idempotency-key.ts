/**
 * A new random UUID (version 4) for the `Idempotency-Key` of one report: `crypto.randomUUID`
 * where the page is a secure context (HTTPS), else built from `crypto.getRandomValues`.
 *
 * @example
 * newIdempotencyKey() //=> '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function newIdempotencyKey(): string {
  return (
    crypto.randomUUID?.() ??
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
      (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(c) / 4)))).toString(16),
    )
  );
}
