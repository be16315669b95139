import { UserError } from '../errors';
import { checkItemsPerLevel } from '../plan/level-limits';
import { PLAN_LIMITS } from '../plan/limits';
import { detectYear, statedTotal as statedTotalIn } from '../plan/front-matter';
import type { PlanTree } from '../plan/types';
import { cellText, type ColumnRole, type Grid } from './grid';
import { findHeader } from './header';
import { readRows } from './table-rows';
import { buildTableTree } from './table-tree';

export interface TableOptions {
  /** Scheme total when the table does not state one. Default 100. */
  total?: number;
  fileName?: string;
  /** Column roles chosen by the user (column mapping); header detection is skipped. */
  roles?: ColumnRole[];
  /** Paragraphs before the table (a .docx preamble): the title and year may stand there. */
  preamble?: string[];
}

const TITLE_WORDS = /(细则|方案|标准|办法|评分表|考核表|指标|要点)/;

/** With roles given by the user: the header is the last row before the first points whose points cell holds words. */
function headerRowFor(grid: Grid, roles: ColumnRole[]): number {
  const pointsCol = roles.indexOf('points');
  if (pointsCol < 0) return -1;
  const firstPoints = grid.findIndex((row) => /^\D{0,2}\d/.test(cellText(row[pointsCol])));
  let header = -1;
  for (let r = 0; r < (firstPoints < 0 ? 0 : firstPoints); r++)
    if (cellText(grid[r]![pointsCol]) && !/\d/.test(cellText(grid[r]![pointsCol]))) header = r;
  return header;
}

/**
 * Turns a scoring table (评分细则) into the same criteria tree a prose plan gives, with each leaf's
 * 评分标准 read into its rule, the 奖罚分 block into bonus items and the 否决 list into vetoes.
 * Throws UserError when no header can be found (and no column roles were given) or no rows follow.
 */
export function parseTable(grid: Grid, options: TableOptions = {}): PlanTree {
  const file = options.fileName ?? '';
  const header = options.roles ? { row: headerRowFor(grid, options.roles), roles: options.roles } : findHeader(grid);
  if (!header) throw new UserError('error.tableNoHeader', { file });
  if (grid.length > PLAN_LIMITS.lines)
    throw new UserError('hardening.planTooManyLines', { file, count: grid.length, limit: PLAN_LIMITS.lines });
  const { roots, statedTotal } = readRows(grid, header.roles, header.row + 1);
  if (roots.length === 0) throw new UserError('error.tableNoRows', { file });
  checkItemsPerLevel(roots, file);
  const above = grid
    .slice(0, Math.max(0, header.row))
    .map((row) => [...new Set(row.map(cellText).filter(Boolean))].join(' '))
    .filter(Boolean);
  const preamble = [...(options.preamble ?? []), ...above];
  const title = preamble.find((p) => p.length <= 80 && TITLE_WORDS.test(p)) ?? null;
  const stated = statedTotal ?? statedTotalIn(preamble.join('\n'));
  const parts = buildTableTree(roots, stated ?? options.total ?? null, options.total ?? 100);
  const description = preamble.filter((p) => p !== title).join('\n');
  return {
    title,
    year: detectYear(title, description, options.fileName, preamble),
    description,
    total: parts.total,
    criteria: parts.criteria,
    warnings: parts.warnings,
    source: 'table',
    bonus: parts.bonus,
    vetoes: parts.vetoes,
  };
}
