import type { ReadingConcern } from '../reading-entry.ts';

const young = { youngPerson: true } as const;

/** Young people aged 10-17: by age, by school year or school, and by the words people use for them. */
export const YOUNG_PERSON_WORDS: ReadingConcern = {
  id: 'young-person',
  entries: [
    { match: "{teen}(?: |-)?(?:yrs?|years?|yr)?(?: |-)?(?:old|olds|o|yo|y/o)(?! {thing})\\b", catches: 'an age from 10 to 17: "14 year old", "15 yr old", "14yo", "fourteen year old" (not "the 15 year old boiler")', meaning: 'a young person aged 10-17', finds: young, negatable: false },
    { match: "(?:aged?|ages) (?:about |around |approx\\.? |approximately |roughly |between |maybe |under |roughly )?{teen}(?!\\d)", catches: '"aged 15", "aged approx 12-16"', meaning: 'a young person aged 10-17', finds: young, negatable: false },
    { match: "(?:son|daughter|grandson|granddaughter|nephew|niece|brother|sister|boy|girl|lad|lass|child|kid|minor|youth|teen|stepson|stepdaughter|pupil|student|juvenile|young person|person|male|female|boy|youngster) ?\\((?:aged? )?{teen}\\)", catches: 'an age in brackets after a person: "her son (16)", "minor (15)"', meaning: 'a young person aged 10-17', finds: young, negatable: false },
    { match: "(?:(?:is|he'?s|hes|she'?s|shes|they'?re|theyre|are|was|be|about|around|only|just|maybe|nearly|barely|approx\\.?|roughly|more than|no more than|younger than|under|over|than) ){1,2}{teen}(?!\\d)(?! {not-an-age})(?!-\\d)", catches: 'age told in passing: "the lad next door is about 14", "cant be more than 11"', meaning: 'a young person aged 10-17', finds: young, negatable: false },
    { match: "(?:year|yr|years) ?(?:[6-9]|1[0-3]|six|seven|eight|nine|ten|eleven|twelve|thirteen)s?(?! (?:ago|old|later|before|since|of|years?|months?))(?![\\d/.:])|sixth[- ]?form\\w*|secondary school\\w*|high school\\w*|grammar school\\w*|(?:the |local )?(?:academy|comp) (?:kids|lads|girls|boys|pupils)|school (?:kids|children|girls|boys|lads|pupils|uniforms?|bags?)|schoolkids|schoolboys?|schoolgirls?|in (?:school )?uniforms?|gcses?|a[- ]levels?|(?:at|from|of) the (?:local )?academy|college lads", catches: 'school years 6-13 and secondary school: "year 9 uniforms", "sixth formers", "kids from the high school"', meaning: 'a young person (school age)', finds: young },
    { match: "teen(?:s|agers?|age|aged|ager)?|teenies|teeny ?boppers?|youths?|yoofs?|youngsters|juveniles?|minors?(?! (?:repairs?|injur\\w+|issues?|problems?|damage|incidents?|works?|leaks?|scratch\\w*|dispute|matter))|adolescents?|young (?:people|person|persons|lads|lasses|girls|boys|ones|offenders?)|under[- ]?(?:18s|age|aged)|underage", catches: 'words for young people: "teenagers", "youths", "juveniles", "a minor", "young people"', meaning: 'young people', finds: young },
  ],
};
