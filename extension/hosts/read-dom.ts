/**
 * Reading text out of a host page. Host text is data: it is read with `textContent`, never
 * `innerHTML`, and whitespace is collapsed the way a browser would show it.
 */

/**
 * The visible text of an element, whitespace collapsed and trimmed; '' for null.
 *
 * @example
 * textOf(parseHTML('<p> Flat 3,\n  Alder Court </p>').document.querySelector('p')) //=> 'Flat 3, Alder Court'
 */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The first element matching `selector` under `root`; throws an `Error` naming `field` and the
 * selector when nothing matches, so a page that changed shape says what broke.
 *
 * @example
 * requireElement(document, '#missing', 'reference')
 * //=> throws 'reference: selector "#missing" matched nothing'
 */
export function requireElement(root: ParentNode, selector: string, field: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`${field}: selector "${selector}" matched nothing`);
  return found;
}

/**
 * Text made of paragraphs (`<p>` children) joined by a blank line, or the element's text when it
 * has none.
 *
 * @example
 * paragraphsOf(parseHTML('<div><p>One.</p><p>Two.</p></div>').document.querySelector('div')) //=> 'One.\n\nTwo.'
 */
export function paragraphsOf(el: Element): string {
  const paragraphs = [...el.querySelectorAll('p')].map((p) => textOf(p)).filter((t) => t !== '');
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : textOf(el);
}

/**
 * The value of a form field (input, textarea, select), '' when it has none.
 *
 * @example
 * fieldValue(document.querySelector('#ctl00_txtDateReceived')) //=> '18/12/2026 09:30'
 */
export function fieldValue(el: Element | null | undefined): string {
  if (!el) return '';
  const value = (el as HTMLInputElement).value;
  return typeof value === 'string' ? value : (el.getAttribute('value') ?? '');
}

/**
 * What a category field shows: the chosen option's text for a `<select>` ('' while its value is
 * empty, "Please select"), the value of an input, the text of anything else.
 *
 * @example
 * choiceText(document.querySelector('#ctl00_ddlCategory')) //=> 'ASB - Noise' (or '' before a choice)
 */
export function choiceText(el: Element | null | undefined): string {
  if (!el) return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    if (!select.value) return '';
    const option = [...select.querySelectorAll('option')].find((o) => o.selected) ?? select.querySelector('option');
    return textOf(option) || select.value;
  }
  if (tag === 'INPUT' || tag === 'TEXTAREA') return fieldValue(el).trim();
  return textOf(el);
}
