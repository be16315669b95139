import { UserError } from '../errors';

/** A comparison matrix as a file holds it: the criteria's names and the full square table. */
export interface MatrixFile {
  criteria: string[];
  matrix: number[][];
}

const MAX_CELLS = 15 * 16 + 16;

/** "3", "0.333", "1/3", full-width "１／３": a judgement; null if it is none of these. */
export function parseJudgement(raw: string): number | null {
  const s = raw.normalize('NFKC').trim();
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(s);
  if (fraction) {
    const d = Number(fraction[2]);
    return d > 0 ? Number(fraction[1]) / d : null;
  }
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\t') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * A CSV (or tab-separated) matrix: a header row of criteria names, then one row per criterion.
 * A first column of names (as Excel users lay it out, with an empty corner) is allowed; its
 * names must then match the header's. Cells may be decimals or fractions ("1/3").
 */
export function parseMatrixCsv(text: string, file: string): MatrixFile {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '');
  if (lines.length > 16 || lines.some((l) => l.length > 4000)) throw new UserError('weights.file.tooLarge', { file });
  const [head, ...body] = lines.map(splitCsvLine);
  if (!head || body.length === 0) throw new UserError('weights.file.empty', { file });
  const rowNames = body.every((r) => r[0] !== undefined && parseJudgement(r[0]) === null);
  const criteria = rowNames && head[0] === '' ? head.slice(1) : head;
  const matrix = body.map((row, i) => {
    const cells = rowNames ? row.slice(1) : row;
    return cells.map((cell, j) => {
      const v = parseJudgement(cell);
      if (v === null)
        throw new UserError('weights.file.badCell', { file, row: i + 2, col: j + 1 + (rowNames ? 1 : 0), value: cell.slice(0, 40) });
      return v;
    });
  });
  if (rowNames) {
    body.forEach((row, i) => {
      if (row[0] !== criteria[i])
        throw new UserError('weights.file.namesDiffer', {
          file,
          row: i + 2,
          name: row[0]!.slice(0, 40),
          expected: (criteria[i] ?? '').slice(0, 40),
        });
    });
  }
  return { criteria, matrix };
}

/** `{ "criteria": [...], "matrix": [[...]] }`; the criteria's count must match the matrix's. */
export function parseMatrixJson(text: string, file: string): MatrixFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UserError('weights.file.badJson', { file });
  }
  const o = raw as { criteria?: unknown; matrix?: unknown };
  const isRow = (r: unknown): r is unknown[] => Array.isArray(r) && r.length <= 16;
  if (
    !o ||
    typeof o !== 'object' ||
    !Array.isArray(o.criteria) ||
    !Array.isArray(o.matrix) ||
    o.matrix.length > 16 ||
    !o.matrix.every(isRow)
  ) {
    throw new UserError('weights.file.badShape', { file });
  }
  if (o.criteria.length > 16 || !o.criteria.every((c) => typeof c === 'string' && c.length <= 200))
    throw new UserError('weights.file.badShape', { file });
  if ((o.matrix as unknown[][]).reduce((a, r) => a + r.length, 0) > MAX_CELLS) throw new UserError('weights.file.tooLarge', { file });
  const matrix = (o.matrix as unknown[][]).map((row, i) =>
    row.map((cell, j) => {
      const v = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseJudgement(cell) : null;
      if (v === null || !Number.isFinite(v))
        throw new UserError('weights.file.badCell', { file, row: i + 1, col: j + 1, value: JSON.stringify(cell).slice(0, 40) });
      return v;
    }),
  );
  return { criteria: o.criteria as string[], matrix };
}
