import { describe, expect, it } from 'vitest';
import { enrichTerms } from '../../src/enrich/index.ts';
import { parseCorrections } from '../../src/enrich/corrections.ts';

const pinyinOf = (term: string, options = {}) => enrichTerms([term], options)[0]!;

describe('pinyin: readings in context, checked against CC-CEDICT and the corrections table', () => {
  it.each([
    ['代表团一行', 'dàibiǎotuán yīxíng', 'dai4biao3tuan2 yi1xing2'],
    ['银行行长', 'yínháng hángzhǎng', 'yin2hang2 hang2zhang3'],
    ['一行两会', 'yīháng liǎnghuì', 'yi1hang2 liang3hui4'],
    ['朝鲜', 'Cháoxiǎn', 'Chao2xian3'],
    ['河长制', 'hézhǎngzhì', 'he2zhang3zhi4'],
    ['以人民为中心', 'yǐ rénmín wéi zhōngxīn', 'yi3 ren2min2 wei2 zhong1xin1'],
    ['交易量', 'jiāoyìliàng', 'jiao1yi4liang4'],
    ['以经济建设为中心', 'yǐ jīngjì jiànshè wéi zhōngxīn', 'yi3 jing1ji4 jian4she4 wei2 zhong1xin1'],
    ['应检尽检', 'yīng jiǎn jìn jiǎn', 'ying1 jian3 jin4 jian3'],
    ['为人民服务', 'wèi rénmín fúwù', 'wei4 ren2min2 fu2wu4'],
    ['创新力', 'chuàngxīnlì', 'chuang4xin1li4'],
    ['便宜', 'piányi', 'pian2yi5'],
    ['两新一重', 'liǎngxīn-yīzhòng', 'liang3xin1-yi1zhong4'],
    ['绿水青山就是金山银山', 'lǜshuǐ qīngshān jiùshì jīnshān yínshān', 'lü4shui3 qing1shan1 jiu4shi4 jin1shan1 yin2shan1'],
    ['战略', 'zhànlüè', 'zhan4lüe4'],
    // abbreviated names are one word, a coordination is hyphenated, a person and a natural feature stay apart
    ['安理会', 'Ānlǐhuì', 'An1li3hui4'],
    ['上合组织', 'Shànghé Zǔzhī', 'Shang4he2 Zu3zhi1'],
    ['冬奥会', "Dōng'àohuì", 'Dong1ao4hui4'],
    ['粤港澳大湾区', 'Yuè-Gǎng-Ào Dàwān Qū', 'Yue4-Gang3-Ao4 Da4wan1 Qu1'],
    ['孙中山', 'Sūn Zhōngshān', 'Sun1 Zhong1shan1'],
    ['长江', 'Cháng Jiāng', 'Chang2 Jiang1'],
    // numeral and 个 apart in a slogan jieba keeps whole, 个 in its citation tone; 一次性 stays a word
    ['三个代表', 'Sān gè Dàibiǎo', 'San1 ge4 Dai4biao3'],
    ['四个全面', 'Sì gè Quánmiàn', 'Si4 ge4 Quan2mian4'],
    ['一次性', 'yīcìxìng', 'yi1ci4xing4'],
    // a dictionary phrase is divided the same way inside a longer term
    ['可持续发展议程', 'kěchíxù fāzhǎn yìchéng', 'ke3chi2xu4 fa1zhan3 yi4cheng2'],
    // corrections: no capitals from unrelated names (双城, a Harbin district), one where a name has none (中东欧)
    ['成渝地区双城经济圈', 'Chéng-Yú dìqū shuāngchéng jīngjìquān', 'Cheng2-Yu2 di4qu1 shuang1cheng2 jing1ji4quan1'],
    ['中东欧', "Zhōng Dōng'ōu", 'Zhong1 Dong1ou1'],
    // diplomatic compounds CC-CEDICT lacks are written as it writes the ones it has (中美 Zhōng-Měi, 日方 Rìfāng)
    ['中拉论坛', 'Zhōng-Lā lùntán', 'Zhong1-La1 lun4tan2'],
    ['中阿合作论坛', 'Zhōng-Ā hézuò lùntán', 'Zhong1-A1 he2zuo4 lun4tan2'],
    ['美方', 'Měifāng', 'Mei3fang1'],
    ['中蒙俄经济走廊', 'Zhōng-Měng-É jīngjì zǒuláng', 'Zhong1-Meng3-E2 jing1ji4 zou3lang2'],
    // CC-CEDICT's China-Pakistan beats its minibus of the same reading
    ['中巴经济走廊', 'Zhōng-Bā jīngjì zǒuláng', 'Zhong1-Ba1 jing1ji4 zou3lang2'],
    ['新方法', 'xīn fāngfǎ', 'xin1 fang1fa3'],
    ['中老年人', 'zhōnglǎoniánrén', 'zhong1lao3nian2ren2'],
    // a correction that divides its phrase into words (neither jieba nor CC-CEDICT gives 澳人 | 治 | 澳)
    ['港人治港', 'Gǎngrén zhì Gǎng', 'Gang3ren2 zhi4 Gang3'],
    ['澳人治澳', 'Àorén zhì Ào', 'Ao4ren2 zhi4 Ao4'],
  ])('%s → %s', (term, pinyin, numbers) => {
    const e = pinyinOf(term);
    expect(e.pinyin).toBe(pinyin);
    expect(e.pinyinNumbers).toBe(numbers);
  });

  it('takes a reading from a corrections table given as an option', () => {
    const corrections = parseCorrections('一行\tyi1 hang2\n');
    expect(pinyinOf('代表团一行', { corrections }).pinyin).toBe('dàibiǎotuán yīháng');
  });

  it('reads | in a correction as a word division', () => {
    expect(parseCorrections('澳人治澳\tAo4 ren2 | zhi4 | Ao4\n').get('澳人治澳')).toEqual({ syllables: ['Ao4', 'ren2', 'zhi4', 'Ao4'], wordStarts: [2, 3] });
    expect(parseCorrections('一行\tyi1 hang2\n').get('一行')).toEqual({ syllables: ['yi1', 'hang2'] });
  });

  it('rejects a correction whose syllables do not match its characters', () => {
    expect(() => parseCorrections('一行\tyi1\n')).toThrow(/one numbered syllable per character/);
  });
});

