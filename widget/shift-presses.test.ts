import { describe, expect, it } from 'vitest';
import { onShiftPressedThreeTimes } from './shift-presses.ts';

/** A key press as the listener sees it. */
const press = (target: EventTarget, key: string, timeStamp: number, repeat = false) => {
  const event = new Event('keydown');
  Object.defineProperties(event, { key: { value: key }, repeat: { value: repeat }, timeStamp: { value: timeStamp } });
  target.dispatchEvent(event);
};

describe('onShiftPressedThreeTimes', () => {
  it('fires on the third Shift within five seconds', () => {
    const target = new EventTarget();
    let exits = 0;
    onShiftPressedThreeTimes(target, () => exits++);
    press(target, 'Shift', 0);
    press(target, 'Shift', 1000);
    expect(exits).toBe(0);
    press(target, 'Shift', 2000);
    expect(exits).toBe(1);
  });

  it('does not fire for Shift held down, used for capitals, or pressed slowly', () => {
    const target = new EventTarget();
    let exits = 0;
    onShiftPressedThreeTimes(target, () => exits++);
    press(target, 'Shift', 0);
    press(target, 'Shift', 10, true);
    press(target, 'Shift', 20, true);
    press(target, 'Shift', 100);
    press(target, 'A', 110);
    press(target, 'Shift', 120);
    press(target, 'Shift', 200);
    press(target, 'Shift', 6000);
    expect(exits).toBe(0);
  });

  it('stops listening when asked', () => {
    const target = new EventTarget();
    let exits = 0;
    const stop = onShiftPressedThreeTimes(target, () => exits++);
    stop();
    for (const t of [0, 1, 2]) press(target, 'Shift', t);
    expect(exits).toBe(0);
  });
});
