import type { ReadingConcern } from '../reading-entry.ts';

const disability = { behaviours: ['hate-incident'], strand: 'disability' } as const;

/** Disability: slurs, mocking a condition or an aid, hostility about a disability. */
export const DISABILITY_WORDS: ReadingConcern = {
  id: 'disability',
  entries: [
    { match: 'disablis[tm]|ableis[tm]|disability[- ](?:hate|related|motivated|crime|abuse)', catches: 'the prejudice named: "disability related harassment", "ableist"', meaning: 'disability hate', finds: disability },
    { match: "retards?|retarded|spaz|spazz|spazzy|spastics?|spackers?|spacker|spacca|mongs?|mongol|mongy|cripples?|crips?|window ?lickers?|raspberry(?: ripple)?|(?:a|like a|you) vegetable|deaf and dumb|dumbo|nutters?|nut ?jobs?|psychos?|loony|loonies|looney|schizo|head ?cases?|mental cases?|basket ?cases?|special needs? (?:freak|kid|bus)|benefits? (?:cripple|scrounger|cheat)s?", catches: 'disability slurs: "spacker", "mong", "cripple", "window licker", "nutter"', meaning: 'a disability slur', finds: disability },
    { match: "(?:mock|mocks|mocked|mocking|mimic|mimics|mimicked|mimicking|imitat\\w+|impersonat\\w+|copies|copying|laughs? at|laughed at|laughing at|takes? the (?:mick|piss) out of) (?:{victim} )?(?:my|his|her|their|our) (?:\\w+'?s? )?(?:stammer|stutter|speech|walk|walking|limp|disability|disabilities|wheelchair|condition|shaking|tremor|tics?|hearing aids?|crutches|stick|seizures?|fits)", catches: 'mocking a disability: "mimics my sons stammer", "impersonates his shaking"', meaning: 'mocking a disability', finds: disability },
    { match: "(?:because|cause|cos|coz|as|re|due to|over) (?:of )?(?:my|his|her|their|our|your|ur) (?:disabilit(?:y|ies)|wheelchair|autism|condition|learning (?:difficult|disabilit)\\w*|mental health)", catches: '"because of her disability"', meaning: 'abuse because of disability', finds: disability },
    { match: "(?:disabled|disability|disabilities|wheelchairs?|blind|deaf|autis\\w*|asperger\\w*|adhd|down'?s(?: syndrome)?|learning (?:difficult|disabilit)\\w*|stammer\\w*|stutter\\w*|limp(?:s|ing|ed)?(?! wrist)|walking (?:stick|frame)|white stick|mobility scooter|hearing aids?|crutches|cerebral palsy|parkinson'?s|parkinsons|bipolar|depression|schizophreni\\w*|epilep\\w*|special needs|blue badge|sign language|mental health|mental|sectioned)", catches: 'words for disability and aids, neutral alone ("my neighbour is blind"), hostile beside an act ("calls her cripple")', tags: ['disability-identity'] },
  ],
  pairings: [
    { all: ['disability-identity', 'hostility'], catches: 'a disability with a hostile act in one sentence', meaning: 'hostility about a disability', finds: disability },
  ],
};
