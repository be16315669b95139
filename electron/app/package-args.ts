// Packages handed to the app by the system: a double-click on a .kpt or .kpr starts the app
// (or a second instance) with the file's path among its arguments.
import { extname } from 'node:path';
import { RESULT_EXTENSION, TASK_EXTENSION } from '../../shared/packages/schema';

/** Which kind of package a path names, by its extension (the file's own format is checked when read). */
export function packageKind(path: string): 'task' | 'result' | null {
  const ext = extname(path).toLowerCase();
  return ext === TASK_EXTENSION ? 'task' : ext === RESULT_EXTENSION ? 'result' : null;
}

/** The package paths among a process's arguments (switches and the app's own files left out). */
export function packagePaths(argv: string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && packageKind(arg) !== null);
}
