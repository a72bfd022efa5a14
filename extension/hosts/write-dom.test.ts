import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { choiceText } from './read-dom.ts';
import { setFieldValue } from './write-dom.ts';

const page = () =>
  parseHTML(`<form><select id="type"><option value="">Choose a type</option><option value="n1">Noise  Nuisance</option></select>
<textarea id="what"></textarea><input id="who" type="text"><p id="text">Host text</p></form>`).document;

describe('setFieldValue', () => {
  it('picks a select option by its text, sets inputs, and tells the page with input and change events', () => {
    const doc = page();
    const seen: string[] = [];
    for (const id of ['type', 'what', 'who']) {
      const el = doc.getElementById(id)!;
      el.addEventListener('input', () => seen.push(`${id}:input`));
      el.addEventListener('change', () => seen.push(`${id}:change`));
    }
    expect(setFieldValue(doc.getElementById('type')!, 'noise nuisance')).toBe(true);
    expect(choiceText(doc.getElementById('type'))).toBe('Noise Nuisance');
    expect(setFieldValue(doc.getElementById('what')!, '<b>not markup</b>')).toBe(true);
    expect((doc.getElementById('what') as unknown as HTMLTextAreaElement).value).toBe('<b>not markup</b>');
    expect(doc.getElementById('what')!.children.length).toBe(0);
    expect(setFieldValue(doc.getElementById('who')!, 'Maryam Ellis')).toBe(true);
    expect(seen).toEqual(['type:input', 'type:change', 'what:input', 'what:change', 'who:input', 'who:change']);
  });

  it('refuses a category the select does not offer, and elements that are not fields', () => {
    const doc = page();
    expect(setFieldValue(doc.getElementById('type')!, 'Vehicle Nuisance')).toBe(false);
    expect(setFieldValue(doc.getElementById('type')!, '')).toBe(false);
    expect(choiceText(doc.getElementById('type'))).toBe('');
    expect(setFieldValue(doc.getElementById('text')!, 'x')).toBe(false);
    expect(doc.getElementById('text')!.textContent).toBe('Host text');
  });
});
