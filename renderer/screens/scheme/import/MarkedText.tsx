import { readRule } from '../../../../shared/rules-text/read-rule';

/** A 评分标准 text with the words its rule was read from marked, so the user sees where a rule came from. */
export function MarkedText({ text, points }: { text: string; points: number }) {
  const spans = readRule(text, points).spans;
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) parts.push({ text: text.slice(at, s.start), hit: false });
    parts.push({ text: text.slice(s.start, s.end), hit: true });
    at = s.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return <span className="rule-text">{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</span>;
}
