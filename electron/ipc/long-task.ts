// One long file task at a time for the whole window (the report, score sheets, the papers):
// two of them writing at once would compete for the same folders and the same progress bar.
// The runner is kept per context, so every handler group built on one context shares it.
import { isUserError, UserError } from '../../shared/errors';
import type { OnProgress, TaskName } from '../../shared/progress';
import type { AppContext } from '../app/app-context';

/** Codes a save gets when another program holds the file (Excel and WPS lock what they have open on Windows). */
const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

/** A file that cannot be saved over is nearly always open in Excel or WPS: say that, not the code. */
export function lockedFileError(e: unknown): unknown {
  if (isUserError(e) && e.key === 'error.writeFailed' && LOCKED.has(String(e.params.reason)))
    return new UserError('export.fileLocked', { file: String(e.params.file) });
  return e;
}

/** Lets the event loop turn: the progress event goes out and other calls are answered between steps. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export type RunTask = <T>(name: TaskName, work: (progress: OnProgress) => Promise<T>) => Promise<T>;

const runners = new WeakMap<AppContext, RunTask>();

/**
 * The context's task runner: a second task while one runs is refused with 'export.busy' (the UI
 * disables its buttons as well, this is the guarantee), stages go out as 'task:progress', and a
 * file held open by another program is reported as such.
 */
export function taskRunner(ctx: AppContext): RunTask {
  const known = runners.get(ctx);
  if (known) return known;
  let running: TaskName | null = null;
  const run: RunTask = async (name, work) => {
    if (running) throw new UserError('export.busy');
    running = name;
    try {
      return await work(async (p) => {
        ctx.emit('task:progress', { task: name, ...p });
        await breathe();
      });
    } catch (e) {
      throw lockedFileError(e);
    } finally {
      running = null;
    }
  };
  runners.set(ctx, run);
  return run;
}
