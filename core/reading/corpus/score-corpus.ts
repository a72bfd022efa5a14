import type { DescriptionReading } from '../read-description.ts';
import { CORPUS_CATEGORIES, type CorpusCategory, type CorpusItem } from './corpus-item.ts';

const HATE: readonly CorpusCategory[] = ['race', 'religion', 'disability', 'sexual-orientation', 'transgender', 'other-hate'];

/** Whether a reading puts the description in the category. */
export function readingSays(category: CorpusCategory, reading: DescriptionReading): boolean {
  switch (category) {
    case 'race':
    case 'religion':
    case 'disability':
    case 'sexual-orientation':
    case 'transgender':
      return reading.perceivedHate.includes(category);
    case 'other-hate':
      return reading.behaviours.includes('hate-incident');
    case 'threat':
      return reading.behaviours.includes('violence');
    case 'domestic-abuse':
      return reading.behaviours.includes('domestic-abuse');
    case 'young-person':
      return reading.youngPerson;
    default:
      return category satisfies never;
  }
}

export interface CategoryScore {
  category: CorpusCategory;
  /** Descriptions labelled with the category, and how many the reader found. */
  labelled: number;
  found: number;
  /** found / labelled. */
  recall: number;
  /** Descriptions not labelled with it (for 'other-hate': no hate label at all), and how many the reader still put in it. */
  unlabelled: number;
  falseAlarms: number;
  falseAlarmRate: number;
  missed: string[];
  wronglyFlagged: string[];
}

/**
 * Recall and false-alarm rate of a reader on a labelled corpus, per category, plus the share of
 * ordinary-nuisance descriptions (no label) on which it raised anything of the categories.
 */
export function scoreCorpus(corpus: readonly CorpusItem[], read: (text: string) => DescriptionReading): { categories: CategoryScore[]; nuisance: { total: number; flagged: number; rate: number; flaggedTexts: string[] } } {
  const readings = corpus.map((c) => read(c.text));
  const categories = CORPUS_CATEGORIES.map((category): CategoryScore => {
    const score: CategoryScore = { category, labelled: 0, found: 0, recall: 0, unlabelled: 0, falseAlarms: 0, falseAlarmRate: 0, missed: [], wronglyFlagged: [] };
    corpus.forEach((c, i) => {
      const says = readingSays(category, readings[i]!);
      if (c.labels.includes(category)) {
        score.labelled++;
        if (says) score.found++;
        else score.missed.push(c.text);
      } else if (!(category === 'other-hate' && c.labels.some((l) => HATE.includes(l)))) {
        score.unlabelled++;
        if (says) {
          score.falseAlarms++;
          score.wronglyFlagged.push(c.text);
        }
      }
    });
    score.recall = score.labelled === 0 ? 1 : score.found / score.labelled;
    score.falseAlarmRate = score.unlabelled === 0 ? 0 : score.falseAlarms / score.unlabelled;
    return score;
  });
  const flaggedTexts = corpus.filter((c, i) => c.labels.length === 0 && CORPUS_CATEGORIES.some((cat) => readingSays(cat, readings[i]!))).map((c) => c.text);
  const total = corpus.filter((c) => c.labels.length === 0).length;
  return { categories, nuisance: { total, flagged: flaggedTexts.length, rate: total === 0 ? 0 : flaggedTexts.length / total, flaggedTexts } };
}
