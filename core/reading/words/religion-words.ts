import type { ReadingConcern } from '../reading-entry.ts';

const religion = { behaviours: ['hate-incident'], strand: 'religion' } as const;

/** Religion or belief: faiths, religious dress, places of worship, antisemitic and anti-Muslim words and symbols. */
export const RELIGION_WORDS: ReadingConcern = {
  id: 'religion',
  entries: [
    { match: "anti-?semit\\w*|islamophob\\w*|anti-?muslim|anti-?islam\\w*|anti-?jewish|anti-?sikh|anti-?hindu|anti-?catholic|anti-?christian|religious(?:ly)? (?:hate|abuse|insults?|motivated|aggravated|slurs?)|sectarian\\w*", catches: 'the prejudice named: "anti-Semitic remarks", "Islamophobic", "sectarian"', meaning: 'religious hate', finds: religion },
    { match: "yids?|kikes?|heebs?|christ ?killers?|ragheads?|rag heads?|towel ?heads?|muzzies?|mozzies?|muzzrats?|muzrats?|mussies?|bin ?liners?|osama|bin laden|taliban|jihadi\\w*|suicide bombers?|bomb (?:noises|vest|belt)|allahu? akbar|hitler|gas chambers?|ovens?|holocaust|kafirs?|fenian|taig|papist|bible ?bash\\w*|god ?botherers?", catches: 'religious slurs and taunts: "raghead", "osama", "bomb noises", "Hitler should have finished the job"', meaning: 'a religious slur or taunt', finds: religion },
    { match: '(?:pork|bacon|pigs?(?:\'s)? heads?|pig meat|ham)(?: \\w+)? (?:left|thrown|throw|put|pushed|posted|through|on|at|outside|hung)|(?:left|throw|throws|threw|thrown|put|posted|pushed|hung|leaves?|leaving) (?:\\w+ )?(?:pork|bacon|pigs?(?:\'s)? heads?|pig meat)', catches: 'pork or bacon left or thrown at a Muslim or Jewish home', meaning: 'anti-Muslim or antisemitic act', finds: religion },
    { match: "(?:because|cause|cos|coz|as|re|due to|over) (?:of )?(?:my|his|her|their|our|your|ur) (?:religion|faith|beliefs?|hijab|headscarf|turban|kippah|beard|prayers?)", catches: '"because of her hijab", "over our religion"', meaning: 'abuse because of religion', finds: religion },
    { match: "(?:muslims?|moslems?|islam|islamic|mosques?|masjid|hijabs?|niqabs?|burkas?|burqas?|headscarf|headscarves|jews?|jewish|judaism|kippahs?|kippot|yarmulkes?|skull ?caps?|synagogues?|shul|sikhs?|sikhism|turbans?|gurdwaras?|hindus?|hinduism|mandir|temples?|christians?|catholics?|protestants?|church(?:es)?|chapel|vicar|priest|imam|rabbi|quran|koran|torah|prayers?|praying|prays|religion|religious|faith|swastikas?|letterbox|ninja|terrorists?)", catches: 'faiths, dress and places of worship, neutral alone ("the mosque on the corner"), hostile beside an act ("calls her a terrorist")', tags: ['religion-identity'] },
  ],
  pairings: [
    { all: ['religion-identity', 'hostility'], catches: 'religion or belief with a hostile act in one sentence', meaning: 'hostility about religion or belief', finds: religion },
  ],
};
