import { columnIndex, type ColumnRole } from './grid';
import { headerWord } from './header';

/** Names a user may give a column in a mapping, besides the header words themselves. */
const ROLE_NAMES: Record<string, ColumnRole> = {
  一级指标: 'level1',
  二级指标: 'level2',
  三级指标: 'level3',
  分值: 'points',
  评分标准: 'rule',
  考核方式: 'method',
  备注: 'remark',
  序号: 'serial',
  得分: 'score',
  忽略: 'ignore',
  level1: 'level1',
  level2: 'level2',
  level3: 'level3',
  points: 'points',
  rule: 'rule',
  method: 'method',
  remark: 'remark',
  ignore: 'ignore',
};

/** Why a column mapping could not be read. */
export type ColumnsProblem = { kind: 'malformed' } | { kind: 'unknownRole'; name: string };

/**
 * Reads a column mapping such as "一级指标=A,二级指标=B,分值=D,评分标准=E" (letters as in Excel,
 * or 1-based numbers) into one role per column. Columns not named are ignored.
 */
export function parseColumnsSpec(spec: string): ColumnRole[] | ColumnsProblem {
  const roles: ColumnRole[] = [];
  const parts = spec
    .split(/[,，;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { kind: 'malformed' };
  for (const part of parts) {
    const m = /^(.+?)\s*[=＝:：]\s*([A-Za-z]{1,3}|\d{1,3})$/.exec(part);
    if (!m) return { kind: 'malformed' };
    const name = m[1]!.trim();
    const word = headerWord(name);
    const role = ROLE_NAMES[name] ?? (word && word !== 'level' ? word : undefined);
    if (!role) return { kind: 'unknownRole', name };
    const col = /^\d+$/.test(m[2]!) ? Number(m[2]) - 1 : columnIndex(m[2]!);
    if (col === null || col < 0 || col > 200) return { kind: 'malformed' };
    roles[col] = role;
  }
  return Array.from({ length: roles.length }, (_, i) => roles[i] ?? 'ignore');
}
