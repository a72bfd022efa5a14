import { alertOutboxContract } from './alert-outbox-contract.ts';
import { createMemoryAlertOutbox } from './memory-alert-outbox.ts';

// The test fake must behave as the real stores do, or the worker's tests prove nothing.
alertOutboxContract(
  async () => {
    const outbox = createMemoryAlertOutbox();
    return { outbox, enqueue: (reference, channels) => outbox.enqueue(reference, channels) };
  },
  { name: 'the in-memory test outbox' },
);
