import { describe, expect, it } from 'vitest';
import { EnMatcher, englishKey } from '../../src/check/match/en.ts';

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

  it('keys drop articles and possessives, keep acronyms, fold numbers', () => {
    expect(englishKey('The Belt and Road Initiatives')).toBe('belt and road initi');
    expect(englishKey("China's CPC")).toBe('china CPC');
    expect(englishKey('the Nineteenth Congress')).toBe('19th congress');
  });
});
