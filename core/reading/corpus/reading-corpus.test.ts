import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { CORPUS_CATEGORIES } from './corpus-item.ts';
import { READING_CORPUS } from './corpus.ts';
import { scoreCorpus } from './score-corpus.ts';

describe('the reading corpus', () => {
  it('has at least 300 descriptions, 100 of them ordinary nuisance, and every category', () => {
    expect(READING_CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(READING_CORPUS.filter((c) => c.labels.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const category of CORPUS_CATEGORIES) expect(READING_CORPUS.filter((c) => c.labels.includes(category)).length, category).toBeGreaterThanOrEqual(6);
    expect(new Set(READING_CORPUS.map((c) => c.text)).size).toBe(READING_CORPUS.length);
  });

  it('is read with at least 95 % recall and at most 5 % false alarms in every category', () => {
    const { categories, nuisance } = scoreCorpus(READING_CORPUS, readDescription);
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(7);
    console.log(
      [
        'readDescription on the reading corpus',
        ...categories.map((c) => `  ${c.category.padEnd(20)} recall ${pct(c.recall)} (${c.found}/${c.labelled})   false alarms ${pct(c.falseAlarmRate)} (${c.falseAlarms}/${c.unlabelled})`),
        `  ordinary nuisance     flagged ${pct(nuisance.rate)} (${nuisance.flagged}/${nuisance.total})`,
      ].join('\n'),
    );
    for (const c of categories) {
      expect(c.recall, `${c.category} missed: ${c.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
      expect(c.falseAlarmRate, `${c.category} wrongly flagged: ${c.wronglyFlagged.join(' | ')}`).toBeLessThanOrEqual(0.05);
    }
    expect(nuisance.rate, nuisance.flaggedTexts.join(' | ')).toBeLessThanOrEqual(0.05);
  });
});
