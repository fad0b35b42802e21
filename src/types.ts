// The records that flow between zhterm's stages:
//   Document → Sentence → Candidate → TermRecord → export      (build)
//   TranslationUnit → Finding                                  (check)
// Each stage owns the fields it adds; keep this file the single place where they are declared.

/** A place in an input file (1-based line). */
export interface Location {
  file: string;
  line: number;
}

/** One input text: a file, or one `=== ` section of a news-corpus file. */
export interface Document {
  id: string;
  path: string;
  /** The header text after `=== ` when the document is a section of a larger file. */
  title?: string;
}

/** A clause of a document: the unit that an n-gram never crosses. */
export interface Sentence extends Location {
  docId: string;
  /** The clause as written (after NFKC), quotation and title marks kept. */
  text: string;
  /** Folded for counting: simplified characters, quotation and title marks removed. */
  norm: string;
  /** [start, end) spans of `norm` that stood inside quotation or title marks: evidence of a set phrase. */
  quoted?: [number, number][];
}

/** A sentence in which a term occurs, with the term marked 【like this】. */
export interface Context extends Location {
  text: string;
}

/** A term proposed by the extractor, ranked by corpus statistics alone. */
export interface Candidate {
  /** Simplified, normalized form (no quotation marks). */
  term: string;
  /** Surface forms seen in the corpus (traditional, quoted …), most frequent first. */
  forms: string[];
  freq: number;
  docFreq: number;
  score: number;
  /** Component measures that went into `score` (npmi, entropy, termhood, cvalue …). */
  measures: Record<string, number>;
  first: Location;
  contexts: Context[];
}

/** HSK levels of a term, or of its words when it is a phrase. */
export interface HskLevels {
  /** HSK 3.0 level 1–7 (7 stands for the 7–9 band), null when not in the list. */
  hsk3: number | null;
  /** HSK 2.0 level 1–6, null when not in the list. */
  hsk2: number | null;
  /** Per word, when the term is not itself an HSK word. */
  words?: { word: string; hsk3: number | null; hsk2: number | null }[];
}

/** What the enrich stage adds to a term. */
export interface Enrichment {
  term: string;
  /** Tone marks, GB/T 16159-2012 word-joined orthography. */
  pinyin: string;
  /** Same words with tone numbers (ren2lei4 ming4yun4 gong4tong2ti3). */
  pinyinNumbers: string;
  hant: string;
  tw: string;
  hk: string;
  hsk: HskLevels | null;
  /** Word-by-word CC-CEDICT gloss; a gloss, never a translation. */
  gloss: string | null;
}

/** One concept of the curated glossary (concept → language → term, as in TBX). */
export interface GlossaryEntry {
  /** Simplified Chinese term. */
  zh: string;
  /** Preferred English rendering. */
  en: string;
  enAdmitted: string[];
  enDeprecated: string[];
  /** Overrides the computed pinyin. */
  pinyin?: string;
  domain?: string;
  note?: string;
  /** Where the official rendering is attested. */
  source?: string;
  /** Where the entry was read from. */
  origin?: Location;
}

export type TermStatus = 'glossary' | 'candidate';

/** A merged termbase record: candidate statistics + enrichment + glossary renderings. */
export interface TermRecord {
  zh: string;
  pinyin: string;
  pinyinNumbers: string;
  hant: string;
  tw: string;
  hk: string;
  en: string | null;
  enAdmitted: string[];
  enDeprecated: string[];
  status: TermStatus;
  freq: number;
  docFreq: number;
  score: number;
  contexts: Context[];
  /** Glossary terms this record contains or is contained in. */
  related: string[];
  source?: string;
  note?: string;
  domain?: string;
  hsk?: HskLevels | null;
  gloss?: string | null;
  forms?: string[];
  /** True when the term contains a glossary term but has no rendering of its own. */
  needsTranslation?: boolean;
}

/** One aligned source/target segment from a bitext (TSV, TMX, XLIFF, two plain files). */
export interface TranslationUnit {
  id: string;
  file: string;
  line: number;
  source: string;
  target: string;
  /** The target's language where the file names it per unit (TMX: en-US, en-GB). */
  targetLang?: string;
}

export type CheckId =
  | 'missing-translation'
  | 'deprecated-translation'
  | 'inconsistent-translation'
  | 'source-variant';

export type Severity = 'error' | 'warning' | 'info';

/** A terminology problem found in one segment. */
export interface Finding {
  /** Segment id. */
  id: string;
  check: CheckId;
  severity: Severity;
  term: string;
  expected: string[];
  found: string[];
  file?: string;
  line?: number;
  message?: string;
  /** The segment's source and target text, for reviewers (check). */
  source?: string;
  target?: string;
  /** inconsistent-translation and source-variant: every form seen for the term, most frequent first. */
  variants?: { form: string; count: number; ids: string[] }[];
}
