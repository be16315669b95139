import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { leavesOf } from '../../../shared/assessment/criteria';
import { DocumentError, UserError } from '../../../shared/errors';
import { loadAssessmentFile } from '../../services/workspace/assessment-file';
import { EXIT_BAD_INPUT, type Command } from '../io';
import { documentProblemLines } from '../format-error';

/** `validate <file>`: says whether an assessment file is sound, and if not, every place it is not. */
export const validateCommand: Command = async (args, io) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<file>' });
  try {
    const { doc } = await loadAssessmentFile(path);
    io.out(
      `${io.t('validate.ok', { file: basename(path), name: doc.name, units: doc.units.length, evaluators: doc.evaluators.length, criteria: leavesOf(doc.scheme).length, entries: doc.entries.length })}\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    for (const line of documentProblemLines(e, io.t)) io.err(`${line}\n`);
    return EXIT_BAD_INPUT;
  }
};
