import type { CorpusItem } from './corpus-item.ts';
import { HARM_CORPUS } from './harm-corpus.ts';
import { HATE_CORPUS } from './hate-corpus.ts';
import { NUISANCE_CORPUS } from './nuisance-corpus.ts';

/** The whole labelled reading corpus: hate, harm and ordinary nuisance. */
export const READING_CORPUS: readonly CorpusItem[] = [...HATE_CORPUS, ...HARM_CORPUS, ...NUISANCE_CORPUS];
