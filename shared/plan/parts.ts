import { toHalfWidth } from '../text/normalize';
import { inlinePoints, titleOf } from './body';
import { readLabel, type NumberStyle } from './numbering';

/** What a top-level part of a document holds, as far as scoring goes. */
export type PartKind = 'procedure' | 'items' | 'other' | 'table';

/** A top-level numbered part of a document (第二章 考核内容, 第三条 考核方式) or its attached table. */
export interface DocPart {
  /** How the part is chosen (CLI --part, the 方案 screen): its label as written, or "表格" for the table. */
  id: string;
  /** The label as written ("第二章"), "" for the table. */
  label: string;
  title: string;
  kind: PartKind;
  /** Numbered paragraphs inside the part (its would-be items), or the table's rows. */
  size: number;
}

/** A part with its paragraphs, heading first. */
export interface PartText extends DocPart {
  paragraphs: string[];
}

// Titles of the parts of a 考核办法 that say how the assessment runs rather than what is scored.
const PROCEDURE_TITLE =
  /总则|附则|目的|依据|适用|范围|原则|对象|组织(领导|实施|机构)|(考核|考评|评价)(方式|方法|程序|步骤|时间|组织|主体|对象|结果|实施|等次)|等次|评定|结果(运用|应用|通报|使用|处理)|奖惩|奖励|惩处|问责|责任追究|纪律|监督|申诉|复核|解释|施行|生效|职责|分工/;
// Sentences that only a procedural article says.
const PROCEDURE_TEXT =
  /为[^。]{0,80}制定本(办法|细则|方案|规定)|本(办法|细则|方案|规定)(适用于|所称|由|自)|负责解释|起(施行|执行)|之日起|^(第\S+条)?\s*(考核|考评)(工作)?(采取|采用|实行|坚持|分为|按照|每年)/;
// Titles of the part that holds what is scored.
const ITEMS_TITLE = /(考核|考评|评价|评分)(内容|指标|项目|事项|细则|重点|标准|要点)|指标体系|主要(任务|内容)|重点(工作|任务)|工作任务/;

function classify(heading: string, title: string, paragraphs: string[]): PartKind {
  const t = toHalfWidth(title);
  if (ITEMS_TITLE.test(t)) return 'items';
  if (PROCEDURE_TITLE.test(t) || PROCEDURE_TEXT.test(toHalfWidth(heading))) return 'procedure';
  // Items with their points written in ("(一)……(10分)") are what is scored, whatever the part is called.
  const pointed = paragraphs.slice(1).filter((p) => readLabel(p) !== null && inlinePoints(p) !== null).length;
  return pointed >= 2 ? 'items' : 'other';
}

/**
 * The top-level parts of a document's numbered body: each paragraph numbered in the style of the
 * first numbered paragraph starts a part. Paragraphs before it (title, preamble) are in no part.
 */
export function splitParts(paragraphs: string[]): PartText[] {
  let top: NumberStyle | null = null;
  const parts: PartText[] = [];
  for (const paragraph of paragraphs) {
    const label = readLabel(paragraph);
    if (label && (top === null || label.style === top)) {
      top = label.style;
      parts.push({ id: label.label, label: label.label, title: titleOf(label.rest), kind: 'other', size: 0, paragraphs: [paragraph] });
    } else if (parts.length) {
      const part = parts[parts.length - 1]!;
      part.paragraphs.push(paragraph);
      if (label) part.size++;
    }
  }
  for (const p of parts) p.kind = classify(p.paragraphs[0]!, p.title, p.paragraphs);
  return parts;
}

/**
 * True when a document's numbered parts are rules about the assessment (a 考核办法: 第一条 目的,
 * 第二条 适用范围, 第X条 等次评定) rather than items to score: at least two procedural parts, and
 * they are at least two in five of all parts. A work plan's one "组织领导" section is not enough.
 */
export function isProcedural(parts: DocPart[]): boolean {
  const procedural = parts.filter((p) => p.kind === 'procedure').length;
  return parts.length >= 3 && procedural >= 2 && procedural * 5 >= parts.length * 2;
}

/**
 * The part most likely to hold the items: one titled so with items inside (the one with most),
 * else the largest non-procedural one. A 考核内容 article that only says "见附件" holds none.
 */
export function guessItemsPart(parts: DocPart[]): DocPart | null {
  const bySize = (a: DocPart, b: DocPart) => b.size - a.size;
  const items = parts.filter((p) => p.kind === 'items' && p.size >= 2).sort(bySize);
  if (items[0]) return items[0];
  return parts.filter((p) => p.kind === 'other' && p.size >= 2).sort(bySize)[0] ?? null;
}

/** The part a user named (--part 第三章, --part 考核内容, --part 表格): by id or label first, then by words of its title. */
export function findPart<T extends DocPart>(parts: T[], wanted: string): T | null {
  const key = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
  const w = key(wanted);
  if (!w) return null;
  if (/^(表格|附表|附件|table)$/i.test(w)) return parts.find((p) => p.kind === 'table') ?? null;
  return (
    parts.find((p) => key(p.id) === w || key(p.label) === w) ??
    parts.find((p) => key(`${p.label}${p.title}`) === w) ??
    parts.find((p) => key(p.title).includes(w)) ??
    null
  );
}

/**
 * The paragraphs of a chosen part as a plan body: its heading goes, and so does a lone wrapper
 * ("第四条 考核内容包括：" above (一)…(五)): while the part's first numbering style occurs once,
 * the items are the level below it. Unnumbered lead paragraphs stay as the preamble.
 */
export function partBody(part: PartText): string[] {
  let body = part.paragraphs.slice(1);
  for (let guard = 0; guard < 3; guard++) {
    const labels = body.map((p) => readLabel(p));
    const first = labels.find((l) => l !== null);
    if (!first) break;
    const same = labels.filter((l) => l?.style === first.style).length;
    const deeper = labels.filter((l) => l !== null && l.style !== first.style).length;
    if (same !== 1 || deeper < 2) break;
    const at = labels.indexOf(first);
    // The wrapper's own words ("考核内容包括以下方面：") stay as a lead paragraph, without its number.
    body = [...body.slice(0, at), ...(first.rest.length > 0 ? [first.rest] : []), ...body.slice(at + 1)];
  }
  return body;
}
