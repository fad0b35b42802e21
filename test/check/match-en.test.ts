import { describe, expect, it } from 'vitest';
import { EnMatcher, englishKey, variantKeys } from '../../src/check/match/en.ts';
import { americanSpelling } from '../../src/check/match/en-spelling.ts';

// [rendering, target text, found?]
const TOLERANCE: [string, string, boolean][] = [
  ['the Belt and Road Initiative', 'China’s Belt and Road initiative was praised.', true],
  ['the Belt and Road Initiative', 'two Belt-and-Road initiatives', true],
  ['the Belt and Road Initiative', 'a Belt and\nRoad Initiative project', true],
  ['the Belt and Road Initiative', 'THE BELT AND ROAD INITIATIVE', true],
  ['the Belt and Road Initiative', 'the belt road initiative', false],
  ['community with a shared future for mankind', 'a community with shared futures for mankind', true],
  ['deepen reform', 'deepening reforms', true],
  ['deepen reform', 'reforms were deepened', false],
  ['reform and opening up', 'the reform and opening-up policy', true],
  ['moderately prosperous society', 'moderately prosperous societies', true],
  ['well-off society', 'a well off society', true],
  ['Communist Party of China', "the Communist Party of China's leadership", true],
  ['Communist Party of China', 'the communist party of china', true],
  ['CPC', 'the CPC said', true],
  ['CPC', "the CPC's role", true],
  ['CPC', 'the cpc said', false],
  ['WTO', 'two WTOs', true],
  ['UN', 'the U.N. General Assembly', true],
  ['UN', 'an unusual unit', false],
  ['RMB', 'RMB6.44 to the dollar', true],
  ['19th National Congress', 'the Nineteenth National Congress', true],
  ['One Belt, One Road', 'the "One Belt One Road"', true],
  ['road', 'railroad', false],
  // a place name also counts in its adjective form
  ['US', 'like most Americans', true],
  ['United States', 'American workers', true],
  ['China and Russia', 'the Chinese and Russian prime ministers', true],
  ['Russia', 'Russians', true],
  ['China-Latin America', 'the Sino-Latin American Cultural Exchange Year', true],
  // British style writes long acronyms in title case; short ones stay case-sensitive
  ['NATO', 'killing a Nato soldier', true],
  ['CPC', 'the Cpc', false],
  // “+” is read “plus”
  ['Internet Plus', 'the “Internet+” related fields', true],
  ['Internet Plus', 'an “Internet + poverty eradication” model', true],
  ['Internet Plus', 'the Internet economy', false],
  // “&” is read “and”
  ['jointly build the Belt and Road', 'to jointly build the Belt & Road', true],
  ['B&R', 'under the B and R framework', true],
  // ordinals inside a name
  ["Standing Committee of the National People's Congress", "the 30th Session of the Standing Committee of the 12th National People's Congress", true],
  ['CPC National Congress', 'the 19th CPC National Congress', true],
  // British and American spellings
  ['Organization for the Prohibition of Chemical Weapons', 'the Organisation for the Prohibition of Chemical Weapons', true],
  ['neighboring countries', 'neighbouring countries', true],
  ['gray rhino', 'a grey rhino', true],
  ['people-centered approach', 'a people-centred approach', true],
  ['stabilize employment', 'efforts to stabilise employment', true],
  ['business license', 'business licences', true],
  ['State Councilor', 'State Councillor and Foreign Minister Wang Yi', true],
];

describe('English matcher tolerance', () => {
  it.each(TOLERANCE)('%s in “%s” → %s', (rendering, text, expected) => {
    expect(new EnMatcher([rendering]).find(text).length > 0).toBe(expected);
  });

  it('reports the words as written and the rendering index', () => {
    const hits = new EnMatcher(['CPC', 'the Belt and Road Initiative']).find('The CPC backs Belt-and-Road\ninitiatives.');
    expect(hits.map((h) => [h.renderings, h.surface])).toEqual([
      [[0], 'CPC'],
      [[1], 'Belt-and-Road initiatives'],
    ]);
  });

  it('marks the renderings found only through an adjective', () => {
    const [hit] = new EnMatcher(['US', 'American']).find('American troops');
    expect(hit).toMatchObject({ renderings: [0, 1], viaAdjective: [0], surface: 'American' });
  });

  it('a deprecated rendering can be matched without adjectives', () => {
    expect(new EnMatcher(['Peking'], { adjectives: () => false }).find('Pekingese dogs')).toEqual([]);
  });

  it('variant keys: adjectives and title-case acronyms', () => {
    expect(variantKeys('China and Russia', true)).toEqual([['china and russia', 'chines and russia', 'sino and russia', 'china and russian', 'chines and russian', 'sino and russian'], 1]);
    expect(variantKeys('NATO', true)).toEqual([['NATO', 'nato'], 2]);
    expect(variantKeys('United States', false)).toEqual([['unit state'], 1]);
  });

  it('a compound of common nouns also matches inside out, with of/in/for; names and phrases with function words do not', () => {
    expect(variantKeys('toilet revolution', false)).toEqual([['toilet revolut', 'revolut of toilet', 'revolut in toilet', 'revolut for toilet'], 4]);
    expect(variantKeys('State Council', false)).toEqual([['state council'], 1]);
    expect(variantKeys('trade in goods', false)).toEqual([['trade in good'], 1]);
    const matcher = new EnMatcher(['innovation-driven development strategy', 'toilet revolution']);
    expect(matcher.find('the strategy of innovation-driven development and the revolution in toilets').map((h) => [h.renderings, h.surface])).toEqual([
      [[0], 'strategy of innovation-driven development'],
      [[1], 'revolution in toilets'],
    ]);
  });

  it('British spellings are folded only where the suffix is safe', () => {
    expect(['realise', 'organisation', 'recognised', 'labour', 'centre', 'arise', 'promise', 'exercise', 'rise', 'enterprise'].map(americanSpelling)).toEqual([
      'realize',
      'organization',
      'recognized',
      'labor',
      'center',
      'arise',
      'promise',
      'exercise',
      'rise',
      'enterprise',
    ]);
    const folded = ['stabilise', 'subsidised', 'modernised', 'minimise', 'emphasises', 'harmonising', 'standardised', 'summarise', 'privatisation', 'unfavourable', 'rigour'];
    expect(folded.map(americanSpelling)).toEqual(['stabilize', 'subsidized', 'modernized', 'minimize', 'emphasizes', 'harmonizing', 'standardized', 'summarize', 'privatization', 'unfavorable', 'rigor']);
    expect(['denuclearisation', 'militarise', 'organisers', 'stabiliser', 'saviour', 'manoeuvres', 'scepticism', 'epicentre'].map(americanSpelling)).toEqual([
      'denuclearization',
      'militarize',
      'organizers',
      'stabilizer',
      'savior',
      'maneuvers',
      'skepticism',
      'epicenter',
    ]);
    const kept = ['compromise', 'premise', 'sunrise', 'advertise', 'treatise', 'franchise', 'merchandise', 'expertise', 'poise', 'paradise', 'surprised', 'advised', 'arise', 'adviser', 'wiser', 'appraiser'];
    expect(kept.map(americanSpelling)).toEqual(kept);
  });

  it('keys drop articles and possessives, keep acronyms, fold numbers', () => {
    expect(englishKey('The Belt and Road Initiatives')).toBe('belt and road initi');
    expect(englishKey("China's CPC")).toBe('china CPC');
    expect(englishKey('the Nineteenth Congress')).toBe('19th congress');
  });
});
