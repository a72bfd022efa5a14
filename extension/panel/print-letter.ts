import { h, render } from 'preact';
import type { LetterNode } from '../../core/index.ts';
import { LetterBlocks } from './letter-blocks.tsx';

/** The class on `<html>` while a letter is being printed: panel.css then prints only the letter. */
export const PRINTING_CLASS = 'printing-letter';

/**
 * Prints the letter alone: draws it from the core's blocks (elements and text, no HTML parsing)
 * into a sheet at the end of the page, marks the page so the print style sheet hides everything
 * else, and opens the browser's print dialog. The letter's subject is the document title while
 * printing (it names the PDF when saved). Everything is put back after printing.
 *
 * @example
 * printLetter(renderLetter('acknowledgement', data, policy)) // the print dialog, with the letter only
 */
export function printLetter(letter: { blocks: readonly LetterNode[]; subject: string }, win: Window = window): void {
  const doc = win.document;
  doc.querySelector('.print-sheet')?.remove();
  const sheet = doc.createElement('article');
  sheet.className = 'print-sheet';
  sheet.setAttribute('aria-hidden', 'true');
  render(h(LetterBlocks, { blocks: letter.blocks }), sheet);
  doc.body.append(sheet);
  const title = doc.title;
  doc.title = letter.subject;
  doc.documentElement.classList.add(PRINTING_CLASS);
  win.addEventListener(
    'afterprint',
    () => {
      render(null, sheet);
      sheet.remove();
      doc.title = title;
      doc.documentElement.classList.remove(PRINTING_CLASS);
    },
    { once: true },
  );
  win.print();
}
