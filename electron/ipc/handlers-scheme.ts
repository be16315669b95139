import { isoSeconds, updateScheme } from '../../shared/assessment/mutations';
import { updatePeople } from '../../shared/assessment/people';
import { schemeFromPlan } from '../../shared/assessment/scheme';
import { UserError } from '../../shared/errors';
import type { Handlers, PlanSource } from '../../shared/ipc/contract';
import { loadPlan, readPlanDocument } from '../services/plan-document';
import { cellText } from '../../shared/tables/grid';
import { textGrid } from '../../shared/tables/text-grid';
import { schemeParts } from '../../shared/tables/parse-scheme';
import type { PlanPreview } from '../../shared/ipc/views';
import { assessmentView, commit, requireCurrent } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';

type SchemeHandlers = Pick<Handlers, 'plan:import' | 'scheme:update' | 'people:update'>;

/** The path behind a plan source, and its token (null for the seed); null when the dialog was cancelled. */
async function planPath(ctx: AppContext, source: PlanSource): Promise<{ path: string; token: string | null } | null> {
  if (source.kind === 'seed') return { path: ctx.seedPlanPath, token: null };
  if (source.kind === 'token') {
    const path = ctx.tokens.resolve(source.token);
    if (!path) throw new UserError('ipc.unknownToken');
    return { path, token: source.token };
  }
  const path = await ctx.dialogs.choosePlan();
  return path ? { path, token: ctx.tokens.issue(path) } : null;
}

const MAP_ROWS = 8;

/** The preview of a table the user must map: its first rows, an empty scheme. */
async function tableToMap(chosen: { path: string; token: string | null }, depth: 2 | 3, importedAt: string): Promise<PlanPreview> {
  const document = await readPlanDocument(chosen.path);
  const grid = document.tables?.find((t) => t.grid.length > 0)?.grid ?? textGrid(document.text) ?? [];
  const rows = grid.slice(0, MAP_ROWS).map((row) => row.map(cellText));
  const scheme = {
    title: '',
    description: '',
    total: 100,
    criteria: [],
    bonus: { cap: null, items: [] },
    vetoes: [],
    source: { fileName: document.file, importedAt, depth },
  };
  return { token: chosen.token, fileName: document.file, text: document.text, depth, scheme, warnings: [], columnsNeeded: rows };
}

/** The preview of a 考核办法 whose items part was not recognised: its parts for the user to choose from, an empty scheme. */
async function partsToChoose(chosen: { path: string; token: string | null }, depth: 2 | 3, importedAt: string): Promise<PlanPreview> {
  const { columnsNeeded: _rows, ...preview } = await tableToMap(chosen, depth, importedAt);
  const document = await readPlanDocument(chosen.path);
  return { ...preview, parts: { list: schemeParts(document, { fileName: document.file }) ?? [], chosen: null } };
}

export function schemeHandlers(ctx: AppContext): SchemeHandlers {
  return {
    'plan:import': async ({ source, depth, columns, part }) => {
      const chosen = await planPath(ctx, source);
      if (!chosen) return null;
      let loaded;
      try {
        loaded = await loadPlan(chosen.path, { depth, columns, part });
      } catch (e) {
        // A table without header words: hand its first rows back so the user can say which column is which.
        if (e instanceof UserError && e.key === 'error.tableNoHeader') return tableToMap(chosen, depth, isoSeconds(ctx.now()));
        // A 考核办法 whose items part was not recognised: hand its parts back so the user can choose one.
        if (e instanceof UserError && e.key === 'error.partsNoItems') return partsToChoose(chosen, depth, isoSeconds(ctx.now()));
        throw e;
      }
      const { plan, document } = loaded;
      const { version: _version, ...scheme } = schemeFromPlan(plan, { fileName: document.file, importedAt: isoSeconds(ctx.now()), depth });
      const parts = plan.parts ? { parts: plan.parts } : {};
      return { token: chosen.token, fileName: document.file, text: document.text, depth, scheme, warnings: plan.warnings, ...parts };
    },

    'scheme:update': ({ scheme, dropStale, reason }) =>
      ctx.session.exclusive(async () => {
        await commit(ctx, updateScheme(requireCurrent(ctx).doc, scheme, ctx.by(), { dropStale, reason }));
        return assessmentView(ctx);
      }),

    'people:update': (people) =>
      ctx.session.exclusive(async () => {
        await commit(ctx, updatePeople(requireCurrent(ctx).doc, people, ctx.by()));
        return assessmentView(ctx);
      }),
  };
}
