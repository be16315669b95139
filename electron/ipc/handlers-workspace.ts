import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UserError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/contract';
import { APP_VERSION } from '../services/app-version';
import { assessmentView, ensureWorkspace, openWorkspace, switchAssessment, workspaceView } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';

/** Documents a plan can be imported from: what the open dialog offers and a drop accepts. */
export const PLAN_EXTENSIONS = ['.txt', '.md', '.docx', '.xlsx'];

type WorkspaceHandlers = Pick<
  Handlers,
  | 'app:getInfo'
  | 'preferences:update'
  | 'workspace:get'
  | 'workspace:open'
  | 'assessment:open'
  | 'assessment:get'
  | 'file:showInFolder'
  | 'file:dropped'
>;

export function workspaceHandlers(ctx: AppContext): WorkspaceHandlers {
  const { session } = ctx;
  return {
    'app:getInfo': async () => ({ version: APP_VERSION, language: ctx.preferences.get().language, platform: ctx.platform }),

    'preferences:update': async ({ language }) => ({ language: ctx.preferences.update({ language }).language }),

    'workspace:get': async () => {
      await session.exclusive(() => ensureWorkspace(ctx));
      return workspaceView(ctx);
    },

    'workspace:open': async () => {
      const dir = await ctx.dialogs.chooseWorkspace();
      if (!dir) return null;
      await session.exclusive(() => openWorkspace(ctx, dir));
      return workspaceView(ctx);
    },

    'assessment:open': async ({ file }) => {
      await session.exclusive(() => switchAssessment(ctx, file));
      return assessmentView(ctx);
    },

    'assessment:get': async () => {
      await session.exclusive(() => ensureWorkspace(ctx));
      return assessmentView(ctx);
    },

    'file:showInFolder': async ({ token }) => {
      const path = ctx.tokens.resolve(token);
      if (!path) throw new UserError('ipc.unknownToken');
      ctx.dialogs.showInFolder(path);
      return { shown: true };
    },

    'file:dropped': async ({ path }) => {
      const file = basename(path);
      if (!PLAN_EXTENSIONS.includes(extname(path).toLowerCase())) throw new UserError('error.unsupportedType', { file });
      const isFile = await stat(path).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) throw new UserError('error.fileMissing', { file });
      return { token: ctx.tokens.issue(path), fileName: file };
    },
  };
}
