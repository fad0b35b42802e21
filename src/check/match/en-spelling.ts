// British spellings folded to American ones before stemming, so that a glossary in one spelling matches a text in
// the other (“Organisation for the Prohibition of Chemical Weapons”, “neighbouring countries”, “grey rhino”).
// Suffix rules only where they are safe: -ise is folded after al/an/gn/or/it/ic/er (realise, organise, recognise,
// authorise, prioritise, criticise, characterise), never in rise, wise, promise or exercise.
import { readCheckTable } from './data-table.ts';

/** Irregular pairs, british → american: resources/check/en-spellings.txt. */
const WORDS: ReadonlyMap<string, string> = new Map(
  readCheckTable('en-spellings.txt')
    .map((line) => line.split(/\s+/))
    .filter((pair): pair is [string, string] => pair.length === 2),
);

const OUR = /^(colo|favo|hono|labo|neighbo|behavio|harbo|humo|rumo|vigo|endeavo)ur/;
const ISE = /(al|an|gn|or|it|ic|er)is(e|es|ed|ing|ation|ations)$/;

/** The American spelling of a lower-case word (the word itself when there is none). */
export function americanSpelling(word: string): string {
  const listed = WORDS.get(word);
  if (listed !== undefined) return listed;
  return word.replace(OUR, '$1r').replace(ISE, '$1iz$2');
}
