import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawBadge } from './case-list-badges.ts';

describe('drawBadge', () => {
  it('shows the short text, says the full sentence to screen readers, and redraws in place', () => {
    const { document } = parseHTML('<html><body><div id="c"></div></body></html>');
    const container = document.getElementById('c') as unknown as HTMLElement;
    drawBadge(container, { text: '2 days left', tone: 'ok', label: 'ASB/1: Level 3 Low Risk. Contact the complainant in 2 working days.' });
    const badge = container.querySelector('.asb-badge')!;
    expect(badge.getAttribute('class')).toBe('asb asb-badge asb-badge--ok');
    expect(badge.getAttribute('title')).toBe('ASB/1: Level 3 Low Risk. Contact the complainant in 2 working days.');
    expect(badge.innerHTML).toBe(
      '<span aria-hidden="true">2 days left</span><span class="asb-vh">ASB/1: Level 3 Low Risk. Contact the complainant in 2 working days.</span>',
    );
    drawBadge(container, { text: '1 day overdue', tone: 'overdue', label: 'ASB/1: overdue.' });
    expect(container.querySelectorAll('.asb-badge')).toHaveLength(1);
    expect(container.querySelector('.asb-badge')?.getAttribute('class')).toBe('asb asb-badge asb-badge--overdue');
  });

  it('never parses host-page text as HTML', () => {
    const { document } = parseHTML('<html><body><div id="c"></div></body></html>');
    const container = document.getElementById('c') as unknown as HTMLElement;
    drawBadge(container, { text: 'Due today', tone: 'soon', label: 'ASB/<img src=x onerror=alert(1)>: due today' });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.asb-vh')?.textContent).toBe('ASB/<img src=x onerror=alert(1)>: due today');
  });
});
