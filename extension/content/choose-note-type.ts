import { noteEvent, type HostVocabulary } from '../hosts/host-vocabulary.ts';

/**
 * Picks, in the host's log form, the entry type its own vocabulary gives an event (Active H's
 * "CONTACT - Complainant (Phone)" for 'complainant-contacted') and tells the page, as if the
 * officer had chosen it. Leaves the field as it is when no option stands for the event. Returns
 * the option chosen, or null.
 *
 * @example
 * chooseNoteType(document.querySelector('#ctl00_ddlActionType'), ACTIVEH_VOCABULARY, 'complainant-contacted')
 * //=> 'CONTACT - Complainant (Phone)'
 */
export function chooseNoteType(select: HTMLSelectElement | null, vocabulary: HostVocabulary, event: string): string | null {
  if (!select || select.disabled) return null;
  const options = [...select.querySelectorAll('option')];
  const textOf = (o: HTMLOptionElement) => (o.textContent ?? '').trim();
  const option = options.find((o) => noteEvent(vocabulary, textOf(o)) === event || noteEvent(vocabulary, o.getAttribute('value') ?? '') === event);
  if (!option) return null;
  // One choice in a single select: selecting it deselects the others.
  option.selected = true;
  const PageEvent = select.ownerDocument.defaultView?.Event ?? Event;
  select.dispatchEvent(new PageEvent('change', { bubbles: true }));
  return textOf(option);
}
