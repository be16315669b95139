import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UserError } from '../../../shared/errors';
import { computeResults } from '../../../shared/scoring/compute';
import {
  exportFeedback,
  exportNotice,
  exportUnitSheets,
  paperOptions,
  unitIdsByName,
  type PaperSource,
} from '../../services/papers/export-papers';
import { loadAssessmentFile } from '../../services/workspace/assessment-file';
import type { Command } from '../io';

const OPTIONS = {
  out: { type: 'string' },
  unit: { type: 'string', multiple: true },
  office: { type: 'string' },
  date: { type: 'string' },
  'appeal-by': { type: 'string' },
} as const;

/** The assessment named by the one positional argument, its results, and the parsed options. */
async function prepare(args: string[], out: string) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<file>' });
  if (positionals.length > 1) throw new UserError('cli.unexpectedArgument', { detail: positionals.slice(1).join(' ') });
  if (!values.out) throw new UserError('cli.missingArgument', { name: `--out ${out}` });
  const options = paperOptions({ office: values.office, date: values.date, appealBy: values['appeal-by'] });
  const { doc } = await loadAssessmentFile(path);
  const src: PaperSource = { doc, results: computeResults(doc) };
  return { src, options, out: resolve(values.out), unitIds: unitIdsByName(doc, values.unit) };
}

/** `unit-sheets <assessment> --out <file.xlsx> [--unit <name>…]`: 考核评分表, one worksheet per unit. */
export const unitSheetsCommand: Command = async (args, io) => {
  const { src, options, out, unitIds } = await prepare(args, '<file.xlsx>');
  const written = await exportUnitSheets(src, out, io.t, options, unitIds);
  io.out(`${io.t('papers.written.sheets', { path: written.path, count: written.sheets.length })}\n`);
  return 0;
};

/** `feedback <assessment> --out <dir> [--unit <name>…]`: 扣分情况反馈, one .docx per unit named by the unit. */
export const feedbackCommand: Command = async (args, io) => {
  const { src, options, out, unitIds } = await prepare(args, '<dir>');
  const written = await exportFeedback(src, out, io.t, options, unitIds);
  for (const w of written) io.out(`${w.path}\n`);
  io.out(`${io.t('papers.written.feedback', { count: written.length, dir: out })}\n`);
  return 0;
};

/** `notice <assessment> --out <file.docx>`: 考核结果通报 draft. */
export const noticeCommand: Command = async (args, io) => {
  const { src, options, out, unitIds } = await prepare(args, '<file.docx>');
  if (unitIds) throw new UserError('cli.unknownOption', { option: '--unit' });
  const written = await exportNotice(src, out, io.t, options);
  io.out(`${io.t('papers.written.notice', { path: written.path })}\n`);
  return 0;
};
