import { describe, expect, it } from 'vitest';
import { enrichTerms } from '../../src/enrich/index.ts';

const one = (term: string) => enrichTerms([term])[0]!;

describe('traditional forms (OpenCC, phrase by phrase)', () => {
  it.each([
    ['头发', '頭髮', '頭髮', '頭髮'],
    ['干部', '幹部', '幹部', '幹部'],
    ['干涉', '干涉', '干涉', '干涉'],
    ['软件', '軟件', '軟體', '軟件'],
    ['台湾海峡', '臺灣海峽', '臺灣海峽', '台灣海峽'],
    ['网络信息', '網絡信息', '網路資訊', '網絡信息'],
    // project correction (resources/enrich/traditional-corrections.tsv): OpenCC alone gives 總檯, a reception counter
    ['中央广播电视总台', '中央廣播電視總臺', '中央廣播電視總臺', '中央廣播電視總台'],
    ['电视台', '電視臺', '電視臺', '電視台'],
    // project correction: OpenCC's Taiwan phrases give the computing "loop" 迴圈
    ['国内国际双循环', '國內國際雙循環', '國內國際雙循環', '國內國際雙循環'],
    // project correction: OpenCC reads 个中 as 箇中 ("therein") across words
    ['一个中国原则', '一個中國原則', '一個中國原則', '一個中國原則'],
    // project correction: OpenCC reads the 征 of 新征程 as 徵 (levy)
    ['新征程', '新征程', '新征程', '新征程'],
    // Taiwan writes these political words as standard traditional, not as OpenCC's software terms (程序, 執行, 檔案, 支援)
    ['和平进程', '和平進程', '和平進程', '和平進程'],
    ['经济运行', '經濟運行', '經濟運行', '經濟運行'],
    ['中英联合声明', '中英聯合聲明', '中英聯合聲明', '中英聯合聲明'],
    ['理论联系实际', '理論聯繫實際', '理論聯繫實際', '理論聯繫實際'],
    ['大规模设备更新', '大規模設備更新', '大規模設備更新', '大規模設備更新'],
    ['战略伙伴关系', '戰略夥伴關係', '戰略夥伴關係', '戰略夥伴關係'],
    ['中央文件', '中央文件', '中央文件', '中央文件'],
    ['支持非洲', '支持非洲', '支持非洲', '支持非洲'],
    ['优化营商环境', '優化營商環境', '優化營商環境', '優化營商環境'],
  ])('%s → hant %s, tw %s, hk %s', (term, hant, tw, hk) => {
    expect(one(term)).toMatchObject({ hant, tw, hk });
  });

  it('recognises a term already in traditional characters', () => {
    expect(one('頭髮')).toMatchObject({ term: '頭髮', hant: '頭髮', tw: '頭髮', hk: '頭髮', pinyin: 'tóufa' });
    expect(one('幹部')).toMatchObject({ hant: '幹部', pinyin: 'gànbù' });
  });

  it("reads Taiwan's 著 and Hong Kong's 衞 where they stand for 着 and 卫, and keeps 著 in 顯著 and 編著", () => {
    expect(['著眼', '著力推進', '代表著', '衞生', '顯著', '编著', '著作權'].map((t) => one(t).pinyin)).toEqual([
      'zhuóyǎn',
      'zhuólì tuījìn',
      'dàibiǎo zhe',
      'wèishēng',
      'xiǎnzhù',
      'biānzhù',
      'zhùzuòquán',
    ]);
  });

  it('passes a term without Chinese characters through untouched', () => {
    expect(one('APEC')).toEqual({ term: 'APEC', pinyin: '', pinyinNumbers: '', hant: 'APEC', tw: 'APEC', hk: 'APEC', hsk: null, gloss: null });
  });
});

describe('HSK levels', () => {
  it('gives the levels of an HSK word', () => {
    expect(one('发展').hsk).toEqual({ hsk3: 3, hsk2: 4 });
    expect(one('共同体').hsk).toEqual({ hsk3: 7, hsk2: null });
  });

  it('gives the levels of each word of a phrase', () => {
    expect(one('人类命运共同体').hsk).toEqual({
      hsk3: null,
      hsk2: null,
      words: [
        { word: '人类', hsk3: 3, hsk2: 5 },
        { word: '命运', hsk3: 3, hsk2: 5 },
        { word: '共同体', hsk3: 7, hsk2: null },
      ],
    });
  });

  it('is null when neither the term nor its words are listed', () => {
    expect(one('习近平').hsk).toBeNull();
  });
});

describe('CC-CEDICT gloss', () => {
  it('glosses a phrase word by word', () => {
    expect(one('人类命运共同体').gloss).toBe('人类 humanity · 命运 fate · 共同体 community');
  });

  it('gives the senses of a single word', () => {
    expect(one('干部').gloss).toBe('cadre; official; officer');
  });

  it('uses the sense of the reading in context', () => {
    expect(one('银行行长').gloss).toBe('银行 bank · 行长 bank president');
  });

  it('glosses runs of words that CC-CEDICT lists as one entry together, and prefers the common word to the name', () => {
    expect(one('共建一带一路').gloss).toBe('共 common · 建 to establish · 一带一路 Belt and Road Initiative');
    expect(one('海警法').gloss).toBe('海警 coast guard · 法 law');
  });

  it('drops notes that only repeat Chinese', () => {
    expect(one('全国人大').gloss).toBe("National People's Congress (NPC)");
  });

  it('drops cross-references and keeps a sense that is a note as a whole, without its example', () => {
    expect(one('西安').gloss).toBe("Xi'an, sub-provincial city and capital of Shaanxi Province");
    expect(one('第十五次').gloss).toBe('第 prefix indicating ordinal number · 十五 fifteen · 次 next in sequence');
  });

  it('drops the part of a sense that pointed at a removed reference, and reads a sense opening with a label as one', () => {
    expect(one('之').gloss).toBe('possessive particle; him; her');
    expect(one('亚投行').gloss).toBe('Asian Infrastructure Investment Bank');
    expect(one('奢靡之风').gloss).toBe('奢靡 extravagant · 之 possessive particle · 风 wind');
    expect(one('伊').gloss).toBe('(old) third person singular pronoun ("he" or "she"); second person singular pronoun ("you"); (May 4th period) third person singular feminine pronoun ("she")');
    expect(one('陆海新通道').gloss).toBe('陆 land · 海 ocean · 新 new · 通道 channel');
  });

  it('drops Chinese written beside its English, and glosses an abbreviation by its full form', () => {
    expect(one('港澳台').gloss).toBe('Hong Kong, Macao and Taiwan');
    expect(one('周总理').gloss).toBe('Premier Zhou Enlai (1898-1976)');
    expect(one('外资企业').gloss).toBe('wholly foreign-owned enterprise (WFOE) (form of legal entity in China)');
  });

  it('glosses the words a correction divides (澳人 | 治 | 澳, not 人治 rule of man)', () => {
    expect(one('澳人治澳').gloss).toBe('澳 Macao · 人 person · 治 to rule · 澳 Macao');
  });

  it('keeps a short rest after a comma (one country, two systems), not a long explanation', () => {
    expect(one('坚持一国两制').gloss).toBe('坚持 to persevere with · 一国两制 one country, two systems');
    expect(one('一带一路高质量发展').gloss).toBe('一带一路 Belt and Road Initiative · 高质量 high quality · 发展 development');
  });

  it('follows an entry that only points to another', () => {
    expect(one('一点儿').gloss).toBe('a bit; a little bit; (used in negative expressions) (not) the least bit');
  });
});
