import type { FigureOfSpeech, Negator } from '../reading-entry.ts';

/**
 * Words that deny what follows, each reaching a few words ahead ("no threats were made": the
 * threat is denied; "he never stops shouting he will kill me": it is not).
 */
export const NEGATORS: readonly Negator[] = [
  { match: "no(?![ .]*\\d)|not|never(?! (?:stops?|stopped|ends?|leaves?|lets?))|without|nor|neither|none|nothing|nobody|no ?one|isn'?t|wasn'?t|aren'?t|weren'?t|hasn'?t|haven'?t|hadn'?t|didn'?t|doesn'?t|don'?t|dont|didnt|doesnt|isnt|wasnt|havent|hasnt|cannot|can'?t|cant|won'?t|wouldn'?t|denies|denied|deny", catches: 'plain negation: "no threats were made", "not racist", "there was no violence", "has never threatened me"', reach: 3 },
  { match: "(?:do ?n'?t|do not|dont|didn'?t|did not|didnt) (?:think|believe|feel|consider)|(?:not|no) (?:a |an )?(?:sign|signs|evidence|suggestion|indication|mention) of|(?:no|not|nothing) (?:\\w+ )?(?:to suggest|to indicate)|rules? out|ruled out|confirms? (?:there (?:is|was|were|are) )?no", catches: 'a denial that reaches further: "I dont think it is a hate crime", "no evidence of", "ruled out"', reach: 6 },
];

/**
 * Figures of speech and harmless uses of alarming words. A finding that lies inside one does not
 * count: "I could kill him for that noise" is exasperation, not a threat.
 */
export const FIGURES_OF_SPEECH: readonly FigureOfSpeech[] = [
  { match: "(?:i|we|you) (?:could|could've|could have|coulda|would|wanna|want to|feel like|am going to|'?m going to|'?m gonna|im gonna|'?ll|ll) (?:\\w+ )?(?:kill|murder|strangle|throttle|strangle|swing for) (?:him|her|them|someone|somebody|the (?:\\w+ )?(?:dog|cat|neighbours?))", catches: '"I could kill him for that noise", "we want to strangle them"' },
  { match: "(?:is|it'?s|its|are|was|were|that'?s|thats) (?:\\w+ )?killing (?:me|us|my (?:ears|head|back|nerves))|killing me softly|kill (?:for|time)|(?:it'?s|its|it is|is) (?:absolute |pure )?murder|murder (?:on|to) (?:my|the|our) (?:ears|head|nerves|sleep)|dying (?:for|to)|(?:scared|bored|frightened) (?:me )?to death|drives? (?:me|us) (?:mad|crazy|insane|up the wall)|(?:sounds?|sounding) like (?:someone|somebody|a (?:man|woman)) (?:is |'s |was )?being (?:murdered|killed|attacked|strangled)|(?:punch|kick|slap)ing (?:the|a) (?:ball|bag|wall|bin|door)", catches: '"the bass is killing me", "its murder living under them", "sounds like someone being murdered but its furniture"' },
  { match: "threat(?:en|ens|ened|ening)? (?:me |us |him |her |them )?(?:to|with|that (?:he|she|they) (?:would|will|'d|'ll)) (?:report|call|ring|phone|complain|contact|tell|sue|evict|move|write|email|take (?:me|us|him|her|them) to court|get (?:me|us|him|her|them) evicted|the police|the council|housing|court|legal action|eviction|an asbo)", catches: 'threats to report or complain, which are not threats of harm: "threatened to call the council"' },
  { match: "(?:call of duty|fortnite|gta|grand theft auto|video games?|computer games?|the film|the telly|on tv|the news|war film|horror film|boxing on|the match|the football|the darts)|(?:shoot|shoots|shooting|shot) (?:rabbits|pigeons|clay|pool|hoops|a video|a film|photos?)|knife sharpen\\w*|(?:butcher|chef|hunter)(?:'?s)? knives", catches: 'games, films, sport and work that use violent words: "gunfire on Call of Duty", "shoots rabbits for work"' },
];
