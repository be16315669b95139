import { basename, dirname, extname } from 'node:path';
import { isoSeconds } from '../../shared/assessment/mutations';
import { UserError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/contract';
import type { TaskSubmitted } from '../../shared/ipc/package-views';
import { RESULT_EXTENSION } from '../../shared/packages/schema';
import { clearEntry, openTaskPackage, saveEntries } from '../services/packages/scoring-folder';
import { packageKind } from '../app/package-args';
import { scoringRoot, submitDefaultPath, submitTo, taskActor, taskSaved, taskView } from '../app/task-workspace';
import type { AppContext } from '../app/app-context';

type TaskHandlers = Pick<Handlers, 'package:open' | 'task:get' | 'task:setEntries' | 'task:clearEntries' | 'task:submit' | 'task:close'>;

/**
 * The evaluator's scoring-only workspace: a task package opened from File › Open or a
 * double-click, entries autosaved in its scoring folder after every change, submitted as a
 * signed result package. A result package opened the same way is handed to the office's import.
 */
export function taskHandlers(ctx: AppContext): TaskHandlers {
  const state = ctx.packages.session;
  const requireTask = () => {
    if (!state.task) throw new UserError('offline.noTask');
    return state.task;
  };
  return {
    'package:open': async ({ source }) => {
      const path = source === 'dialog' ? await ctx.packages.dialogs.choosePackage() : (state.pending.shift() ?? null);
      if (!path) return null;
      const kind = packageKind(path);
      if (kind === null) throw new UserError('offline.notPackageFile', { file: basename(path) });
      if (kind === 'result') return { kind, file: { token: ctx.tokens.issue(path), fileName: basename(path) } };
      return ctx.session.exclusive(async () => {
        const folder = await openTaskPackage(path, scoringRoot(ctx.documentsDir), ctx.now());
        state.task = { folder, sourceDir: dirname(path), savedAt: isoSeconds(ctx.now()) };
        return { kind, task: taskView(state.task) };
      });
    },

    'task:get': async () => (state.task ? taskView(state.task) : null),

    // saveEntries checks every value against the task's assignment and rules before it writes:
    // a pasted block is all or nothing, as in the office's grid.
    'task:setEntries': ({ entries }) =>
      ctx.session.exclusive(async () => {
        const task = requireTask();
        const folder = await saveEntries(
          task.folder,
          entries,
          taskActor(
            task.folder,
            entries.map((e) => e.evaluatorId),
            ctx.now(),
          ),
        );
        state.task = { ...task, folder, savedAt: isoSeconds(ctx.now()) };
        return taskSaved(state.task);
      }),

    'task:clearEntries': ({ cells }) =>
      ctx.session.exclusive(async () => {
        const task = requireTask();
        let folder = task.folder;
        for (const cell of cells) folder = await clearEntry(folder, cell, taskActor(folder, [cell.evaluatorId], ctx.now()));
        state.task = { ...task, folder, savedAt: isoSeconds(ctx.now()) };
        return taskSaved(state.task);
      }),

    'task:submit': async () => {
      const task = requireTask();
      const language = ctx.preferences.get().language;
      const chosen = await ctx.packages.dialogs.chooseSubmitTarget(submitDefaultPath(task, ctx.documentsDir, ctx.now(), language));
      if (!chosen) return null;
      const target = extname(chosen).toLowerCase() === RESULT_EXTENSION ? chosen : `${chosen}${RESULT_EXTENSION}`;
      return ctx.session.exclusive(async (): Promise<TaskSubmitted> => {
        const current = requireTask();
        const now = ctx.now();
        const submitted = await submitTo(
          current,
          target,
          taskActor(
            current.folder,
            current.folder.task.evaluators.map((e) => e.id),
            now,
          ),
          now,
          language,
        );
        state.task = submitted.task;
        if (submitted.copyError) throw submitted.copyError;
        return {
          file: { token: ctx.tokens.issue(target), fileName: basename(target) },
          path: target,
          kept: submitted.kept,
          submittedAt: submitted.submittedAt,
          entries: submitted.entries,
          task: taskView(submitted.task),
        };
      });
    },

    'task:close': async () => {
      const closed = state.task !== null;
      state.task = null;
      return { closed };
    },
  };
}
