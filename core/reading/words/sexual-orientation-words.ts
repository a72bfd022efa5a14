import type { ReadingConcern } from '../reading-entry.ts';

const orientation = { behaviours: ['hate-incident'], strand: 'sexual-orientation' } as const;

/** Sexual orientation: homophobic, lesbophobic and biphobic slurs and taunts. */
export const SEXUAL_ORIENTATION_WORDS: ReadingConcern = {
  id: 'sexual-orientation',
  entries: [
    { match: 'homophob\\w*|biphob\\w*|lesbophob\\w*|anti-?gay|anti-?lgbt\\w*', catches: 'the prejudice named: "homophobic abuse", "anti-gay"', meaning: 'homophobic abuse', finds: orientation },
    { match: "faggots?|faggy|f\\*+ts?|poofs?|poofters?|pooftahs?|puffs?|benders?|dykes?|lezzas?|lezzers?|lesbos?|lezbos?|batty ?(?:boys?|man|men)|shirt ?lifters?|pansy|pansies|homos?|queers?|fairies|fairy|rug ?munchers?|carpet ?munchers?|gay ?boys?|gaylords?|sodomites?|bum ?boys?|arse ?bandits?|limp[- ]wrist\\w*|no (?:more )?(?:homos?|gays|queers|lesbians|poofs|fags)|(?:gays|homos|queers|lesbians|poofs|fags) out", catches: 'homophobic slurs, in the spellings people type', meaning: 'a homophobic slur', finds: orientation },
    { match: "which (?:one )?(?:of (?:you|u|us|them) )?(?:is|plays|'s) the (?:man|woman|bloke|girl|husband|wife)|out (?:me|him|her|them|us) as (?:gay|lesbian|bi|bisexual)|(?:pray|beat|sort|fuck|shag) the gay (?:out|away)|needs? sorting out by a (?:real )?man", catches: 'taunts about same-sex couples: "which one of you is the man", outing', meaning: 'homophobic taunting', finds: orientation },
    { match: "(?:because|cause|cos|coz|as|re|for) (?:of )?(?:him|her|them|me|us|my|his)? ?(?:being|i'?m|im|i am|he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are|we'?re|were|we are|is|am)? ?(?:gay|lesbian|bi(?![-\\w])|bisexual|queer)", catches: '"because he is gay", "re him being gay"', meaning: 'abuse because of sexual orientation', finds: orientation },
    { match: "(?:fags?|gay|gays|lesbians?|bi(?![-\\w])|bisexual\\w*|homosexual\\w*|same[- ]sex|two (?:dads|mums|mams|men|women)|came out|coming out|male visitors|gay bar|lgbt\\w*)", catches: 'words for sexual orientation, neutral alone ("the gay couple next door"), hostile beside an act ("shouted gays out")', tags: ['orientation-identity'] },
  ],
  pairings: [
    { all: ['orientation-identity', 'hostility'], catches: 'sexual orientation with a hostile act in one sentence', meaning: 'hostility about sexual orientation', finds: orientation },
  ],
};
