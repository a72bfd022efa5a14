import { describe, expect, it } from 'vitest';
import { AsbExitEvent, AsbStepEvent, AsbSubmittedEvent } from './events.ts';

describe('widget events', () => {
  it('bubble out of the shadow root, with their names and details', () => {
    for (const [event, type] of [
      [new AsbStepEvent({ step: 'impact', number: 5, total: 10 }), 'asb-step'],
      [new AsbSubmittedEvent({ reference: 'ASB-2026-000123' }), 'asb-submitted'],
      [new AsbExitEvent(), 'asb-exit'],
    ] as const) {
      expect(event.type).toBe(type);
      expect(event.bubbles).toBe(true);
      expect(event.composed).toBe(true);
    }
    expect(new AsbSubmittedEvent({ reference: 'ASB-2026-000123' }).detail).toEqual({ reference: 'ASB-2026-000123' });
  });
});
