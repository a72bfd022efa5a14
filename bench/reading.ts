import { readDescription } from '../core/index.ts';
import { READING_CORPUS } from '../core/reading/corpus/corpus.ts';
import { scoreCorpus } from '../core/reading/corpus/score-corpus.ts';
import { medianMs, result, type BenchResult } from './measure.ts';
import { random } from './synthetic-cases.ts';

/**
 * Descriptions of `words` words each, made of corpus descriptions drawn at random (so about two
 * sentences in three point to something, as in the corpus): longer and denser than most reports.
 */
export function longDescriptions(count: number, words: number, seed = 11): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    let n = 0;
    while (n < words) {
      const text = READING_CORPUS[Math.floor(next() * READING_CORPUS.length)]!.text;
      const w = text.split(/\s+/);
      parts.push(w.slice(0, words - n).join(' '));
      n += Math.min(w.length, words - n);
    }
    return parts.join(' ');
  });
}

/**
 * readDescription: recall and false alarms per category on the labelled corpus (aims: recall
 * >= 95 %, false alarms <= 5 %), and the average time to read a 2,000-word description (budget
 * 1 ms).
 */
export function benchReading(): BenchResult[] {
  const { categories, nuisance } = scoreCorpus(READING_CORPUS, readDescription);
  const out: BenchResult[] = [];
  for (const c of categories) {
    out.push(result(`reading-recall-${c.category}`, `Reading: recall, ${c.category} (${c.found}/${c.labelled}; aim >= 95 %)`, c.recall * 100, '%'));
    out.push(result(`reading-false-alarms-${c.category}`, `Reading: false alarms, ${c.category} (${c.falseAlarms}/${c.unlabelled})`, c.falseAlarmRate * 100, '%', 5));
  }
  out.push(result('reading-nuisance-flagged', `Reading: ordinary-nuisance descriptions flagged (${nuisance.flagged}/${nuisance.total})`, nuisance.rate * 100, '%', 5));

  const descriptions = longDescriptions(50, 2000);
  const ms = medianMs(() => {
    for (const d of descriptions) readDescription(d);
  }, 9, 3);
  out.push(result('reading-2000-words', 'Reading: one 2,000-word description, average of 50', ms / descriptions.length, 'ms', 1));
  return out;
}
