import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { UserError } from '../../../shared/errors';
import { pickLanguage } from '../../../shared/i18n/messages';
import { sheetProblemText } from '../../../shared/sheets/problem-text';
import { exportScoreSheets } from '../../services/sheets/export-sheets';
import { importScoreSheets, SheetImportError } from '../../services/sheets/import-sheets';
import { EXIT_BAD_INPUT, type Command } from '../io';

const exportSheets: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { evaluator: { type: 'string' }, team: { type: 'string' }, out: { type: 'string' }, filled: { type: 'boolean' } },
  });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<file>' });
  if (positionals.length > 1) throw new UserError('cli.unexpectedArgument', { detail: positionals.slice(1).join(' ') });
  if (!values.evaluator === !values.team) throw new UserError('sheet.whoMissing');
  if (!values.out) throw new UserError('cli.missingArgument', { name: '--out <dir>' });
  const language = pickLanguage(process.env.KAOPING_LANG ?? process.env.LANG);
  const who = values.team ? { team: values.team } : { evaluator: values.evaluator! };
  for (const s of await exportScoreSheets(path, who, resolve(values.out), language, undefined, undefined, { filled: values.filled })) {
    io.out(`${io.t('sheet.exported', { path: s.path, evaluator: s.evaluatorName, units: s.units, items: s.items })}\n`);
  }
  return 0;
};

const importSheets: Command = async (args, io) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [path, ...files] = positionals;
  if (!path) throw new UserError('cli.missingArgument', { name: '<file>' });
  if (files.length === 0) throw new UserError('cli.missingArgument', { name: '<sheet.xlsx…>' });
  try {
    for (const s of await importScoreSheets(path, files))
      io.out(`${io.t('sheet.imported', { file: basename(s.file), evaluator: s.evaluatorName, count: s.count })}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof SheetImportError)) throw e;
    for (const p of e.problems) io.err(`${sheetProblemText(p, io.t)}\n`);
    io.err(`${io.t('sheet.nothingImported', { count: e.problems.length })}\n`);
    return EXIT_BAD_INPUT;
  }
};

/** `sheet export <assessment> --evaluator <id|all>|--team <id> --out <dir>` and `sheet import <assessment> <files…>`. */
export const sheetCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === 'export') return exportSheets(rest, io);
  if (sub === 'import') return importSheets(rest, io);
  io.err(`${io.t('sheet.usage')}\n`);
  return EXIT_BAD_INPUT;
};
