import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UserError } from '../../../shared/errors';
import { parseMatrixCsv, parseMatrixJson, type MatrixFile } from '../../../shared/weights/matrix-file';
import { readTextFile } from '../workspace/read-text';

/** A comparison matrix is a few hundred bytes; anything past this is not one. */
const MAX_BYTES = 64 * 1024;

/** Reads a comparison matrix from a .json or .csv/.tsv/.txt file (see matrix-file.ts for the forms). */
export async function readMatrixFile(path: string): Promise<MatrixFile> {
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (info && !info.isFile()) throw new UserError('error.notAFile', { file });
  if (info && info.size > MAX_BYTES) throw new UserError('weights.file.tooLarge', { file });
  const text = await readTextFile(path);
  const parsed = extname(path).toLowerCase() === '.json' ? parseMatrixJson(text, file) : parseMatrixCsv(text, file);
  if (parsed.criteria.length !== parsed.matrix.length)
    throw new UserError('weights.file.criteriaCount', { file, criteria: parsed.criteria.length, n: parsed.matrix.length });
  return parsed;
}
