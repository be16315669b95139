// The 导出 screen's work through the real IPC handlers, as the app's main process runs it: the
// report on the demo and on a big assessment, score sheets out and back, and how long the main
// process cannot answer anything else meanwhile (its longest event-loop stall, and a score edit
// sent while the big report is written).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { leavesOf } from '../../shared/assessment/criteria';
import { testApi, testContext } from '../helpers/app-context';
import { cellsFromEntries, layoutOf, setCells } from '../helpers/score-sheets';
import { jsAnchor, measure, report, type Figure, type Measured } from './measure';
import { benchWorkspace } from './report-data';
import { expectOk } from '../helpers/envelope';

type Call = ReturnType<typeof testApi>;

async function open(root: string, workspace?: string) {
  mkdirSync(root, { recursive: true });
  const ctx = testContext(root);
  const call = testApi(ctx);
  if (workspace) {
    ctx.workspaceChoices.push(workspace);
    await call('workspace:open');
  }
  const view = await expectOk(call('assessment:get'));
  return { ctx, call, view };
}

/** One report export with the main loop watched: wall time, longest stall, and the answer time of an edit sent meanwhile. */
async function watchedReport(
  call: Call,
  ctx: ReturnType<typeof testContext>,
  out: string,
  edit: Parameters<Call>[1],
): Promise<{ ms: number; stallMs: number; editMs: number; events: number }> {
  const before = ctx.events.length;
  ctx.reportChoices.push(out);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const start = performance.now();
  const report = call('report:export', {});
  // The edit goes in once the export is under way (its first progress event), as a user's would.
  while (ctx.events.length === before) await new Promise((r) => setImmediate(r));
  const editStart = performance.now();
  await expectOk(call('entry:set', edit as never));
  const editMs = performance.now() - editStart;
  await expectOk(report);
  const ms = performance.now() - start;
  loop.disable();
  return { ms, stallMs: loop.max / 1e6, editMs, events: ctx.events.length - before };
}

export async function exportFigures(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'kaoping-bench-export-'));
  try {
    // The demo workspace (14 cities, 6 evaluators, 3 years), as a newcomer's app has it.
    const demo = await open(join(root, 'demo'));
    const leaf = leavesOf(demo.view.doc.scheme).find((l) => l.rule.kind === 'plain')!;
    const edit = (score: number) => ({
      entries: [{ evaluatorId: 'e1', unitId: '450100', criterionId: leaf.criterion.id, value: { kind: 'score', score } }],
    });
    let n = 0;
    const demoReport = await measure(
      async () => {
        demo.ctx.reportChoices.push(join(root, `demo-${n++}.xlsx`));
        await expectOk(demo.call('report:export', {}));
      },
      5,
      1,
    );
    const demoWatched = await watchedReport(demo.call, demo.ctx, join(root, 'demo-watched.xlsx'), edit(1));
    const demoAlone = await measure(() => expectOk(demo.call('entry:set', edit(0.5) as never)), 5, 1);

    const sheetsDir = () => {
      const dir = join(root, `sheets-${n++}`);
      mkdirSync(dir);
      return dir;
    };
    const sheetsOut = await measure(
      async () => {
        demo.ctx.folderChoices.push(sheetsDir());
        await expectOk(demo.call('sheets:export', { who: { kind: 'all' } }));
      },
      5,
      1,
    );
    // Six sheets filled with the evaluators' own scores, imported together.
    const filled = sheetsDir();
    demo.ctx.folderChoices.push(filled);
    const written = (await expectOk(demo.call('sheets:export', { who: { kind: 'all' } })))!;
    const doc = demo.ctx.session.current!.doc;
    for (const f of written.files) {
      const id = /-(e\d+)\.xlsx$/.exec(f.fileName)![1]!;
      await setCells(join(filled, f.fileName), cellsFromEntries(doc, layoutOf(doc, id)));
    }
    const files = readdirSync(filled).map((f) => join(filled, f));
    const sheetsIn = await measure(
      async () => {
        demo.ctx.sheetFileChoices.push(files);
        await expectOk(demo.call('sheet:import', {}));
      },
      5,
      1,
    );

    // The big assessment of the report benchmark: 111 units × 300 criteria × 20 evaluators.
    await benchWorkspace(join(root, 'big-ws'), 111, 300, 20, 1);
    const big = await open(join(root, 'big'), join(root, 'big-ws'));
    const bigLeaf = leavesOf(big.view.doc.scheme)[0]!;
    const bigEdit = {
      entries: [
        { evaluatorId: 'e1', unitId: big.view.doc.units[0]!.id, criterionId: bigLeaf.criterion.id, value: { kind: 'score', score: 0 } },
      ],
    };
    const alone = await measure(() => expectOk(big.call('entry:set', bigEdit as never)), 3, 1);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await watchedReport(big.call, big.ctx, join(root, `big-${i}.xlsx`), bigEdit));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const anchor = (await measure(jsAnchor, 15, 3)).ms;
    const fig = (name: string, m: Measured | number, runs: number, unit = 'ms') =>
      report(
        typeof m === 'number'
          ? { name, median: m, unit, runs, anchor: unit === 'ms' ? anchor : undefined }
          : { name, median: m.ms, unit, runs, anchor: m.anchor },
      );
    return [
      fig('report:export via the handler, demo (14 cities, 3 years)', demoReport, 5),
      fig('  longest main-loop stall during it', demoWatched.stallMs, 1),
      fig('  a score edit answered during it', demoWatched.editMs, 1),
      fig('  the same edit with nothing else running', demoAlone, 5),
      fig('sheets:export, all 6 evaluators of the demo', sheetsOut, 5),
      fig(`sheet:import, 6 filled demo sheets (${doc.entries.length} entries)`, sheetsIn, 5),
      fig('report:export via the handler, 111 × 300 × 20', median(runs.map((r) => r.ms)), 3),
      fig('  progress events', median(runs.map((r) => r.events)), 3, ''),
      fig('  longest main-loop stall during it', median(runs.map((r) => r.stallMs)), 3),
      fig('  a score edit answered during it', median(runs.map((r) => r.editMs)), 3),
      fig('  the same edit with nothing else running (save of 666,000 entries)', alone, 3),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
