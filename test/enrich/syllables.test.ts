import { describe, expect, it } from 'vitest';
import { splitMarkedWord, stripToneMarks, toMarked, toneMarksToNumbers } from '../../src/enrich/syllables.ts';

describe('tone-mark pinyin to tone numbers (for glossary pinyin)', () => {
  it.each([
    ['Rénlèi mìngyùn gòngtóngtǐ', 'Ren2lei4 ming4yun4 gong4tong2ti3'],
    ["Xī'ān Shì", 'Xi1an1 Shi4'],
    ['Jǐnán', 'Ji3nan2'],
    ['fǒurèn', 'fou3ren4'],
    ["chángzhì-jiǔ'ān", 'chang2zhi4-jiu3an1'],
    ['yīdiǎnr', 'yi1dianr3'],
    ['kùnnan', 'kun4nan5'],
    ["nǚ'ér lǜsè", 'nü3er2 lü4se4'],
    ['zhànlüè', 'zhan4lüe4'],
    ['Zhōnghuá Rénmín Gònghéguó', 'Zhong1hua2 Ren2min2 Gong4he2guo2'],
  ])('%s → %s', (marked, numbers) => {
    expect(toneMarksToNumbers(marked)).toBe(numbers);
  });

  it('keeps words that are not pinyin as they are', () => {
    expect(toneMarksToNumbers('5G wǎngluò China')).toBe('5G wang3luo4 China');
    expect(splitMarkedWord('hello')).toBeNull();
  });
});

describe('numbered syllables to tone marks', () => {
  it.each([
    ['lü4', 'lǜ'],
    ['lüe4', 'lüè'],
    ['Xi1', 'Xī'],
    ['Er2', 'Ér'],
    ['de5', 'de'],
    ['zhuang4', 'zhuàng'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
  ])('%s → %s', (numbered, marked) => {
    expect(toMarked(numbered)).toBe(marked);
  });

  it('strips tone marks and keeps ü', () => {
    expect(stripToneMarks("Xī'ān lǜsè Nǚ")).toBe("Xi'an lüse Nü");
  });
});