describe('pinyin: GB/T 16159-2012 orthography', () => {
  it.each([
    ['人类命运共同体', 'rénlèi mìngyùn gòngtóngtǐ'],
    ['西安', "Xī'ān"],
    ['长治久安', "chángzhì-jiǔ'ān"],
    ['实事求是', 'shíshì-qiúshì'],
    ['总而言之', "zǒng'éryánzhī"],
    ['一国两制', 'yīguó-liǎngzhì'],
    ['形式主义', 'xíngshì zhǔyì'],
    ['中华人民共和国', 'Zhōnghuá Rénmín Gònghéguó'],
    ['全国人民代表大会', 'Quánguó Rénmín Dàibiǎo Dàhuì'],
    ['习近平', 'Xí Jìnpíng'],
    ['北京市', 'Běijīng Shì'],
    ['泰山', 'Tài Shān'],
    ['马克思主义', 'Mǎkèsī zhǔyì'],
    ['红十字会', 'Hóngshízìhuì'],
    ['共建一带一路', 'gòngjiàn Yīdài Yīlù'],
    ['和平共处五项原则', 'hépíng gòngchǔ wǔ xiàng yuánzé'],
    ['第二十次', 'dì-èrshí cì'],
    ['一个中国原则', 'yī gè Zhōngguó yuánzé'],
    ['一点儿', 'yīdiǎnr'],
    ['5G网络', '5G wǎngluò'],
    ['中国特色社会主义道路', 'Zhōngguó tèsè shèhuì zhǔyì dàolù'],
    ['加强党的建设', 'jiāqiáng dǎng de jiànshè'],
    ['鸭绿江', 'Yālù Jiāng'],
    ['松花江', 'Sōnghuā Jiāng'],
    ['马鞍山', "Mǎ'ānshān"],
    ['黑龙江', 'Hēilóngjiāng'],
    ['相互支持', 'xiānghù zhīchí'],
    ['以人为本', "yǐrén-wéiběn"],
    ['碳中和', 'tànzhōnghé'],
    ['中美关系', 'Zhōng-Měi guānxì'],
    ['中日关系', 'Zhōng-Rì guānxì'],
    ['京津冀协同发展', 'Jīng-Jīn-Jì xiétóng fāzhǎn'],
    ['人民政协', 'rénmín Zhèngxié'],
    ['九二共识', "Jiǔ'èr Gòngshí"],
    ['黄河', 'Huáng Hé'],
    ['二十国集团', 'èrshí guó jítuán'],
    ['与邻为善', 'yǔlín-wéishàn'],
    ['互联网+政务服务', 'Hùliánwǎng+ zhèngwù fúwù'],
    // a one-character suffix that jieba (供给|侧, 杠杆|率) or the division of a long word (城镇化率) cut off
    ['供给侧结构性改革', 'gōngjǐcè jiégòuxìng gǎigé'],
    ['宏观杠杆率', 'hóngguān gànggǎnlǜ'],
    ['城镇化率', 'chéngzhènhuàlǜ'],
    ['可持续性', 'kěchíxùxìng'],
  ])('%s → %s', (term, pinyin) => {
    expect(pinyinOf(term).pinyin).toBe(pinyin);
  });

  it('writes tone numbers with the same words, 5 for the neutral tone, no apostrophes', () => {
    expect(pinyinOf('长治久安').pinyinNumbers).toBe('chang2zhi4-jiu3an1');
    expect(pinyinOf('知识分子').pinyinNumbers).toBe('zhi1shi5 fen4zi3');
    expect(pinyinOf('一点儿').pinyinNumbers).toBe('yi1dianr3');
  });
});

