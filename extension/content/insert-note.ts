/**
 * Puts text into a host page's notes field, after what is there, and tells the page (input and
 * change events) as if the officer had typed it. Nothing is saved: the officer reviews and saves.
 *
 * @example
 * insertNote(document.querySelector('#ctl00_txtNewLogEntry'), 'Acknowledgement letter sent.')
 * //=> { inserted: true }
 */
export function insertNote(field: HTMLTextAreaElement | HTMLInputElement | null, text: string): { inserted: boolean; reason?: string } {
  if (!field) return { inserted: false, reason: 'This page has no notes field that ASB Assist knows.' };
  if (field.disabled || field.readOnly || field.hasAttribute('disabled') || field.hasAttribute('readonly')) return { inserted: false, reason: 'The notes field on this page is read-only.' };
  const before = field.value.replace(/\s+$/, '');
  field.value = before === '' ? text : `${before}\n\n${text}`;
  // Events of the field's own window, so the page's listeners see ordinary events.
  const PageEvent = field.ownerDocument.defaultView?.Event ?? Event;
  field.dispatchEvent(new PageEvent('input', { bubbles: true }));
  field.dispatchEvent(new PageEvent('change', { bubbles: true }));
  field.focus();
  return { inserted: true };
}
