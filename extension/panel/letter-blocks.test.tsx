import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { policies, renderLetter } from '../../core/index.ts';
import { LetterBlocks } from './letter-blocks.tsx';

function draw(recipientName: string) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  Object.assign(globalThis, { document });
  const root = document.getElementById('root')!;
  const letter = renderLetter(
    'acknowledgement',
    { reference: 'ASB-1001', recipientName, officerName: 'Sam Patel', receivedAt: '2026-11-20T10:00:00Z' },
    policies['plus-dane']!,
  );
  render(<LetterBlocks blocks={letter.blocks} />, root as unknown as Element);
  return root;
}

describe('LetterBlocks', () => {
  it('draws host-page text as text: markup in a name makes no element', () => {
    const root = draw('Ms <img src=x onerror=alert(1)> Bello');
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.textContent).toContain('Dear Ms <img src=x onerror=alert(1)> Bello,');
  });

  it('keeps the letter’s paragraphs and lines, and links only to the policy’s own addresses', () => {
    const root = draw('Ms Bello');
    const paragraphs = [...root.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toContain('Our reference: ASB-1001');
    expect(paragraphs).toContain('Dear Ms Bello,');
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^(https:\/\/|mailto:)/);
  });
});
