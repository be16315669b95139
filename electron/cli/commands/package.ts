import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoSeconds, type Actor } from '../../../shared/assessment/mutations';
import { UserError } from '../../../shared/errors';
import type { TaskSelection } from '../../../shared/packages/task';
import { exportTaskPackages } from '../../services/packages/export-tasks';
import { importResultPackages } from '../../services/packages/import-results';
import { EXIT_BAD_INPUT, type CliIO, type Command } from '../io';
import { rejectionLine } from '../package-lines';

/** Who the audit trail names for CLI changes: --by, else the login name. */
export function cliActor(by: string | undefined): Actor {
  let name = by?.trim();
  if (!name) {
    try {
      name = userInfo().username;
    } catch {
      name = 'cli';
    }
  }
  return { actor: name, at: isoSeconds(new Date()) };
}

async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { evaluator: { type: 'string' }, team: { type: 'string' }, out: { type: 'string' }, by: { type: 'string' } },
  });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<assessment file>' });
  if (positionals.length > 1) throw new UserError('cli.unexpectedArgument', { detail: positionals.slice(1).join(' ') });
  if (!values.out) throw new UserError('cli.missingArgument', { name: '--out <dir>' });
  if (!values.evaluator && !values.team) throw new UserError('cli.missingArgument', { name: '--evaluator <id|all>' });
  if (values.evaluator && values.team) throw new UserError('cli.unexpectedArgument', { detail: '--team' });
  const selection: TaskSelection = values.team ? { team: values.team } : { evaluator: values.evaluator! };
  const written = await exportTaskPackages(resolve(path), selection, resolve(values.out), cliActor(values.by));
  for (const task of written) io.out(`${io.t('packages.exported', { path: task.path })}\n`);
  return 0;
}

async function importCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' } } });
  const [path, ...packages] = positionals;
  if (!path) throw new UserError('cli.missingArgument', { name: '<assessment file>' });
  if (packages.length === 0) throw new UserError('cli.missingArgument', { name: '<result package…>' });
  const report = await importResultPackages(
    resolve(path),
    packages.map((p) => resolve(p)),
    cliActor(values.by),
    { allOrNothing: true },
  );
  if (report.rejected.length > 0) {
    for (const r of report.rejected) io.err(`${rejectionLine(basename(r.path), r.error, io.t)}\n`);
    io.err(`${io.t('packages.nothingWritten')}\n`);
    return EXIT_BAD_INPUT;
  }
  for (const a of report.accepted) {
    io.out(
      `${a.duplicate ? io.t('packages.duplicate', { file: a.fileName }) : io.t('packages.imported', { file: a.fileName, entries: a.entries })}\n`,
    );
  }
  io.out(`${io.t('packages.importSummary', { changed: report.changed, conflicts: report.conflicts })}\n`);
  return 0;
}

/**
 * `package export <assessment> --evaluator <id|all> [--team <id|all>] --out <dir>` and
 * `package import <assessment> <result package…>`.
 */
export const packageCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === 'export') return exportCommand(rest, io);
  if (sub === 'import') return importCommand(rest, io);
  io.err(`${io.t('packages.usage')}\n`);
  return EXIT_BAD_INPUT;
};
