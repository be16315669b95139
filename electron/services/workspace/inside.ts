import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../../../shared/errors';

/** Whether `target` lies strictly inside `dir` (after resolving "..", whatever the names say). */
export function isInside(dir: string, target: string): boolean {
  const rel = relative(resolve(dir), resolve(target));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The last check before a write whose name was built from anything but constants: the path
 * must stay inside its folder, else nothing is written (a UserError naming the file).
 */
export function assertInside(dir: string, target: string): string {
  if (!isInside(dir, target)) throw new UserError('hardening.outsideFolder', { file: target, dir });
  return target;
}
