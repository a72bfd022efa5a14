import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { insertNote } from './insert-note.ts';

const field = (html: string) => {
  const { document } = parseHTML(`<form>${html}</form>`);
  return document.querySelector('textarea') as unknown as HTMLTextAreaElement;
};

describe('insertNote', () => {
  it('puts the text in an empty notes field and tells the page', () => {
    const notes = field('<textarea></textarea>');
    const seen: string[] = [];
    notes.addEventListener('input', () => seen.push('input'));
    notes.addEventListener('change', () => seen.push('change'));
    expect(insertNote(notes, 'Acknowledgement letter sent.')).toEqual({ inserted: true });
    expect(notes.value).toBe('Acknowledgement letter sent.');
    expect(seen).toEqual(['input', 'change']);
  });

  it('adds after what the officer already typed, with a blank line', () => {
    const notes = field('<textarea></textarea>');
    notes.value = 'Called Mrs A.  ';
    insertNote(notes, 'Letter sent.');
    expect(notes.value).toBe('Called Mrs A.\n\nLetter sent.');
  });

  it('says why when there is no field, or it cannot be typed in', () => {
    expect(insertNote(null, 'x')).toEqual({ inserted: false, reason: 'This page has no notes field that ASB Assist knows.' });
    expect(insertNote(field('<textarea readonly></textarea>'), 'x').inserted).toBe(false);
  });
});
