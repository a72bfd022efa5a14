import type { ReadingConcern } from '../reading-entry.ts';

const transgender = { behaviours: ['hate-incident'], strand: 'transgender' } as const;

/** Transgender identity: slurs, misgendering, deadnaming, denial and outing. */
export const TRANSGENDER_WORDS: ReadingConcern = {
  id: 'transgender',
  entries: [
    { match: 'transphob\\w*|anti-?trans\\w*|misgender\\w*|dead-?nam\\w*', catches: 'the prejudice or act named: "transphobic comments", "misgenders him", "deadnaming"', meaning: 'transphobic abuse', finds: transgender },
    { match: "trann(?:y|ies)|trannie|shemales?|she-males?|he-shes?|ladyboys?|lady boys?|trans-?testicles|troons?|(?:man|men|bloke|geezer|fella) in a (?:dress|frock|skirt|wig)|(?:men|man) (?:can'?t|cannot|cant) be (?:a )?(?:women|woman)|(?:women|woman) (?:can'?t|cannot|cant) be (?:a )?(?:men|man)|(?:is it|are you|you) a (?:man|bloke) or a (?:woman|girl)|(?:man|bloke) or a (?:woman|girl)|(?:he|she|it)/(?:him|her|it)|girl pretending|boy pretending|pretending to be a (?:woman|girl|man|boy)|no such thing as trans|(?:will|ll|d) always be a (?:man|bloke|boy|lad|woman|girl)|(?:really|still|actually|just) a (?:man|bloke|boy|lad) in (?:a dress|make-?up)|(?:called|calls|calling) (?:me|him|her|them) (?:an? )?'it'", catches: 'transphobic slurs and taunts: "tranny", "bloke in a dress", "men cant be women"', meaning: 'a transphobic slur or taunt', finds: transgender },
    { match: "(?:because|cause|cos|coz|as|re|for) (?:of )?(?:him|her|them|me|us|my|his)? ?(?:being|i'?m|im|i am|he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are|is|am)? ?(?:trans|transgender|non-?binary)|out (?:me|him|her|them|us) as trans\\w*", catches: '"because he is transgender", outing someone as trans', meaning: 'abuse because of gender identity', finds: transgender },
    { match: "(?:trans|transgender\\w*|transsexual\\w*|non-?binary|enby|pronouns?|they/them|transition\\w*|birth name|(?:old|previous|former|dead|male|female|boys?'?|girls?'?) name|old (?:boys?|girls?|real|birth|male|female) name|real name|(?:use|uses|using) (?:my|his|her|their) (?:new |chosen |real )?name|gender)", catches: 'words for gender identity and names, neutral alone, hostile beside an act ("calls me by my birth name", "called her it")', tags: ['gender-identity'] },
  ],
  pairings: [
    { all: ['gender-identity', 'hostility'], catches: 'gender identity with a hostile act in one sentence', meaning: 'hostility about gender identity', finds: transgender },
  ],
};
