import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ACTIVEH_VOCABULARY } from '../hosts/activeh/vocabulary.ts';
import { chooseNoteType } from './choose-note-type.ts';

const select = () => {
  const { document } = parseHTML(
    '<form><select id="t"><option>NOTE - General</option><option>CONTACT - Complainant (Phone)</option><option>LETTER - Acknowledgement</option></select></form>',
  );
  return document.querySelector('select') as unknown as HTMLSelectElement;
};

describe('chooseNoteType', () => {
  it("picks the host's own entry type for the event and tells the page", () => {
    const field = select();
    let changed = 0;
    field.addEventListener('change', () => changed++);
    expect(chooseNoteType(field, ACTIVEH_VOCABULARY, 'complainant-contacted')).toBe('CONTACT - Complainant (Phone)');
    expect(changed).toBe(1);
    const options = [...field.querySelectorAll('option')] as unknown as HTMLOptionElement[];
    expect(options.map((o) => o.selected)).toEqual([false, true, false]);
  });

  it('leaves the field alone when no type stands for the event, or there is no field', () => {
    const field = select();
    expect(chooseNoteType(field, ACTIVEH_VOCABULARY, 'diary-sheets-sent')).toBeNull();
    expect(chooseNoteType(null, ACTIVEH_VOCABULARY, 'complainant-contacted')).toBeNull();
  });
});
