import type { ReadingConcern } from '../reading-entry.ts';

const race = { behaviours: ['hate-incident'], strand: 'race' } as const;

/** Race: skin colour, accent, nationality, immigration, Gypsy, Roma and Traveller heritage. */
export const RACE_WORDS: ReadingConcern = {
  id: 'race',
  entries: [
    { match: 'racis(?:t|m|ts|tly)|racial(?:ly)?|race[- ]?(?:hate|crime|related|motivated|abuse|incident)', catches: 'the word itself: "racist", "racially motivated", "race hate"', meaning: 'racial abuse', finds: race },
    { match: 'xenophob\\w*|anti-?(?:roma|gypsy|traveller|black|asian|irish|polish|english|immigrant|migrant)\\w*|white (?:power|pride|supremac\\w*)|no (?:more )?(?:blacks|coloureds|irish|pakis|asians|foreigners|immigrants|migrants|gypsies|travellers|poles|romanians)|(?:blacks|pakis|foreigners|immigrants|migrants|gypsies|poles|asians|romanians) out|kkk|burning cross', catches: 'named prejudice and its slogans: "xenophobic", "anti-Roma", "white power"', meaning: 'racial hostility', finds: race },
    { match: "n[- ]?word|nigg(?:er|a|ah|as|az|ers|uh)s?|n\\*+\\w*|coons?|wogs?|chinks?|gooks?|spics?|sambo|golliwogs?|darkies|darkys?|jungle bunn(?:y|ies)|half[- ]?castes?|coconuts?|pakis?|paki lovers?|p\\*ki|polacks?|polaks?|jocks?|gyppos?|gippos?|gypos?|pikeys?|pikies|tinkers|thieving (?:gypsies|gypsys|travellers|pikeys|romanians|foreigners)|sand ?n\\w+|bongo ?bongo|slanty|slant eyes?|slitty|ching chong|fresh off the boat", catches: 'racial slurs and their euphemisms, in the spellings people type', meaning: 'a racial slur', finds: race },
    { match: "go (?:back|home) (?:to|where)|(?:go|goes|going|send|sent|get|gets) (?:\\w+ )?back (?:to (?:africa|asia|poland|romania|india|pakistan|jamaica|nigeria|somalia|your|ur|their|her|his|where)|where|home)|(?:your|ur|their|her|his|our|my) own country|where (?:you|u|they|she|he|we) (?:came|come) from|(?:should|to) be (?:sent home|sent back|deported)|deport(?:ed|ing|ation)?", catches: '"go back to your own country", "go back where you came from", deportation', meaning: 'telling someone to leave the country', finds: race },
    { match: "came (?:over )?on (?:a|the) (?:boat|dinghy|lorry)|boat people|illegals?|illegal immigrants?|(?:speak|learn) (?:\\w+ )?english|foreign (?:voice|accent)|this (?:is|was) (?:england|britain|our country)|(?:our|this) country is full", catches: 'immigration taunts and "speak English"', meaning: 'abuse about nationality or immigration', finds: race },
    { match: '(?:monkey|ape|chimp|gorilla) (?:noises|chants|sounds|gestures|impressions)|banana skins?|slanty eyes|pulls? (?:their|his|her) eyes|eyes? thing', catches: 'racist gestures: monkey noises, pulling eyes', meaning: 'racist gestures', finds: race },
    { match: "(?:them|you|u|those|these|dirty|bloody|fucking|effing|f\\*+ing) (?:blacks|whites|pakis|asians|foreigners|immigrants|migrants|poles|romanians|gypsies|gypsys|travellers|africans|chinese|somalis|indians|arabs|jocks|paddies|pakistanis)", catches: 'people named by race as a lump: "them blacks", "dirty foreigners"', meaning: 'racial abuse', finds: race },
    { match: "(?:because|cause|cos|coz|cuz|as|re|due to|over) (?:of )?(?:my|his|her|their|our|your|ur) (?:skin(?: colou?r)?|colou?r|race|accent|nationality|ethnicity|heritage|background)|(?:skin|skin colou?r|colou?r of (?:my|his|her|their) skin|dark skin|black skin|brown skin|accent|nationality|ethnicity|ethnic|heritage)", catches: 'skin colour, accent and nationality: "because of his skin colour", "mocks my accent"', tags: ['race-identity'] },
    { match: "(?:black|blacks|brown|asian|asians|african|africans|caribbean|jamaican|nigerian|somali|somalian|ghanaian|eritrean|sudanese|indian|pakistani|bangladeshi|arab|arabs|chinese|vietnamese|polish|poles|romanian|romanians|bulgarian|lithuanian|latvian|eastern europeans?|foreign|foreigners?|immigrants?|migrants?|asylum(?: seekers?)?|refugees?|scottish|scots|english|irish|welsh|mixed race|gypsy|gypsies|traveller|travellers|roma|romany|immigration)", catches: 'words for race and nationality, neutral alone ("the Polish family"), hostile beside an act ("calls them dirty immigrants")', tags: ['race-identity'] },
  ],
  pairings: [
    { all: ['race-identity', 'hostility'], catches: 'race or nationality with a hostile act in one sentence', meaning: 'hostility about race or nationality', finds: race },
  ],
};
