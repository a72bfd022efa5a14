import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { BannerView } from '../cases/banner-view.ts';
import { drawCaseBanner } from './case-banner.ts';

const view: BannerView = {
  reference: 'ASB/2026/00412',
  level: { kind: 'asb', level: 'high', label: 'Level 1 High Risk' },
  flags: ['Hate incident'],
  next: { text: 'Contact the complainant: due today', tone: 'today' },
  categoryUnknown: false,
  mismatch: {
    headline: 'Recorded as "ASB - Noise", but the description points to a hate incident (race)',
    phrases: ['racist', '<img src=x onerror=alert(1)>'],
    requirement: 'Contact the complainant within 1 working day.',
    actions: ['Manage as Level 1 under the Hate Crime policy.'],
  },
  problem: null,
};

function container(): HTMLElement {
  const { document } = parseHTML('<html><body><div id="c"></div></body></html>');
  return document.getElementById('c') as unknown as HTMLElement;
}

describe('drawCaseBanner', () => {
  it('draws the level, flags, next deadline and the mismatch prompt the background worked out', () => {
    const c = container();
    drawCaseBanner(c, { reference: 'ASB/2026/00412', view, problem: null, open: true, onToggle: null, onOpen: () => undefined });
    expect(c.querySelector('.asb-level')?.getAttribute('class')).toBe('asb-level asb-level--high');
    expect(c.querySelector('.asb-level')?.textContent).toBe('Level 1 High Risk');
    expect(c.querySelector('[aria-label="Flags"]')?.textContent).toBe('Hate incident');
    expect(c.querySelector('.asb-deadline')?.getAttribute('class')).toBe('asb-deadline asb-deadline--today');
    expect(c.querySelector('[role="alert"] .asb-alert__headline')?.textContent).toBe('Recorded as "ASB - Noise", but the description points to a hate incident (race).');
    expect([...c.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Raise the level in ASB Assist', 'Hide', 'Open ASB Assist']);
    // Host-page words are text, never HTML.
    expect(c.querySelector('img')).toBeNull();
    expect([...c.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['racist', '<img src=x onerror=alert(1)>']);
  });

  it('hidden: the prompt keeps its title and headline, the details go', () => {
    const c = container();
    drawCaseBanner(c, { reference: 'ASB/2026/00412', view, problem: null, open: false, onToggle: null, onOpen: () => undefined });
    expect(c.querySelector('[role="alert"]')?.textContent).toBe('Check the categoryRecorded as "ASB - Noise", but the description points to a hate incident (race).');
    expect(c.querySelector('.asb-body')).toBeNull();
    expect(c.querySelector('.asb-toggle')?.getAttribute('aria-expanded')).toBe('false');
    expect(c.querySelector('.asb-toggle')?.textContent).toBe('Show');
  });

  it('says why when the case could not be read, and a case outside the policy by its route', () => {
    const c = container();
    drawCaseBanner(c, { reference: null, view: null, problem: 'ASB Assist could not read this case: reference: selector "#ref" matched nothing', open: true, onToggle: null, onOpen: null });
    expect(c.querySelector('[role="status"]')?.textContent).toBe('ASB Assist could not read this case: reference: selector "#ref" matched nothing');
    expect(c.querySelector('.asb-brand')?.textContent).toBe('ASB Assist');
    drawCaseBanner(c, { reference: 'ASB/1', view: { ...view, level: { kind: 'outside', route: 'Good neighbour and mediation' }, flags: [], next: null, mismatch: null }, problem: null, open: true, onToggle: null, onOpen: null });
    expect(c.querySelector('.asb-level')?.textContent).toBe('Outside the ASB policy: Good neighbour and mediation');
    expect(c.querySelectorAll('aside')).toHaveLength(1);
  });
});
