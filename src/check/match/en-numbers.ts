// Spelled numbers folded to digits so that “Nineteenth Congress” and “19th Congress” share a key.
const CARDINALS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
const ORDINALS = 'zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(' ');

const suffix = (n: number): string => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

/** Lower-case word → digits (“nineteenth” → “19th”, “three” → “3”). */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ...CARDINALS.map((w, n) => [w, String(n)] as const),
  ...ORDINALS.map((w, n) => [w, `${n}${suffix(n)}`] as const),
]);
