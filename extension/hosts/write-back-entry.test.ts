import { describe, expect, it } from 'vitest';
import { readWriteBack, writeBackText } from './write-back-entry.ts';

describe('write-back entries', () => {
  it('writes a ticked step as a short standard line', () => {
    expect(writeBackText({ type: 'complainant-contacted', on: '2026-12-03', by: 'Sam Patel', what: 'Contact the complainant' })).toBe(
      '[ASB Assist] Contact the complainant. Done 03/12/2026 by Sam Patel. (asb:complainant-contacted)',
    );
  });

  it('reads the line back as the event on its own date, whatever the host saved around it', () => {
    expect(readWriteBack('[ASB Assist] Contact the complainant. Done 03/12/2026 by Sam Patel. (asb:complainant-contacted)')).toEqual({ type: 'complainant-contacted', at: '2026-12-03' });
    expect(readWriteBack('Note by SPATEL:\n[ASB Assist] Contact the complainant. Done 3/12/2026 by Sam Patel. (asb:complainant-contacted)\n')).toEqual({ type: 'complainant-contacted', at: '2026-12-03' });
  });

  it('keeps the reason of an explained deadline and the level of a reclassification', () => {
    const explained = writeBackText({ type: 'explanation-recorded', arg: 'first-contact', on: '2027-01-05', by: 'Sam Patel', what: 'Reason a deadline was missed (Contact the complainant)', reason: 'Complainant away until 4 January; two calls unanswered.' });
    expect(explained).toBe('[ASB Assist] Reason a deadline was missed (Contact the complainant): Complainant away until 4 January; two calls unanswered. Recorded 05/01/2027 by Sam Patel. (asb:explanation-recorded/first-contact)');
    expect(readWriteBack(explained)).toEqual({ type: 'explanation-recorded', at: '2027-01-05', deadline: 'first-contact', reason: 'Complainant away until 4 January; two calls unanswered' });
    const raised = writeBackText({ type: 'case-reclassified', arg: 'high', on: '2027-01-05', by: 'Sam Patel', what: 'Level changed to Level 1 High Risk', reason: 'Threats made at the door' });
    expect(readWriteBack(raised)).toEqual({ type: 'case-reclassified', at: '2027-01-05', level: 'high', reason: 'Threats made at the door' });
  });

  it('ignores other text, an unknown level and an impossible date', () => {
    expect(readWriteBack('Phoned complainant, no answer.')).toBeNull();
    expect(readWriteBack('[ASB Assist] Level changed. Recorded 05/01/2027 by X. (asb:case-reclassified/urgent)')).toBeNull();
    expect(readWriteBack('[ASB Assist] Contact the complainant. Done 31/02/2026 by X. (asb:complainant-contacted)')).toBeNull();
  });
});
