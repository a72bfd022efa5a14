/** A child of {@link element}: a node, text (set as text, never parsed as HTML), or nothing. */
export type Child = Node | string | null | undefined | false;

/**
 * Builds an element of `doc` with attributes (`on…` functions become listeners) and children;
 * strings become text nodes, so host-page text is never parsed as HTML. For in-page UI drawn
 * many times, or first on a host page's load, where a framework's first render costs more than
 * the drawing.
 *
 * @example
 * element(document, 'p', { class: 'asb-level' }, 'Level 1 High Risk').outerHTML
 * //=> '<p class="asb-level">Level 1 High Risk</p>'
 * element(document, 'q', null, '<img src=x>').innerHTML //=> '&lt;img src=x&gt;'
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | ((event: Event) => void)> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}
