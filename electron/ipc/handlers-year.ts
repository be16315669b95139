// The year's lifecycle through IPC: new year, rename, archive, delete (to 回收), restore. Every
// change runs in the session's queue, then the workspace is read again so the year list, the
// open assessment and year on year all show what is on disk now.
import { basename, join } from 'node:path';
import { schemeFromPlan } from '../../shared/assessment/scheme';
import { UserError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/contract';
import type { WorkspaceChanged, YearCreated } from '../../shared/ipc/year-views';
import { loadPlan } from '../services/plan-document';
import { createNextYear, listMoved, moveAssessmentAway, renameAssessmentFile, restoreAssessment } from '../services/workspace/lifecycle';
import { createEmptyYear } from '../services/workspace/empty-year';
import { assessmentView, openWorkspace, switchAssessment, workspaceView } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';

type YearHandlers = Pick<
  Handlers,
  'assessment:create' | 'assessment:rename' | 'assessment:archive' | 'assessment:delete' | 'assessment:restore' | 'assessment:listMoved'
>;

export function yearHandlers(ctx: AppContext): YearHandlers {
  const dir = () => {
    if (!ctx.session.workspaceDir) throw new UserError('ipc.noWorkspace');
    return ctx.session.workspaceDir;
  };
  /** A file of the year list (never a path from the renderer: only names the scan found). */
  const known = (file: string) => {
    const isOpen = ctx.session.current?.file === file;
    if (!isOpen && !ctx.session.others.some((o) => o.file === file)) throw new UserError('ipc.notInWorkspace', { file });
    return join(dir(), file);
  };
  /** Reads the workspace again and opens `file` (or keeps the open one, or the latest). */
  const refreshed = async (file: string | null): Promise<WorkspaceChanged> => {
    const keep = file ?? ctx.session.current?.file ?? null;
    await openWorkspace(ctx, dir());
    if (keep && ctx.session.current?.file !== keep && ctx.session.others.some((o) => o.file === keep)) await switchAssessment(ctx, keep);
    return { workspace: workspaceView(ctx), view: assessmentView(ctx), moved: await listMoved(dir()) };
  };
  const moveAway = (file: string, folder: 'archive' | 'recycle') =>
    ctx.session.exclusive(async () => {
      const path = known(file);
      if (ctx.session.others.length === 0) throw new UserError('year.error.lastOne');
      await moveAssessmentAway(path, folder);
      // Moving the open year away opens the latest one left.
      return refreshed(ctx.session.current?.file === file ? null : (ctx.session.current?.file ?? null));
    });
  return {
    'assessment:create': ({ year, name, from }) =>
      ctx.session.exclusive(async (): Promise<YearCreated> => {
        if (from.kind === 'empty') {
          const path = await createEmptyYear(dir(), ctx.seedPlanPath, { year, name }, ctx.by());
          return { ...(await refreshed(basename(path))), file: basename(path), match: null };
        }
        let source: Parameters<typeof createNextYear>[1]['source'] = { kind: 'previous' };
        if (from.kind === 'plan') {
          const planPath = ctx.tokens.resolve(from.token);
          if (!planPath) throw new UserError('ipc.unknownToken');
          const { plan, document } = await loadPlan(planPath, { depth: from.depth });
          const { version: _version, ...scheme } = schemeFromPlan(
            { ...plan, year },
            { fileName: document.file, importedAt: ctx.by().at, depth: from.depth },
          );
          source = { kind: 'plan', scheme, fileName: document.file };
        }
        const created = await createNextYear(known(from.file), { year, name, source }, ctx.by());
        const file = basename(created.path);
        const label = (c: { code: string; title: string }) => ({ code: c.code, title: c.title });
        return {
          ...(await refreshed(file)),
          file,
          match: {
            previousYear: created.previous.year,
            matched: created.match.pairs.length,
            current: created.match.current.map(label),
            previous: created.match.previous.map(label),
          },
        };
      }),

    'assessment:rename': ({ file, name }) =>
      ctx.session.exclusive(async () => {
        const wasOpen = ctx.session.current?.file === file;
        const target = await renameAssessmentFile(known(file), name, ctx.by());
        return refreshed(wasOpen ? basename(target) : null);
      }),

    'assessment:archive': ({ file }) => moveAway(file, 'archive'),
    'assessment:delete': ({ file }) => moveAway(file, 'recycle'),

    'assessment:restore': ({ folder, file }) =>
      ctx.session.exclusive(async () => {
        const target = await restoreAssessment(dir(), folder, file);
        return refreshed(basename(target));
      }),

    'assessment:listMoved': async () => listMoved(dir()),
  };
}
