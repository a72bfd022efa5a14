/**
 * Fragments several word lists share, pulled into an entry's `match` as `{name}`. Each is a
 * regular-expression source of non-capturing groups, in the spellings people actually type.
 */
export const SHARED_WORDS: Readonly<Record<string, string>> = {
  /** Someone as the object of an act: "me", "my son", "her", "the kids". */
  victim:
    "(?:me|him|her|them|us|you|u|ya|my (?:\\w+ )?{relative}|his (?:\\w+ )?{relative}|her (?:\\w+ )?{relative}|our (?:\\w+ )?{relative}|the (?:\\w+ )?(?:man|woman|lady|lad|boy|girl|guy|bloke|kid|child))",
  /** Family and partners, as people name them. */
  relative:
    "(?:son|daughter|husband|wife|partner|mum|mam|mom|mother|dad|father|brother|sister|child|children|kids?|boy|girl|baby|grandson|granddaughter|nan|nana|gran|grandad|grandma|grandpa|friend|carer|fella|boyfriend|girlfriend|bf|gf|hubby|missus|wifey|stepdad|stepmum|uncle|auntie|aunt|nephew|niece|cousin|lad|lass|family|neighbour)",
  /** A partner or ex, present or former. */
  partner:
    "(?:ex|ex-?partner|ex-?husband|ex-?wife|ex-?boyfriend|ex-?girlfriend|ex-?fella|partner|husband|hubby|wife|missus|wifey|boyfriend|girlfriend|bf|gf|fella|other half|baby ?dad|baby ?mum(?:ma)?|fiance|fiancee|spouse|common law (?:husband|wife))",
  /** Family who may abuse someone they live with or look after. */
  family:
    "(?:son|daughter|brother|sister|dad|father|mum|mam|mom|mother|stepdad|stepmum|stepson|stepdaughter|grandson|granddaughter|uncle|nephew|niece|in-laws?|father-in-law|mother-in-law|brother-in-law|sister-in-law)",
  /** He, she, they, or whoever did it, with the contractions people type or leave out. */
  subject:
    "(?:he|she|they|hes|shes|theyre|he's|she's|they're|his (?:mates|boys|lads|brothers|family)|her (?:fella|bloke|boyfriend|mates|brothers|family)|the (?:man|woman|lady|lad|guy|bloke|neighbour)|n/?b|neighbou?r|fella|bloke|{partner})",
  /** Will, would, is going to, in their spoken and typed forms. */
  modal:
    "(?:'?d|'?ll|d|ll|would|wud|wld|will|wil|gonna|gunna|going to|is going to|is gonna|'s going to|s going to|'s gonna|s gonna|are going to|are gonna|was going to|was gonna|were going to|wants? to|threatened to|threatening to|promised to|swore to|swears to)",
  /** Acts of serious harm a threat names. */
  harm:
    "(?:(?:kill|murder|stab|shank|shoot|batter|strangle|choke|rape|knife|petrol bomb|firebomb|fire bomb)(?! for| time| two| the (?:music|noise|lights?|engine|tv|telly|radio))|(?:hurt|harm|beat|glass|throttle|punch|smack|slap|headbutt|end|finish) (?:{victim})|beat (?:{victim}) up|cut (?:{victim}|your|ur|my|his|her)(?: up| throat| face)?|slash (?:{victim}|your|ur|my|his|her) (?:tyres|face|throat)|smash (?:{victim}|your|ur|my|his|her|their|the) (?:\\w+ )?(?:in|up|face|head|windows?|car|door|teeth)|(?:burn|torch) (?:{victim}|the place|(?:your|ur|my|his|her|our|the|their) (?:\\w+ )?(?:house|flat|home|car|door|place|van)|down)|break (?:your|ur|my|his|her|their) (?:legs?|arms?|neck|jaw|face|nose)|do (?:{victim}) in|sort (?:{victim}) out|put (?:{victim}) in (?:hospital|the ground|a box|a wheelchair)|knock (?:{victim}) out|kick (?:your|ur|my|his|her|their) (?:head|teeth|face) in|set fire to|acid|(?:put|throw|chuck|lob|stick) (?:a |an |some )?(?:bricks?|stones?|bottles?|rocks?|petrol bombs?|fireworks?) (?:through|at|in)|finish (?:{victim}) off|come (?:for|after) (?:you|u|me|him|her|us|them)|have (?:{victim}) (?:dealt with|done over|sorted|done in)|deal with (?:you|u|me|us))",
  /** A number from ten to seventeen, as digits or words. */
  teen: '(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)',
  /** Units and things that follow a number that is not someone's age. */
  'not-an-age':
    '(?:minutes?|mins?|hours?|hrs?|times?|days?|nights?|weeks?|months?|years?(?! ?old)|metres?|meters?|m\\b|feet|foot|ft|miles?|yards?|pm|am|quid|pounds?|p\\b|%|of\\b|cars?|people|flats?|houses?|doors?|in the|o.clock|[:.]\\d)',
  /** Objects that have years too: "the 15 year old boiler". */
  thing:
    '(?:boiler|car|van|fence|tree|dog|cat|horse|house|flat|building|block|carpet|kitchen|bathroom|window|windows|door|tv|telly|sofa|bed|fridge|freezer|washing machine|shed|roof|wall|pipes?|heating|lift|bike|motorbike|caravan|vehicle|tenancy|complaint|case|dispute)',
};
