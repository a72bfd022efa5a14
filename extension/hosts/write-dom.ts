/**
 * Puts a value into a host page's field as typing would: sets its value (for a `<select>`, picks
 * the option whose text or value matches, ignoring case and spacing) and dispatches `input` and
 * `change`, so the host's own scripts and the triage panel see it. Never writes HTML. Answers
 * false when the field cannot take the value (no such option, not a form field).
 *
 * @example
 * setFieldValue(document.querySelector('#ol-report-type')!, 'Noise Nuisance') //=> true
 * setFieldValue(document.querySelector('#ol-report-type')!, 'No such type') //=> false
 */
export function setFieldValue(el: Element, value: string): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    const wanted = squash(value);
    const options = [...select.querySelectorAll('option')];
    const option = options.find((o) => squash(o.textContent ?? '') === wanted || squash(o.value) === wanted);
    if (!option || wanted === '') return false;
    // The property for the browser (the officer may have picked already), the attribute for DOMs without it.
    for (const o of options) if (o !== option) o.removeAttribute('selected');
    option.setAttribute('selected', '');
    option.selected = true;
  } else if (tag === 'INPUT' || tag === 'TEXTAREA') {
    (el as HTMLInputElement).value = value;
  } else {
    return false;
  }
  // The page's own Event class (a frame's, or a test DOM's), not the content script's global.
  const PageEvent = (el.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.Event ?? Event;
  el.dispatchEvent(new PageEvent('input', { bubbles: true }));
  el.dispatchEvent(new PageEvent('change', { bubbles: true }));
  return true;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
