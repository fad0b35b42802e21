// British spellings folded to American ones before stemming, so that a glossary in one spelling matches a text in
// the other (“Organisation for the Prohibition of Chemical Weapons”, “neighbouring countries”, “grey rhino”).
// Suffix rules only where they are safe: -our after the stems that take it (also unfavourable, dishonour), and
// -ise after the letters that only -ize verbs put there (realise, organise, recognise, stabilise, subsidise,
// modernise, minimise, emphasise, harmonise, standardise, summarise), never in rise, arise, wise, promise,
// compromise, premise, exercise, advise or enterprise.
import { readCheckTable } from './data-table.ts';

/** Irregular pairs, british → american: resources/check/en-spellings.txt. */
const WORDS: ReadonlyMap<string, string> = new Map(
  readCheckTable('en-spellings.txt')
    .map((line) => line.split(/\s+/))
    .filter((pair): pair is [string, string] => pair.length === 2),
);

const OUR = /^(un|dis|mis)?(colo|favo|flavo|savo|hono|labo|neighbo|behavio|harbo|humo|rumo|vigo|rigo|savio|endeavo|armo|clamo|odo|parlo|tumo|valo|vapo|ardo|cando|fervo|splendo|demeano)ur/;
// Two letters before -ise: each pair here is one no common -ise word has (not om: promise; not em: premise; ar only
// after a letter, not in arise). Also the agent nouns (organiser, stabiliser).
const ISE = /(al|an|gn|or|it|ic|er|il|id|rn|im|as|es|og|rd|at|on|ll|et|iv|ol|th|rg|[a-z]ar)is(e|es|ed|ing|ation|ations|er|ers)$/;

/** The American spelling of a lower-case word (the word itself when there is none). */
export function americanSpelling(word: string): string {
  const listed = WORDS.get(word);
  if (listed !== undefined) return listed;
  return word.replace(OUR, '$1$2r').replace(ISE, '$1iz$2');
}
