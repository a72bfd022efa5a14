import type { ReadingConcern } from '../reading-entry.ts';

/** Behaviours besides hate, violence and domestic abuse: drugs, damage, harassment, verbal abuse, crime. */
export const OTHER_BEHAVIOUR_WORDS: ReadingConcern = {
  id: 'other-behaviours',
  entries: [
    { match: "drugs?|drug[- ]dealing|dealing (?:from|drugs|weed|crack|coke)|dealers?|cannabis|weed|skunk|spliffs?|joints?(?! pain)|cocaine|coke|crack(?: cocaine| den| house| pipe)|heroin|smack heads?|ketamine|mdma|pills|nitrous|nos canisters|laughing gas|needles|syringes|paraphernalia|county lines|cuckoo(?:ed|ing)|trap house|spice(?! rack)", catches: 'drugs: use, smell, dealing, needles, county lines, cuckooing', meaning: 'drugs', finds: { behaviours: ['drugs'] } },
    { match: "graffiti|vandal\\w*|criminal damage|arson|set fire to|(?:smash|smashed|smashes|smashing|broke|broken|kicked in|kicked) (?:in )?(?:my|our|his|her|the|their|a) (?:\\w+ )?(?:window|windows|door|car|windscreen|fence|glass|wing mirror|mirror|gate|letterbox)|(?:slashed|slashes|let down) (?:my |the |our |his |her )?tyres|(?:keyed|scratched) (?:my|our|his|her|the) (?:car|van|door)|sprayed|spray ?paint\\w*|daubed|defaced|damag(?:ed|ing|es) (?:my|our|his|her|the)", catches: 'damage to property: graffiti, smashed windows, keyed cars, slashed tyres', meaning: 'damage to property', finds: { behaviours: ['property-damage'] } },
    { match: "harass(?:ed|es|ing|ment)?|intimidat(?:e|ed|es|ing|ion)|stalk(?:ed|ing|s|er)?|following (?:me|her|him|us)|filming (?:me|us|her|him|my)|(?:watches|watching|staring at) (?:me|us) (?:all|every|constantly)", catches: 'harassment and intimidation: "harassing", "stalking", "filming me"', meaning: 'harassment or intimidation', finds: { behaviours: ['harassment'] } },
    { match: "verbal(?:ly)? (?:abus\\w+|aggressive|threats?)|(?:shouts?|shouted|shouting|screams?|screaming|yells?|yelling) abuse|swear(?:s|ing)? at (?:me|him|her|us|them|my|people)|swore at|called (?:me|him|her|us|them) names|name[- ]calling|slurs?|abusive", catches: 'verbal abuse: "shouting abuse", "swearing at me", "name calling"', meaning: 'verbal abuse', finds: { behaviours: ['verbal-abuse'] } },
    { match: "burglar\\w*|broke in|break[- ]in|robbed|robbery|stolen|stole|theft|shoplift\\w*|mugged|handling stolen|fraud", catches: 'other crime: burglary, theft, robbery', meaning: 'criminal behaviour', finds: { behaviours: ['criminal-behaviour'] } },
  ],
};
