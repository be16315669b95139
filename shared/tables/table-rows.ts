import { cellPoints, titleParts } from './points-text';
import { cellText, type ColumnRole, type Grid, type GridCell } from './grid';

/** A node of the table before points are settled: a section, an indicator or an item. */
export interface RowNode {
  number: string;
  title: string;
  /** Points written for the node itself (in its title or its own points column). */
  points: number | null;
  children: RowNode[];
  /** The body rows the node is the deepest named node of, in order. */
  rows: RowData[];
  /** Grid row where the node starts (for messages). */
  row: number;
}

/** What one body row says about its deepest node. */
export interface RowData {
  row: number;
  points: number | null;
  /** A key per points cell, so a points cell merged over several rows counts once. */
  pointsKey: string | null;
  ruleText: string;
  ruleKey: string | null;
  method: string;
}

const TOTAL_ROW = /^(合计|总计|总分|小计|共计)$/;

function masterOf(grid: Grid, r: number, c: number): { cell: GridCell; key: string } {
  const cell = grid[r]![c]!;
  const from = cell.mergedFrom ?? { row: r, col: c };
  return { cell: grid[from.row]?.[from.col] ?? cell, key: `${from.row}:${from.col}` };
}

function node(text: string, row: number): RowNode {
  const parts = titleParts(text);
  return { number: parts.number, title: parts.title, points: parts.points, children: [], rows: [], row };
}

/** Distinct texts of a row, a merged cell counted once. */
function distinctTexts(grid: Grid, r: number): { text: string; cols: number[] }[] {
  const byKey = new Map<string, { text: string; cols: number[] }>();
  grid[r]!.forEach((_, c) => {
    const { cell, key } = masterOf(grid, r, c);
    const text = cellText(cell);
    if (!text) return;
    const entry = byKey.get(key) ?? { text, cols: [] };
    entry.cols.push(c);
    byKey.set(key, entry);
  });
  return [...byKey.values()];
}

/** The result of reading the body rows: the node tree and a total written in a 合计 row. */
export interface RowsRead {
  roots: RowNode[];
  statedTotal: number | null;
}

/**
 * Reads the body rows of a table (after the header) into nodes by their level columns. A merged
 * cell, an empty cell with deeper text beside it, or the same words as the row above continue the
 * node above; a row with one text that spans columns (or stands outside the level columns) is a
 * section of its own; empty rows are spacers.
 */
export function readRows(grid: Grid, roles: ColumnRole[], firstRow: number): RowsRead {
  const levelCols = (['level1', 'level2', 'level3'] as const).map((l) => roles.indexOf(l)).filter((c) => c >= 0);
  const pointsCols = roles.flatMap((r, c) => (r === 'points' ? [c] : []));
  const ruleCols = roles.flatMap((r, c) => (r === 'rule' ? [c] : []));
  const methodCols = roles.flatMap((r, c) => (r === 'method' ? [c] : []));
  // Several points columns: each belongs to the deepest level column on its left; the last one to the leaves.
  const ownerOf = (pc: number) => levelCols.filter((lc) => lc < pc).length - 1;
  const leafPointsCol = pointsCols[pointsCols.length - 1];
  const roots: RowNode[] = [];
  let section: RowNode | null = null;
  let current: (RowNode | null)[] = levelCols.map(() => null);
  let currentKeys: (string | null)[] = levelCols.map(() => null);
  let statedTotal: number | null = null;

  for (let r = firstRow; r < grid.length; r++) {
    const texts = distinctTexts(grid, r);
    if (texts.length === 0) continue;
    if (texts.some((t) => TRAILING_TOTAL(t.text))) {
      const p = leafPointsCol !== undefined ? cellPoints(cellText(masterOf(grid, r, leafPointsCol).cell)) : null;
      if (p !== null && /^(合计|总计|总分|共计)$/.test(texts[0]!.text.replace(/\s/g, ''))) statedTotal = p;
      continue;
    }
    const only = texts.length === 1 ? texts[0]! : null;
    // A section row: one text spanning columns, standing before the level columns, or alone in the first level column
    // (text pastes lose the merge) with no points and no rule beside it.
    const alone = only && only.cols.length === 1 && only.cols[0] === levelCols[0];
    if (only && (only.cols.length > 1 || only.cols.every((c) => c < (levelCols[0] ?? 0)) || alone)) {
      section = node(only.text, r);
      roots.push(section);
      current = levelCols.map(() => null);
      currentKeys = levelCols.map(() => null);
      continue;
    }
    const parents: RowNode[] = section ? [section] : [];
    let deepest: RowNode | null = section;
    const cellTexts = levelCols.map((c) => cellText(masterOf(grid, r, c).cell));
    // No level words in the row: it continues the deepest node above (a second rule row, a veto list row).
    const continues = !cellTexts.some(Boolean);
    if (continues) deepest = [...current].reverse().find((n) => n !== null) ?? section;
    for (let l = 0; l < levelCols.length && !continues; l++) {
      const c = levelCols[l]!;
      const { key } = masterOf(grid, r, c);
      const text = cellTexts[l]!;
      const deeperText = cellTexts.slice(l + 1).some(Boolean);
      let here: RowNode | null = null;
      const prev = current[l];
      // An empty level cell with deeper words beside it: the node above goes on, or (none above) the level is skipped.
      if (!text && deeperText && !prev) continue;
      if (!text) here = deeperText ? (prev ?? null) : null;
      else if (prev && (currentKeys[l] === key || titleParts(text).title === prev.title)) here = prev;
      if (!here && text) {
        here = node(text, r);
        const siblings = parents.length ? parents[parents.length - 1]!.children : roots;
        siblings.push(here);
        for (let d = l + 1; d < levelCols.length; d++) {
          current[d] = null;
          currentKeys[d] = null;
        }
      }
      if (!here) break;
      current[l] = here;
      currentKeys[l] = key;
      parents.push(here);
      deepest = here;
    }
    for (const pc of pointsCols) {
      if (pc === leafPointsCol) continue;
      const owner = current[ownerOf(pc)];
      const p = cellPoints(cellText(masterOf(grid, r, pc).cell));
      if (owner && p !== null && owner.points === null) owner.points = p;
    }
    const joined = (cols: number[]) => [...new Set(cols.map((c) => cellText(masterOf(grid, r, c).cell)).filter(Boolean))].join('\n');
    const ruleText = joined(ruleCols);
    const pointsCell = leafPointsCol !== undefined ? masterOf(grid, r, leafPointsCol) : null;
    const data: RowData = {
      row: r,
      points: pointsCell ? cellPoints(cellText(pointsCell.cell)) : null,
      pointsKey: pointsCell?.key ?? null,
      ruleText,
      ruleKey: ruleCols.length ? masterOf(grid, r, ruleCols[0]!).key : null,
      method: joined(methodCols),
    };
    if (!deepest) {
      // No level words at all: the row's rule text names an item of the section (veto lists often look so).
      if (!ruleText) continue;
      const item: RowNode = { number: '', title: '', points: null, children: [], rows: [data], row: r };
      roots.push(item);
      continue;
    }
    deepest.rows.push(data);
  }
  return { roots, statedTotal };
}

function TRAILING_TOTAL(text: string): boolean {
  return TOTAL_ROW.test(text.replace(/\s/g, ''));
}
