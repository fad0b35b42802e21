// British spellings folded to American ones before stemming, so that a glossary in one spelling matches a text in
// the other (“Organisation for the Prohibition of Chemical Weapons”, “neighbouring countries”, “grey rhino”).
// Suffix rules only where they are safe: -ise is folded after al/an/gn/or/it/ic/er (realise, organise, recognise,
// authorise, prioritise, criticise, characterise), never in rise, wise, promise or exercise.
const WORDS: ReadonlyMap<string, string> = new Map([
  ['grey', 'gray'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['theatre', 'theater'],
  ['theatres', 'theaters'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['fulfil', 'fulfill'],
  ['enrolment', 'enrollment'],
]);

const OUR = /^(colo|favo|hono|labo|neighbo|behavio|harbo|humo|rumo|vigo|endeavo)ur/;
const ISE = /(al|an|gn|or|it|ic|er)is(e|es|ed|ing|ation|ations)$/;

/** The American spelling of a lower-case word (the word itself when there is none). */
export function americanSpelling(word: string): string {
  const listed = WORDS.get(word);
  if (listed !== undefined) return listed;
  return word.replace(OUR, '$1r').replace(ISE, '$1iz$2');
}
