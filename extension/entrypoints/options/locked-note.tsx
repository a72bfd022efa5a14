/**
 * Said beside a setting the organisation has set (managed storage): it cannot be changed here.
 *
 * @example
 * <LockedNote id="region-locked" /> //=> 'Set by your organisation'
 */
export function LockedNote({ id }: { id: string }) {
  return (
    <p id={id} class="locked-note">
      Set by your organisation
    </p>
  );
}
