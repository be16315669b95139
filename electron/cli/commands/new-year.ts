import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { isoSeconds } from '../../../shared/assessment/mutations';
import { UserError } from '../../../shared/errors';
import { createNextYear, defaultNextName } from '../../services/workspace/lifecycle';
import { loadAssessmentFile } from '../../services/workspace/assessment-file';
import type { Command } from '../io';

/**
 * `new-year <last year's assessment> --year <N> [--name <名称>]`: writes the new year's
 * assessment beside the old one — scheme, units, teams, evaluators, assignments and settings
 * copied, no scores, a fresh audit trail naming its origin — and prints its file name. Refuses
 * (status 2, nothing written) when a file of that name exists.
 */
export const newYearCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { year: { type: 'string' }, name: { type: 'string' } },
  });
  const from = positionals[0];
  if (!from) throw new UserError('cli.missingArgument', { name: '<assessment>' });
  if (values.year === undefined) throw new UserError('cli.missingArgument', { name: '--year <N>' });
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year.trim()) || !Number.isInteger(year) || year < 1900 || year > 2200)
    throw new UserError('cli.newYear.badYear', { value: values.year });
  const path = resolve(from);
  const previous = (await loadAssessmentFile(path)).doc;
  const name = values.name ?? defaultNextName(previous, year);
  const actor = process.env.USER ?? process.env.USERNAME ?? 'cli';
  const created = await createNextYear(path, { year, name, source: { kind: 'previous' } }, { actor, at: isoSeconds(new Date()) });
  io.out(`${basename(created.path)}\n`);
  return 0;
};
