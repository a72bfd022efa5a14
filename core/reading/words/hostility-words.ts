import type { ReadingConcern } from '../reading-entry.ts';

/**
 * Hostile acts and words. None is evidence alone ("he called me names" is not a hate incident);
 * beside a word for someone's identity in the same sentence it makes one (see each strand's pairing).
 */
export const HOSTILITY_WORDS: ReadingConcern = {
  id: 'hostility',
  entries: [
    { match: "call(?:s|ed|ing)? (?:{victim}|the (?:\\w+ )?(?:family|couple)|every ?one|people)", catches: 'name-calling aimed at someone: "calls my husband", "calling us"', tags: ['hostility'] },
    { match: '(?:refers? to|referred to|talks? about|talking about) (?:{victim}|the (?:\\w+ )?family)', catches: 'talking about someone: "refers to my family as"', tags: ['hostility'] },
    { match: '(?:name[- ]?calling|names|abuse|abusive|abused|slurs?|insult(?:s|ed|ing)?|remarks|comments|jibes?|digs)', catches: 'abuse in general words: "shouts abuse", "nasty comments"', tags: ['hostility'] },
    { match: '(?:mock|taunt|sneer|jeer|mimic|imitat|impersonat|ridicul)\\w*|laugh(?:s|ed|ing)? at|mak(?:es|ing|e) fun|take(?:s|n)? the (?:mick|mickey|piss|p)|takes? the mick', catches: 'mocking: "mimics my stammer", "laughs at him", "takes the mick"', tags: ['hostility'] },
    { match: '(?:freaks?|scum|filth\\w*|vermin|trash|disgusting|disgrace|sick|perverts?|perverted|abomination|diseased?|evil|invaders?|parasites?|animals|rats|drain|nonces?|paedos?|peados?|pedos?|groomers?|weirdos?|dirty|stinking|smelly|creeps?|beggars|spongers?|scroungers?)', catches: 'degrading words: "scum", "freaks", "disgusting", "dirty"', tags: ['hostility'] },
    { match: "(?:not welcome|don'?t want|dont want|do not want|shouldn'?t be allowed|should not be allowed|shouldnt be allowed|should be (?:locked|put|sent|shot|hanged|gassed|deported|banned|sectioned|kicked)|get out|ruining|taking over|ban|bans|banned|no such thing|out of (?:my|our|this) (?:street|country|block))", catches: 'rejection: "not welcome here", "should be locked away", "dont want your sort"', tags: ['hostility'] },
    { match: '(?:target(?:ed|ing|s)?|picks? on|picking on|picked on|bull(?:y|ied|ies|ying)|hates?|hated|hating|spat|spits?|spitting|faking|deserve|deserves?|refuses? to|on purpose|deliberately)', catches: 'being singled out: "targeted", "picking on", "hates us", "on purpose"', tags: ['hostility'] },
    { match: '(?:graffiti|sprayed|spray ?painted|scrawled|written|wrote|scratched|keyed|defaced|daubed|notes? (?:through|on|left|stuck|pushed)|leaflets?|stuck a note|posted)', catches: 'written hate: graffiti, notes, leaflets', tags: ['hostility'] },
    { match: '(?:shouts?|shouted|shouting|yells?|yelled|yelling|screams?|screamed|screaming) (?:at|after|across|from|about|that|my|his|her|their|out)', catches: 'shouting at someone, or shouting their name: "shouts my old name"', tags: ['hostility'] },
    { match: '(?:pull|pulls|pulled|pulling|rip|ripped|tore|tear|knock|knocked|grab|grabbed) (?:off|at|down)?', catches: 'pulling at dress or symbols', tags: ['hostility'] },
  ],
};
