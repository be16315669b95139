import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leavesOf } from '../../../shared/assessment/criteria';
import type { TaskProgress } from '../../../shared/ipc/contract';
import { TASK_STAGES, taskFraction } from '../../../shared/progress';
import { computeResults } from '../../../shared/scoring/compute';
import { cellAddress } from '../../../shared/workbook/cells';
import { loadAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { lockedFileError } from '../../../electron/ipc/long-task';
import { UserError } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n/messages';
import { testApi, testContext, type TestContext } from '../../helpers/app-context';
import { readWorkbook, rowValues } from '../../helpers/report';
import { layoutOf, setCells } from '../../helpers/score-sheets';
import { useTempDir } from '../../helpers/temp';
import { expectOk } from '../../helpers/envelope';
import { REPORT_SHEETS_ZH } from '../../helpers/report-sheets';

async function openDemo(root: string) {
  const ctx = testContext(root, { now: () => new Date(2020, 11, 28, 16, 5) });
  const call = testApi(ctx);
  const view = await expectOk(call('assessment:get'));
  return { ctx, call, view, path: ctx.session.current!.path };
}

function progressOf(ctx: TestContext): TaskProgress[] {
  return ctx.events.filter((e) => e.event === 'task:progress').map((e) => e.payload as TaskProgress);
}

describe('export handlers: the year-end report', () => {
  const tmp = useTempDir();

  it("writes the report where the save dialog says, with the eight sheets and the engine's ranks and totals, and hands back a token", async () => {
    const { ctx, call, view } = await openDemo(tmp());
    const out = join(tmp(), 'out', 'report.xlsx');
    mkdirSync(dirname(out));
    ctx.reportChoices.push(out);
    const report = (await expectOk(call('report:export', {})))!;
    // The dialog suggested a readable name in the workspace folder.
    expect(ctx.dialogStarts).toEqual([join(ctx.session.workspaceDir!, '2020年度全区应急管理工作考核-年终报表.xlsx')]);
    expect(report.file.fileName).toBe('report.xlsx');
    expect(report.sheets).toEqual(['汇总排名', '分项得分', '评委明细', '扣分汇总', '扣分明细', '同比分析', '说明', '修改记录']);
    expect(report.charts).toBe(3);
    expect(report.missing).toEqual([]);

    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(report.sheets);
    const results = computeResults((await loadAssessmentFile(ctx.session.current!.path)).doc);
    expect(results.units).toEqual(view.results.units);
    const summary = wb.getWorksheet('汇总排名')!;
    const rows = results.order.map((_, i) => rowValues(summary, 5 + i, 1, 3));
    expect(rows).toEqual(
      results.order.map((id) => {
        const u = results.units.find((x) => x.unitId === id)!;
        return [u.rank, u.unitName, u.total];
      }),
    );

    expect(await call('file:showInFolder', { token: report.file.token })).toEqual({ ok: true, value: { shown: true } });
    expect(ctx.shownInFolder).toEqual([out]);
  });

  it('reports every stage in order, the bar only moving forward to the end', async () => {
    const { ctx, call } = await openDemo(tmp());
    ctx.reportChoices.push(join(tmp(), 'r.xlsx'));
    await expectOk(call('report:export', {}));
    const events = progressOf(ctx);
    expect(events.every((e) => e.task === 'report:export')).toBe(true);
    expect([...new Set(events.map((e) => e.stage))]).toEqual([...TASK_STAGES['report:export']]);
    const fractions = events.map((e) => taskFraction('report:export', e));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(events.filter((e) => e.stage === 'writeSheets' && e.detail).map((e) => e.detail)).toEqual(REPORT_SHEETS_ZH);
  });

  it('writes the sheets in English when the interface is English, and adds .xlsx to a bare name', async () => {
    const { ctx, call } = await openDemo(tmp());
    ctx.preferences.update({ language: 'en' });
    const bare = join(tmp(), 'year-end');
    ctx.reportChoices.push(bare);
    const report = (await expectOk(call('report:export', {})))!;
    expect(basename(ctx.dialogStarts[0]!)).toBe('2020年度全区应急管理工作考核-year-end-report.xlsx');
    expect(report.file.fileName).toBe('year-end.xlsx');
    const wb = await readWorkbook(`${bare}.xlsx`);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Indicators',
      'Evaluators',
      'Deductions (combined)',
      'Deductions',
      'Year on year',
      'Method',
      'Audit trail',
    ]);
  });

  it('leaves a year that cannot be read out of year on year, and says which', async () => {
    const { ctx, call } = await openDemo(tmp());
    const dir = ctx.session.workspaceDir!;
    writeFileSync(join(dir, '2017年度考核.assessment.json'), '{ "not": "an assessment" ');
    ctx.workspaceChoices.push(dir);
    expect((await call('workspace:open', {})).ok).toBe(true);
    ctx.reportChoices.push(join(tmp(), 'r.xlsx'));
    const report = (await expectOk(call('report:export', {})))!;
    expect(report.broken).toEqual([
      { file: '2017年度考核.assessment.json', error: expect.objectContaining({ key: expect.stringMatching(/^error\./) }) },
    ]);
    const years = (await readWorkbook(join(tmp(), 'r.xlsx'))).getWorksheet('同比分析')!;
    expect(rowValues(years, 3, 2, 7)).toEqual(['2018 年', '2018 年', '2019 年', '2019 年', '2020 年', '2020 年']);
  });

  it("does nothing when the dialog is cancelled, and refuses a file that is not .xlsx in the user's words", async () => {
    const { ctx, call } = await openDemo(tmp());
    expect(await call('report:export', {})).toEqual({ ok: true, value: null });
    expect(progressOf(ctx)).toEqual([]);
    ctx.reportChoices.push(join(tmp(), 'report.pdf'));
    expect(await call('report:export', {})).toMatchObject({ ok: false, error: { key: 'report.badOut', params: { value: 'report.pdf' } } });
    expect(existsSync(join(tmp(), 'report.pdf'))).toBe(false);
  });

  it('runs one long task at a time: a second export while the first runs is refused', async () => {
    const { ctx, call } = await openDemo(tmp());
    ctx.reportChoices.push(join(tmp(), 'first.xlsx'));
    ctx.folderChoices.push(tmp());
    const first = call('report:export', {});
    const second = await call('sheets:export', { who: { kind: 'all' } });
    expect(second).toMatchObject({ ok: false, error: { key: 'export.busy' } });
    await expectOk(first);
    expect(readdirSync(tmp()).filter((f) => f.endsWith('.xlsx'))).toEqual(['first.xlsx']);
    // Once it is done, the next one runs.
    expect((await call('sheets:export', { who: { kind: 'evaluator', id: 'e1' } })).ok).toBe(true);
  });

  it('shares that one slot with the papers: a feedback letter while the report is written is refused too', async () => {
    const { ctx, call } = await openDemo(tmp());
    ctx.reportChoices.push(join(tmp(), 'first.xlsx'));
    const first = call('report:export', {});
    const letters = await call('papers:feedback', { units: null, office: '', date: '2020-12-28', appealBy: '' });
    expect(letters).toMatchObject({ ok: false, error: { key: 'export.busy' } });
    await expectOk(first);
    expect(readdirSync(tmp()).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });
});

