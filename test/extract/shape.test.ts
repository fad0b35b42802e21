import { describe, expect, it } from 'vitest';
import { listedShapeFactor, partsAllowed, shapeFactor, SHAPE, wordParts } from '../../src/extract/shape.ts';
import { generalFrequencies } from '../../src/segment/index.ts';
import { withTagCorrections } from '../../src/extract/tags.ts';

const general = generalFrequencies();
const parts = (word: string) => wordParts(word, general);

describe('wordParts and partsAllowed', () => {
  it.each([
    ['完全符合', ['完全', '符合'], true],
    ['致力于', ['致力', '于'], false],
    ['守望相助', ['守望', '相助'], true],
    ['我要', ['我', '要'], false], // made up by jieba's HMM: checked character by character
    ['一是', ['一', '是'], false],
    ['抗疫', ['抗', '疫'], true],
  ])('%s → %j (allowed: %s)', (word, expected, allowed) => {
    expect(parts(word)).toEqual(expected);
    expect(partsAllowed(parts(word))).toBe(allowed);
  });
});

describe('shapeFactor', () => {
  it('leaves noun phrases alone', () => {
    expect(shapeFactor(['人类', '命运', '共同体'], general)).toBe(1);
    expect(shapeFactor(['缓和', '紧张', '局势'], general)).toBe(1);
  });

  it('costs a little for verbs (jieba tags many nouns so) and much for a non-head at the end', () => {
    expect(shapeFactor(['完善', '香港特区', '选举', '制度'], general)).toBeCloseTo(SHAPE.verbFirst * SHAPE.verbInside, 10);
    expect(shapeFactor(['新形势', '下'], general)).toBe(SHAPE.nonHead);
  });

  it('counts a verb at the end once, as the head, not again as a verb inside', () => {
    expect(general.tag('治理')).toBe('v');
    expect(shapeFactor(['全球', '治理'], general)).toBe(SHAPE.verbHead);
  });

  it('takes a name after a title of office for a person, not a term; the title alone, or after the name, stays', () => {
    expect(shapeFactor(['国家', '主席', '胡锦涛'], general)).toBe(SHAPE.nonHead);
    expect(shapeFactor(['外交部长', '王毅'], general)).toBe(SHAPE.nonHead); // 王毅: made up by jieba's HMM, no tag
    expect(shapeFactor(['俄罗斯', '总统', '普京'], general)).toBe(SHAPE.nonHead); // 普京: tagged ns by jieba
    expect(shapeFactor(['国家', '副主席', '习近平'], general)).toBe(SHAPE.nonHead); // a word ending in a title (副主席) is one
    expect(shapeFactor(['国家', '主席'], general)).toBe(1);
    expect(shapeFactor(['习近平', '主席'], general)).toBe(1);
    expect(shapeFactor(['委员长', '会议'], general)).toBe(1);
  });

  it('judges a dictionary word by its parts: an adverb first makes an instruction of it', () => {
    expect(shapeFactor(parts('完全符合'), general, true)).toBe(SHAPE.nonHead);
    expect(shapeFactor(parts('大力发展'), general, true)).toBe(SHAPE.nonHead);
    expect(shapeFactor(parts('守望相助'), general, true)).toBe(1);
  });

  it('takes a plain adverb before an adjective for the start of a term: 共同|富裕 (jieba: 共同 d, 富裕 a)', () => {
    expect(parts('共同富裕')).toEqual(['共同', '富裕']);
    expect(shapeFactor(parts('共同富裕'), general, true)).toBe(1);
  });
});

describe('shapeFactor with the tag corrections of resources/extract/tags.txt', () => {
  const corrected = withTagCorrections(general);

  it('takes an adverbial adjective before a verb for an instruction (全面 tagged n by jieba, ad here)', () => {
    expect(general.tag('全面')).toBe('n');
    expect(shapeFactor(['全面', '贯彻'], general)).toBe(SHAPE.verbHead);
    expect(shapeFactor(['全面', '贯彻'], corrected)).toBeCloseTo(SHAPE.verbHead * SHAPE.nonHead, 10);
    expect(shapeFactor(parts('全面提高'), corrected, true)).toBe(SHAPE.nonHead);
    expect(shapeFactor(['切实', '加强'], general)).toBeCloseTo(SHAPE.verbHead * SHAPE.nonHead, 10);
  });

  it('holds nothing against an adverb opening a noun phrase, or a plain adverb before a verbal noun', () => {
    expect(shapeFactor(['全面', '从严', '治党'], corrected)).toBe(shapeFactor(['全面', '从严', '治党'], general));
    expect(shapeFactor(['初次', '分配'], corrected)).toBe(1);
  });
});

describe('listedShapeFactor (a phrase CC-CEDICT lists whole)', () => {
  it('forgives the verbs of a lexicalized phrase but not a locality word at its end', () => {
    expect(shapeFactor(['可', '持续', '发展'], general)).toBeLessThan(1);
    expect(listedShapeFactor(['可', '持续', '发展'], general)).toBe(1);
    expect(listedShapeFactor(['发展', '中'], general)).toBe(SHAPE.nonHead);
  });
});
