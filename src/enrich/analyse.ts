// One pass over a term that every enrichment reads from: its runs of Chinese characters, jieba's words in each,
// and the reading of every character. Anything else in the term (5G, Latin letters, digits) is kept as it is.
import { cutWords } from '../segment/jieba.ts';
import type { Corrections } from './corrections.ts';
import { readRun, type RunReading, type Span } from './readings.ts';

export type Segment = { kind: 'han'; reading: RunReading } | { kind: 'other'; text: string };

const HAN_RUN = /(\p{Script=Han}+)/u;

export function hasHan(text: string): boolean {
  return HAN_RUN.test(text);
}

/** `simplified` must already be in simplified characters (the dictionaries are keyed by them). */
export function analyseTerm(simplified: string, corrections: Corrections): Segment[] {
  const segments: Segment[] = [];
  simplified.split(HAN_RUN).forEach((text, i) => {
    if (text === '') return;
    if (i % 2 === 0) segments.push({ kind: 'other', text });
    else segments.push({ kind: 'han', reading: readRun(Array.from(text), wordSpans(text), corrections) });
  });
  return segments;
}

function wordSpans(run: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const word of cutWords(run)) {
    const end = start + Array.from(word).length;
    spans.push({ start, end });
    start = end;
  }
  return spans;
}
