// A standalone HTML page (no scripts, no external files): one section per term, one row per finding.
import type { Finding } from '../../types.ts';
import { groupByTerm, place, summary } from './group.ts';

export interface HtmlOptions {
  /** Page title (default "Terminology check"). */
  title?: string;
  /** Segments read, for the summary line. */
  checked?: number;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Escaped text with every occurrence of the given strings marked. */
function marked(text: string, marks: readonly string[]): string {
  let out = esc(text);
  for (const m of marks.filter((x) => x !== '')) out = out.split(esc(m)).join(`<mark>${esc(m)}</mark>`);
  return out;
}

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h2 .term{background:#fff3b0;padding:0 .2em}
h2 .expected{font-weight:normal;color:#555;font-size:.95rem;margin-left:.6rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}.error{color:#b00020;font-weight:600}.warning{color:#a05a00}.info{color:#006b80}
mark{background:#fff3b0}td.segment{font-size:.9rem;color:#444;max-width:40rem}td.segment div+div{margin-top:.3rem}`;

export function formatHtml(findings: readonly Finding[], options: HtmlOptions = {}): string {
  const title = options.title ?? 'Terminology check';
  const sections = groupByTerm(findings).map((g) => {
    const rows = g.findings
      .map((f) => {
        const message = marked(f.message ?? '', [g.term]);
        const segment = f.source === undefined ? '' : `<div lang="zh">${marked(f.source, [g.term])}</div><div lang="en">${marked(f.target ?? '', f.found)}</div>`;
        return `<tr><td>${esc(place(f))}</td><td>${esc(f.id)}</td><td class="${f.severity}">${f.severity}</td><td>${f.check}</td><td>${esc(f.found.join(' | '))}</td><td>${message}</td><td class="segment">${segment}</td></tr>`;
      })
      .join('\n');
    const expected = g.expected.length > 0 ? `<span class="expected">→ ${esc(g.expected.join(' | '))}</span>` : '';
    return `<section><h2><span class="term" lang="zh">${esc(g.term)}</span>${expected}</h2>
<table><thead><tr><th>Place</th><th>Segment</th><th>Severity</th><th>Check</th><th>Found</th><th>Message</th><th>Source and target</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body><h1>${esc(title)}</h1><p>${esc(summary(findings, options.checked))}</p>
${sections.join('\n')}
</body></html>
`;
}
