// A Word document described as plain data: the blocks an official letter or notice is made
// of. Built by pure code (feedback letters, the results notice) and written as .docx by
// electron/services/papers, so what a paper says is testable without any file format.

/** One cell row of a table: texts, left to right. */
export type DocRow = string[];

export interface DocColumn {
  label: string;
  /** Share of the text width, relative to the other columns. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type DocBlock =
  /** The document's title: 2号 小标宋 (or 黑体), centred. */
  | { kind: 'title'; text: string }
  /** 主送机关 or the addressee: flush left, no indent. */
  | { kind: 'salutation'; text: string }
  /** 一级标题 (黑体) or 二级标题 (楷体), indented two characters like the body. */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** Body text (仿宋), first line indented two characters. */
  | { kind: 'para'; text: string; emphasis?: boolean }
  | { kind: 'table'; columns: DocColumn[]; rows: DocRow[] }
  /** 落款: the sender and the date, right-aligned, with room above for the seal. */
  | { kind: 'signature'; lines: string[] };

export interface DocModel {
  title: string;
  /** Who wrote it (file properties). */
  creator: string;
  /** Shown in every page header while the results are not final (未定稿). */
  provisionalMark: string | null;
  /** Each part starts on a new page (a feedback letter per unit, or the notice and its table). */
  parts: DocBlock[][];
}

/** Every text of a document in reading order: what a reader (or a test) finds in it. */
export function docTexts(model: DocModel): string[] {
  const out: string[] = [];
  for (const part of model.parts)
    for (const b of part) {
      if (b.kind === 'table') out.push(...b.columns.map((c) => c.label), ...b.rows.flat());
      else if (b.kind === 'signature') out.push(...b.lines);
      else out.push(b.text);
    }
  return out;
}
