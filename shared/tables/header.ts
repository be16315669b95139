import { toHalfWidth } from '../text/normalize';
import { cellText, LEVEL_ROLES, type ColumnRole, type Grid } from './grid';

type Word = ColumnRole | 'level';

/**
 * Header words as offices write them, tried in order (first match wins). 'level' columns become
 * 一级/二级/三级 from left to right; an explicit 一级/二级/三级 says its own level.
 */
const HEADER_WORDS: [RegExp, Word][] = [
  [/^(序号|编号|序)$/, 'serial'],
  [/^(一级(指标|要素|项目)?)$/, 'level1'],
  [/^(二级(指标|要素|项目)?)$/, 'level2'],
  [/^(三级(指标|要素|项目)?)$/, 'level3'],
  [/(自评|考评|实得|考核得|最终)(得)?分|^得分$|^扣分(原因|理由|说明|情况)?$|^(评分|评定分|实际得分)$/, 'score'],
  [/^(分值|标准分|基本分|考核分|基础分|分数|满分|配分|权重分?|分值\(分\)|标准分值|指标分值)$/, 'points'],
  [/(评分|计分|扣分|考核|考评|评价)(标准|细则|办法|方法|规则|依据)|^(标准|评分说明|细则)$/, 'rule'],
  [/(考核|考评|检查|评价|评估)(方式|方法|途径)|^(方式|方法)$/, 'method'],
  [/^(备注|说明|附注)$/, 'remark'],
  [
    /^(考核|评价|工作)?(项目|内容|要点|指标|事项|任务|类别|要素|重点)(名称)?$|^指标名称$|^具体(内容|要求|工作)$|^(考核|工作)(内容|任务)及要求$/,
    'level',
  ],
];

/** Header text as matched: half-width, no spaces or line breaks, units in brackets dropped ("分值（分）" → "分值"). */
function headerKey(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/\((分|分值)\)$/, '');
}

/** The role a header cell's words name, or null. */
export function headerWord(text: string): Word | null {
  const key = headerKey(text);
  if (!key || key.length > 16) return null;
  for (const [re, word] of HEADER_WORDS) if (re.test(key)) return word;
  return null;
}

/** Column roles from the words of one header row; null when fewer than two columns are recognised. */
export function rolesFromHeader(texts: string[]): ColumnRole[] | null {
  const words = texts.map(headerWord);
  if (words.filter((w) => w !== null).length < 2) return null;
  if (!words.some((w) => w === 'level' || w === 'level1' || w === 'level2' || w === 'level3' || w === 'rule')) return null;
  const explicit = new Set(words.filter((w) => w === 'level1' || w === 'level2' || w === 'level3'));
  const free = LEVEL_ROLES.filter((r) => !explicit.has(r));
  const roles: ColumnRole[] = words.map((w) => (w === null ? 'ignore' : w === 'level' ? (free.shift() ?? 'ignore') : w));
  return roles;
}

/** Where the header is and what each column holds. */
export interface TableHeader {
  /** Index of the (last) header row; body rows follow it. */
  row: number;
  roles: ColumnRole[];
}

/**
 * Finds the header row in the first rows of a table (a title row or two may sit above it).
 * The row with the most recognised header words wins; null when none has two.
 */
export function findHeader(grid: Grid, scan = 12): TableHeader | null {
  let best: { row: number; roles: ColumnRole[]; count: number } | null = null;
  for (let r = 0; r < Math.min(scan, grid.length); r++) {
    const roles = rolesFromHeader(grid[r]!.map((c) => (c.mergedFrom?.col !== undefined && c.mergedFrom.row === r ? '' : cellText(c))));
    if (!roles) continue;
    const count = roles.filter((x) => x !== 'ignore').length;
    if (!best || count > best.count) best = { row: r, roles, count };
  }
  if (!best) return null;
  // Two-row headers ("考核指标" merged over "一级指标 | 二级指标"): take the words of the row below too.
  const below = grid[best.row + 1];
  if (below) {
    const more = rolesFromHeader(below.map((c) => cellText(c)));
    if (more && more.filter((x) => x !== 'ignore').length >= 2) {
      const roles = best.roles.map((role, i) => (more[i] && more[i] !== 'ignore' ? more[i]! : role));
      return { row: best.row + 1, roles };
    }
  }
  return { row: best.row, roles: best.roles };
}
