/**
 * Calls `onExit` when the Shift key is pressed three times within five seconds with no other
 * key between, as the GOV.UK "Exit this page" component does. Returns a function that stops
 * listening.
 *
 * @example
 * const stop = onShiftPressedThreeTimes(document, () => exit()); // Shift, Shift, Shift → exit()
 */
export function onShiftPressedThreeTimes(target: EventTarget, onExit: () => void, windowMs = 5000): () => void {
  let count = 0;
  let first = 0;
  const listener = (event: Event) => {
    const e = event as KeyboardEvent;
    if (e.key !== 'Shift') {
      count = 0;
      return;
    }
    if (e.repeat) return;
    if (count === 0 || e.timeStamp - first > windowMs) {
      count = 0;
      first = e.timeStamp;
    }
    if (++count === 3) {
      count = 0;
      onExit();
    }
  };
  // Capturing, so a keydown stopped inside the page still counts.
  const options = { capture: true };
  target.addEventListener('keydown', listener, options);
  return () => target.removeEventListener('keydown', listener, options);
}
