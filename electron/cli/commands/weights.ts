import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { UserError } from '../../../shared/errors';
import { ahp, combineJudgements, type AhpMethod, type AhpResult } from '../../../shared/weights/ahp';
import { checkMatrix, symmetrize } from '../../../shared/weights/matrix';
import { fig, matrixProblemMessage, methodKey, riTableKey } from '../../../shared/weights/messages';
import type { RiTable } from '../../../shared/weights/random-index';
import { readMatrixFile } from '../../services/weights/read-matrix';
import { EXIT_BAD_INPUT, type CliIO, type Command } from '../io';
import { formatTable } from '../table';
import { objectiveCommand } from './weights-objective';

const AHP_METHODS: AhpMethod[] = ['eigen', 'geometric', 'column'];
const RI_TABLES: RiTable[] = ['saaty', 'cn'];

/** Reads and checks every expert's matrix; every problem of a bad one is said with its file and place. */
async function readMatrices(paths: string[], io: CliIO) {
  const files = [];
  for (const path of paths) {
    const file = await readMatrixFile(path);
    const problems = checkMatrix(file.matrix);
    if (problems.length > 0) {
      for (const p of problems) {
        const { key, params } = matrixProblemMessage(p);
        io.err(`${io.t('weights.file.problem', { file: basename(path), message: io.t(key, params) })}\n`);
      }
      return null;
    }
    const expected = files[0]?.matrix.length;
    if (expected !== undefined && file.matrix.length !== expected)
      throw new UserError('weights.file.ordersDiffer', { file: basename(path), n: file.matrix.length, expected });
    files.push({ ...file, matrix: symmetrize(file.matrix), name: basename(path) });
  }
  return files;
}

function printAhp(io: CliIO, criteria: string[], r: AhpResult, experts: { name: string; result: AhpResult }[]): void {
  io.out(`${io.t('weights.cli.ahpHeader', { method: io.t(methodKey(r.method)), table: io.t(riTableKey(r.riTable)) })}\n`);
  if (experts.length > 1) {
    io.out(`${io.t('weights.cli.experts', { count: experts.length })}\n`);
    experts.forEach((e, i) =>
      io.out(
        `  ${io.t('weights.cli.expert', { index: i + 1, file: e.name, cr: fig(e.result.cr), flag: e.result.acceptable ? '' : io.t('weights.cli.crFlag') })}\n`,
      ),
    );
  }
  io.out('\n');
  const rows = criteria.map((c, i) => [c, fig(r.weights[i]!)]);
  io.out(formatTable([{ header: io.t('weights.cli.col.criterion') }, { header: io.t('weights.cli.col.weight'), align: 'right' }], rows));
  io.out(`\n${io.t('weights.cli.consistency', { lambda: fig(r.lambdaMax), ci: fig(r.ci), ri: r.ri.toFixed(2), cr: fig(r.cr) })}\n`);
  io.out(`${io.t(r.acceptable ? 'weights.cli.acceptable' : 'weights.cli.notAcceptable')}\n`);
  if (!r.acceptable) {
    for (const p of r.worstPairs)
      io.out(
        `  ${io.t('weights.cli.worstPair', { a: criteria[p.i]!, b: criteria[p.j]!, judgement: fig(p.judgement, 2), implied: fig(p.implied, 2) })}\n`,
      );
  }
}

/** `weights ahp <matrix.csv|json…> [--method eigen|geometric|column] [--ri saaty|cn] [--json]`. */
const ahpCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { method: { type: 'string' }, ri: { type: 'string' }, json: { type: 'boolean' } },
  });
  const method = (values.method ?? 'eigen') as AhpMethod;
  if (!AHP_METHODS.includes(method)) throw new UserError('weights.cli.badMethod', { value: values.method ?? '' });
  const riTable = (values.ri ?? 'cn') as RiTable;
  if (!RI_TABLES.includes(riTable)) throw new UserError('weights.cli.badRi', { value: values.ri ?? '' });
  if (positionals.length === 0) throw new UserError('cli.missingArgument', { name: '<matrix.csv|matrix.json>' });
  const files = await readMatrices(positionals, io);
  if (!files) return EXIT_BAD_INPUT;
  const experts = files.map((f) => ({ name: f.name, result: ahp(f.matrix, method, riTable) }));
  const result = files.length > 1 ? ahp(combineJudgements(files.map((f) => f.matrix)), method, riTable) : experts[0]!.result;
  const criteria = files[0]!.criteria;
  if (values.json) {
    const { weights, lambdaMax, ci, ri, cr } = result;
    io.out(`${JSON.stringify({ criteria, weights, lambdaMax, ci, ri, cr, method, riTable }, null, 2)}\n`);
  } else printAhp(io, criteria, result, experts);
  return 0;
};

/**
 * `weights ahp …` derives weights from pairwise comparisons; `weights entropy|cv|critic
 * <assessment> [--level N] [--json]` from an assessment's scores.
 */
export const weightsCommand: Command = async (args, io) => {
  const [kind, ...rest] = args;
  if (kind === 'ahp') return ahpCommand(rest, io);
  if (kind === 'entropy' || kind === 'cv' || kind === 'critic') return objectiveCommand(kind, rest, io);
  throw new UserError(kind ? 'weights.cli.badKind' : 'cli.missingArgument', kind ? { value: kind } : { name: 'ahp|entropy|cv|critic' });
};
