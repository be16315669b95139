import { UserError } from '../../shared/errors';
import type { ColumnRole } from '../../shared/tables/grid';
import { parseColumnsSpec } from '../../shared/tables/columns-spec';

/** The --columns option as roles, or a UserError saying what is wrong with it. */
export function parseColumns(value: string): ColumnRole[] {
  const parsed = parseColumnsSpec(value);
  if (Array.isArray(parsed)) return parsed;
  if (parsed.kind === 'unknownRole') throw new UserError('cli.columnsUnknownRole', { name: parsed.name });
  throw new UserError('cli.badColumns', { value });
}