describe('export handlers: a report file held open by another program', () => {
  it('says it is probably open in Excel or WPS rather than giving an error code; other failures pass unchanged', () => {
    for (const reason of ['EBUSY', 'EPERM', 'EACCES']) {
      expect(lockedFileError(new UserError('error.writeFailed', { file: 'r.xlsx', reason }))).toMatchObject({
        key: 'export.fileLocked',
        params: { file: 'r.xlsx' },
      });
    }
    const full = new UserError('error.writeFailed', { file: 'r.xlsx', reason: 'ENOSPC' });
    expect(lockedFileError(full)).toBe(full);
    expect(createTranslator('zh-CN')('export.fileLocked', { file: 'r.xlsx' })).toContain('可能正在 Excel 或 WPS 中打开');
  });
});

describe('export handlers: score sheets out and back', () => {
  const tmp = useTempDir();

  it("exports a team's sheets into the chosen folder, one per member, and never overwrites", async () => {
    const { ctx, call } = await openDemo(tmp());
    const folder = join(tmp(), 'sheets');
    mkdirSync(folder);
    ctx.folderChoices.push(folder, folder);
    const done = (await expectOk(call('sheets:export', { who: { kind: 'team', id: 't2' } })))!;
    expect(done.files.map((f) => [f.fileName, f.evaluatorName])).toEqual([
      ['2020-评分表-第二考核组-刘洋.xlsx', '刘洋'],
      ['2020-评分表-第二考核组-陈静.xlsx', '陈静'],
      ['2020-评分表-第二考核组-杨帆.xlsx', '杨帆'],
    ]);
    expect(progressOf(ctx).map((e) => [e.stage, e.done, e.total, e.detail ?? null])).toEqual([
      ['writeScoreSheets', 0, 3, '刘洋'],
      ['writeScoreSheets', 1, 3, '陈静'],
      ['writeScoreSheets', 2, 3, '杨帆'],
      ['writeScoreSheets', 3, 3, null],
    ]);
    const before = readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]);
    expect(await call('sheets:export', { who: { kind: 'all' } })).toMatchObject({
      ok: false,
      error: { key: 'sheet.exists', params: { file: '2020-评分表-第二考核组-刘洋.xlsx' } },
    });
    expect(readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs])).toEqual(before);
    await call('file:showInFolder', { token: done.files[1]!.token });
    expect(ctx.shownInFolder).toEqual([join(folder, '2020-评分表-第二考核组-陈静.xlsx')]);
  });

  it('refuses an unknown evaluator and a request without one', async () => {
    const { ctx, call } = await openDemo(tmp());
    ctx.folderChoices.push(tmp());
    expect(await call('sheets:export', { who: { kind: 'evaluator', id: 'e99' } })).toMatchObject({
      ok: false,
      error: { key: 'sheet.unknownEvaluatorOption' },
    });
    expect(await call('sheets:export', { who: { kind: 'evaluator' } } as never)).toMatchObject({
      ok: false,
      error: { key: 'ipc.badRequest' },
    });
  });

  it('imports a filled sheet: the entry lands in the assessment with its audit, the view and the session follow', async () => {
    const { ctx, call, view, path } = await openDemo(tmp());
    const folder = join(tmp(), 'sheets');
    mkdirSync(folder);
    ctx.folderChoices.push(folder);
    const [sheet] = (await expectOk(call('sheets:export', { who: { kind: 'evaluator', id: 'e1' } })))!.files;
    const layout = layoutOf(view.doc, 'e1');
    const item = layout.items.find((i) => i.input.kind === 'score')!;
    const unit = layout.units[0]!;
    await setCells(join(folder, sheet!.fileName), [
      [item.row, unit.valueCol, 0.5],
      [item.row, unit.reasonCol, '台账资料缺失'],
    ]);

    ctx.sheetFileChoices.push([join(folder, sheet!.fileName)]);
    const outcome = (await expectOk(call('sheet:import', {})))!;
    if (!outcome.imported) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.sheets.map((s) => [s.fileName, s.evaluatorName, s.count])).toEqual([[sheet!.fileName, '张伟', 1]]);
    const { doc } = await loadAssessmentFile(path);
    const entry = doc.entries.find((e) => e.evaluatorId === 'e1' && e.unitId === unit.unitId && e.criterionId === item.itemId)!;
    expect(entry).toMatchObject({ value: { kind: 'score', score: 0.5 }, reason: '台账资料缺失', source: 'sheet' });
    expect(doc.audit.at(-1)).toMatchObject({ action: 'sheet.import', actor: '张伟', target: { file: sheet!.fileName, evaluator: 'e1' } });
    expect(outcome.view.doc).toEqual(doc);
    expect(outcome.view.results).toEqual(computeResults(doc));
    expect(
      progressOf(ctx)
        .filter((e) => e.task === 'sheet:import')
        .map((e) => e.stage),
    ).toEqual(['readSheets', 'saveAssessment', 'saveAssessment']);

    // The session holds the file as saved: the next edit passes the stamp guard.
    const leaf = leavesOf(doc.scheme).find((l) => l.rule.kind === 'plain')!;
    const saved = await call('entry:set', {
      entries: [{ evaluatorId: 'e2', unitId: '450100', criterionId: leaf.criterion.id, value: { kind: 'score', score: 0 } }],
    });
    await expectOk(saved);
  });

  it('refuses a broken sheet with every problem as data (file, sheet, cell, unit, criterion) and changes nothing', async () => {
    const { ctx, call, view, path } = await openDemo(tmp());
    ctx.folderChoices.push(tmp());
    const [sheet] = (await expectOk(call('sheets:export', { who: { kind: 'evaluator', id: 'e2' } })))!.files;
    const file = join(tmp(), sheet!.fileName);
    const layout = layoutOf(view.doc, 'e2');
    const item = layout.items.find((i) => i.input.kind === 'score' && i.input.max < 50)!;
    const unit = layout.units[1]!;
    const count = layout.items.find((i) => i.input.kind === 'count')!;
    await setCells(file, [
      [item.row, unit.valueCol, 50],
      [count.row, unit.valueCol, 2],
    ]);
    const before = readFileSync(path, 'utf8');

    ctx.sheetFileChoices.push([file, join(tmp(), 'missing.xlsx')]);
    const outcome = (await expectOk(call('sheet:import', {})))!;
    if (outcome.imported) throw new Error('imported a broken sheet');
    expect(outcome.files).toEqual([sheet!.fileName, 'missing.xlsx']);
    expect(outcome.problems).toHaveLength(3);
    expect(outcome.problems).toEqual(
      expect.arrayContaining([
        {
          file: sheet!.fileName,
          sheet: '评分表',
          cell: cellAddress(item.row, unit.valueCol),
          unit: unit.name,
          criterion: `${item.code} ${item.label}`,
          key: 'value.aboveMax',
          params: expect.objectContaining({ max: item.points }),
        },
        {
          file: sheet!.fileName,
          sheet: '评分表',
          cell: cellAddress(count.row, unit.reasonCol),
          unit: unit.name,
          criterion: `${count.code} ${count.label}`,
          key: expect.stringMatching(/reason/i),
          params: expect.any(Object),
        },
        {
          file: 'missing.xlsx',
          sheet: null,
          cell: null,
          unit: null,
          criterion: null,
          key: 'error.fileMissing',
          params: expect.objectContaining({ file: 'missing.xlsx' }),
        },
      ]),
    );
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(ctx.session.current!.doc).toEqual(view.doc);
  });

  it('refuses to import into a finalized assessment, in words', async () => {
    const { ctx, call } = await openDemo(tmp());
    const first = ctx.session.workspaceDir!;
    const finalized = readdirSync(first).find((f) => f.startsWith('2019'))!;
    await expectOk(call('assessment:open', { file: finalized }));
    expect(ctx.session.current!.doc.status).toBe('finalized');
    ctx.sheetFileChoices.push([join(tmp(), 'any.xlsx')]);
    expect(await call('sheet:import', {})).toMatchObject({ ok: false, error: { key: 'error.finalized' } });
  });
});
