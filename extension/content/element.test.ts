import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { element } from './element.ts';

describe('element', () => {
  const { document } = parseHTML('<html><body></body></html>');
  const doc = document as unknown as Document;

  it('sets attributes, listens with on… functions and leaves out empty children', () => {
    let clicked = 0;
    const button = element(doc, 'button', { type: 'button', class: 'asb-button', onclick: () => (clicked += 1) }, 'Open ASB Assist', null, false, undefined);
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('class')).toBe('asb-button');
    expect(button.innerHTML).toBe('Open ASB Assist');
    button.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('click'));
    expect(clicked).toBe(1);
  });

  it('never parses text as HTML', () => {
    const q = element(doc, 'q', null, 'go back <img src=x onerror=alert(1)>');
    expect(q.querySelector('img')).toBeNull();
    expect(q.textContent).toBe('go back <img src=x onerror=alert(1)>');
  });
});