describe('pinyin: tones of 一 and 不', () => {
  it('keeps citation tones by default', () => {
    expect(pinyinOf('一带一路').pinyin).toBe('Yīdài Yīlù');
    expect(pinyinOf('不忘初心').pinyin).toBe('bùwàng chūxīn');
  });

  it('gives spoken tones with toneSandhi, but not in ordinals and numbers', () => {
    expect(pinyinOf('一带一路', { toneSandhi: true }).pinyin).toBe('Yídài Yílù');
    expect(pinyinOf('一带一路', { toneSandhi: true }).pinyinNumbers).toBe('Yi2dai4 Yi2lu4');
    expect(pinyinOf('不忘初心', { toneSandhi: true }).pinyin).toBe('búwàng chūxīn');
    expect(pinyinOf('一国两制', { toneSandhi: true }).pinyin).toBe('yìguó-liǎngzhì');
    expect(pinyinOf('第一次', { toneSandhi: true }).pinyin).toBe('dì-yī cì');
  });
});

describe('pinyin: options', () => {
  it('leaves out tone marks with toneless, keeping numbers in pinyinNumbers', () => {
    const e = pinyinOf('西安', { toneless: true });
    expect(e.pinyin).toBe("Xi'an");
    expect(e.pinyinNumbers).toBe('Xi1an1');
  });

  it("lets a glossary entry's own pinyin win, and derives the tone numbers from it", () => {
    const pinyinOverrides = new Map([['一带一路', 'Yī Dài Yī Lù']]);
    const e = pinyinOf('一带一路', { pinyinOverrides });
    expect(e.pinyin).toBe('Yī Dài Yī Lù');
    expect(e.pinyinNumbers).toBe('Yi1 Dai4 Yi1 Lu4');
  });

  it('reads a term written in traditional characters', () => {
    expect(pinyinOf('頭髮').pinyin).toBe('tóufa');
    expect(pinyinOf('人類命運共同體').pinyin).toBe('rénlèi mìngyùn gòngtóngtǐ');
  });
});
