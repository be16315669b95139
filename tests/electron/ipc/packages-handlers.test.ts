import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leavesOf } from '../../../shared/assessment/criteria';
import type { Channel, RequestOf, Responses } from '../../../shared/ipc/contract';
import type { AssessmentView } from '../../../shared/ipc/views';
import { WORKING_FILE } from '../../../electron/services/packages/scoring-folder';
import { ledgerPath } from '../../../electron/services/packages/ledger-file';
import { loadAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { scoringRoot } from '../../../electron/app/task-workspace';
import { packagePaths } from '../../../electron/app/package-args';
import { testApi, testContext, type TestContext } from '../../helpers/app-context';
import { useTempDir } from '../../helpers/temp';
import { expectOk } from '../../helpers/envelope';

const TITLE = '2020年度全区应急管理工作考核-第一考核组-张伟';

/** The demo workspace at the office, its handlers, and a folder standing for the USB stick. */
async function office(root: string) {
  const ctx = testContext(root);
  const raw = testApi(ctx);
  /** Calls a channel and insists it answered a value. */
  async function ok<C extends Channel>(channel: C, payload?: RequestOf<C>): Promise<Responses[C]> {
    return expectOk(raw(channel, payload));
  }
  const view = await ok('assessment:get');
  const path = ctx.session.current!.path;
  const usb = join(root, 'usb');
  mkdirSync(usb, { recursive: true });
  const leaf = leavesOf(view.doc.scheme).find((l) => l.rule.kind === 'plain')!;
  const cell = { evaluatorId: 'e1', unitId: '450100', criterionId: leaf.criterion.id };
  return { ctx, call: raw, ok, view, path, usb, leaf, cell };
}

type Office = Awaited<ReturnType<typeof office>>;

/** The office exports every evaluator's task package to the USB stick. */
async function exportAll(o: Office) {
  o.ctx.exportFolders.push(o.usb);
  const exported = (await o.ok('packages:export', { selection: { evaluator: 'all' } }))!;
  return { exported, task: join(o.usb, `${TITLE}.kpt`) };
}

/** On "the laptop": opens the task, enters the values, submits to the USB stick; returns the .kpr. */
async function scoreAndSubmit(o: Office, task: string, score: number, target: string) {
  o.ctx.packageChoices.push(task);
  const opened = (await o.ok('package:open', { source: 'dialog' }))!;
  if (opened.kind !== 'task') throw new Error('not a task');
  await o.ok('task:setEntries', { entries: [{ ...o.cell, value: { kind: 'score', score } }] });
  o.ctx.submitTargets.push(target);
  const submitted = (await o.ok('task:submit'))!;
  await o.ok('task:close');
  return submitted;
}

const entryOf = (doc: AssessmentView['doc'], cell: Office['cell']) =>
  doc.entries.find((e) => e.evaluatorId === cell.evaluatorId && e.unitId === cell.unitId && e.criterionId === cell.criterionId);

describe('package handlers', () => {
  const tmp = useTempDir();

  it('exports one task package per evaluator or per team into the chosen folder, nothing when cancelled', async () => {
    const o = await office(tmp());
    expect(await o.ok('packages:export', { selection: { evaluator: 'all' } })).toBeNull();
    const { exported } = await exportAll(o);
    expect(exported.dir).toBe(o.usb);
    expect(exported.files.map((f) => [f.fileName, f.evaluators])).toEqual([
      [`${TITLE}.kpt`, ['张伟']],
      ['2020年度全区应急管理工作考核-第一考核组-李娜.kpt', ['李娜']],
      ['2020年度全区应急管理工作考核-第一考核组-王强.kpt', ['王强']],
      ['2020年度全区应急管理工作考核-第二考核组-刘洋.kpt', ['刘洋']],
      ['2020年度全区应急管理工作考核-第二考核组-陈静.kpt', ['陈静']],
      ['2020年度全区应急管理工作考核-第二考核组-杨帆.kpt', ['杨帆']],
    ]);
    for (const f of exported.files) expect(o.ctx.tokens.resolve(f.token)).toBe(join(o.usb, f.fileName));
    await o.ok('file:showInFolder', { token: exported.files[0]!.token });
    expect(o.ctx.shownInFolder).toEqual([join(o.usb, `${TITLE}.kpt`)]);
    o.ctx.exportFolders.push(join(tmp(), 'team'));
    const team = (await o.ok('packages:export', { selection: { team: 't2' } }))!;
    expect(team.files.map((f) => [f.fileName, f.evaluators])).toEqual([
      ['2020年度全区应急管理工作考核-第二考核组.kpt', ['刘洋', '陈静', '杨帆']],
    ]);
    expect(JSON.parse(readFileSync(ledgerPath(o.path), 'utf8')).issued).toHaveLength(7);
    o.ctx.exportFolders.push(o.usb);
    expect(await o.call('packages:export', { selection: { team: 't9' } })).toMatchObject({
      ok: false,
      error: { key: 'packages.unknownTeam', params: { id: 't9' } },
    });
  });

  it('opens a task package as a scoring workspace: assigned cells only, autosaved, submitted where asked', async () => {
    const o = await office(tmp());
    const { task } = await exportAll(o);
    o.ctx.packageChoices.push(task);
    const opened = (await o.ok('package:open', { source: 'dialog' }))!;
    if (opened.kind !== 'task') throw new Error('expected a task');
    const folder = join(scoringRoot(o.ctx.documentsDir), TITLE);
    expect(opened.task).toMatchObject({
      title: TITLE,
      folder,
      team: { name: '第一考核组' },
      evaluators: [{ id: 'e1', name: '张伟' }],
      submissions: [],
    });
    expect(opened.task.view.doc.units.map((u) => u.id)).toEqual(['450100', '450200', '450300', '450400', '450500', '450600', '450700']);
    expect((await o.ok('task:get'))?.title).toBe(TITLE);

    const saved = await o.ok('task:setEntries', { entries: [{ ...o.cell, value: { kind: 'score', score: 1.5 }, reason: '台账缺失' }] });
    expect(saved.results.units.map((u) => u.unitId)).toContain('450100');
    const working = () =>
      JSON.parse(readFileSync(join(folder, WORKING_FILE), 'utf8')) as {
        entries: { unitId: string; criterionId: string; value: unknown; reason: string }[];
        trail: { actor: string }[];
      };
    expect(working().entries.find((e) => e.unitId === '450100' && e.criterionId === o.cell.criterionId)).toMatchObject({
      value: { kind: 'score', score: 1.5 },
      reason: '台账缺失',
    });
    expect(working().trail.at(-1)!.actor).toBe('张伟');
    // Another team's city and a value over the points are refused; nothing is written.
    const before = readFileSync(join(folder, WORKING_FILE), 'utf8');
    expect(
      await o.call('task:setEntries', { entries: [{ ...o.cell, unitId: '450800', value: { kind: 'score', score: 1 } }] }),
    ).toMatchObject({ ok: false, error: { key: 'packages.notAssigned' } });
    expect(await o.call('task:setEntries', { entries: [{ ...o.cell, value: { kind: 'score', score: 99 } }] })).toMatchObject({
      ok: false,
      error: { key: 'value.aboveMax' },
    });
    expect(readFileSync(join(folder, WORKING_FILE), 'utf8')).toBe(before);

    expect(await o.ok('task:submit')).toBeNull();
    const target = join(o.usb, '张伟-结果.kpr');
    o.ctx.submitTargets.push(target);
    const submitted = (await o.ok('task:submit'))!;
    expect(o.ctx.submitDefaults[1]).toMatch(new RegExp(`^${o.usb}/${TITLE}-结果-\\d{8}-\\d{6}\\.kpr$`));
    expect(submitted).toMatchObject({ path: target, file: { fileName: '张伟-结果.kpr' } });
    expect(dirname(submitted.kept)).toBe(folder);
    expect(readFileSync(target)).toEqual(readFileSync(submitted.kept));
    expect(submitted.task.submissions).toHaveLength(1);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ format: 'kaoping-result', evaluatorIds: ['e1'] });

    expect(await o.ok('task:close')).toEqual({ closed: true });
    expect(await o.ok('task:get')).toBeNull();
    expect(await o.call('task:setEntries', { entries: [{ ...o.cell, value: { kind: 'score', score: 1 } }] })).toMatchObject({
      ok: false,
      error: { key: 'offline.noTask' },
    });
    // Opening the same package again continues where the evaluator left off.
    o.ctx.packageChoices.push(task);
    const again = (await o.ok('package:open', { source: 'dialog' }))!;
    expect(again.kind === 'task' && entryOf(again.task.view.doc, o.cell)?.value).toEqual({ kind: 'score', score: 1.5 });
  });

  it('keeps a submission in the scoring folder when the copy to the USB stick fails, and says where', async () => {
    const o = await office(tmp());
    const { task } = await exportAll(o);
    o.ctx.packageChoices.push(task);
    await o.ok('package:open', { source: 'dialog' });
    o.ctx.submitTargets.push(join(tmp(), 'gone', 'x.kpr'));
    const failed = await o.call('task:submit');
    expect(failed).toMatchObject({ ok: false, error: { key: 'offline.copyFailed', params: { dir: join(tmp(), 'gone') } } });
    if (failed.ok) throw new Error('expected a refusal');
    const kept = String(failed.error.params.kept);
    expect(existsSync(kept)).toBe(true);
    expect((await o.ok('task:get'))!.submissions).toHaveLength(1);
  });

  it('imports at the office: new entries in, the same again changes nothing, a tampered package is refused whole', async () => {
    const o = await office(tmp());
    await o.ok('entry:clear', { cells: [o.cell] });
    const { task } = await exportAll(o);
    const { path: kpr } = await scoreAndSubmit(o, task, 2.5, join(o.usb, 'first.kpr'));

    o.ctx.resultChoices.push([kpr]);
    const first = (await o.ok('packages:import', { source: { kind: 'dialog' } }))!;
    expect(first).toMatchObject({
      written: true,
      changed: 1,
      conflicts: 0,
      rejected: [],
      accepted: [{ fileName: 'first.kpr', duplicate: false }],
    });
    expect(entryOf(first.view.doc, o.cell)).toMatchObject({ value: { kind: 'score', score: 2.5 }, source: 'package' });
    expect(entryOf((await loadAssessmentFile(o.path)).doc, o.cell)?.value).toEqual({ kind: 'score', score: 2.5 });
    // The session re-read the file the import wrote: the next edit at the office is not refused as a change by another program.
    expect((await o.call('entry:set', { entries: [{ ...o.cell, unitId: '450200', value: { kind: 'score', score: 1 } }] })).ok).toBe(true);

    const bytes = readFileSync(o.path);
    o.ctx.resultChoices.push([kpr]);
    const again = (await o.ok('packages:import', { source: { kind: 'dialog' } }))!;
    expect(again).toMatchObject({ written: false, changed: 0, accepted: [{ duplicate: true }] });
    expect(readFileSync(o.path)).toEqual(bytes);

    const tampered = join(o.usb, 'tampered.kpr');
    writeFileSync(tampered, readFileSync(kpr, 'utf8').replace('"score":2.5}', '"score":4}'));
    o.ctx.resultChoices.push([tampered]);
    const refused = (await o.ok('packages:import', { source: { kind: 'dialog' } }))!;
    expect(refused).toMatchObject({
      written: false,
      accepted: [],
      rejected: [
        {
          fileName: 'tampered.kpr',
          error: { key: 'error.documentInvalid', file: 'tampered.kpr', problems: [{ place: 'signature', key: 'packages.badSignature' }] },
        },
      ],
    });
    expect(readFileSync(o.path)).toEqual(bytes);
    expect(await o.ok('packages:import', { source: { kind: 'dialog' } })).toBeNull();
  });

  it('shows a resubmission that changed a cell as a conflict, resolves it with a reason, and finalizes only then', async () => {
    const o = await office(tmp());
    await o.ok('entry:clear', { cells: [o.cell] });
    const { task } = await exportAll(o);
    const first = await scoreAndSubmit(o, task, 2.5, join(o.usb, 'first.kpr'));
    const second = await scoreAndSubmit(o, task, 3, join(o.usb, 'second.kpr'));
    o.ctx.resultChoices.push([second.path, first.path]);
    const imported = (await o.ok('packages:import', { source: { kind: 'dialog' } }))!;
    expect(imported).toMatchObject({ written: true, conflicts: 1 });
    expect(entryOf(imported.view.doc, o.cell)).toBeUndefined();

    const review = await o.ok('packages:review');
    expect(review.finalize).toMatchObject({ conflicts: 1 });
    expect(review.conflicts).toHaveLength(1);
    const conflict = review.conflicts[0]!;
    expect(conflict).toMatchObject({ cell: o.cell, kind: 'packages' });
    expect(conflict.candidates.map((c) => c.content?.value)).toEqual([
      { kind: 'score', score: 2.5 },
      { kind: 'score', score: 3 },
    ]);
    expect(review.progress.evaluators.find((e) => e.evaluatorId === 'e1')).toMatchObject({ issued: 1, received: 2, conflicts: 1 });

    expect(await o.call('assessment:finalize')).toMatchObject({
      ok: false,
      error: { key: 'packages.finalizeConflicts', params: { count: 1 } },
    });
    const pick = { cell: o.cell, choice: conflict.candidates[1]!.key };
    expect(await o.call('packages:resolve', { picks: [pick], reason: ' ' })).toMatchObject({
      ok: false,
      error: { key: 'error.reasonRequired' },
    });
    const resolved = await o.ok('packages:resolve', { picks: [pick], reason: '经核实以第二次提交为准' });
    expect(entryOf(resolved.doc, o.cell)?.value).toEqual({ kind: 'score', score: 3 });
    expect(resolved.doc.audit.at(-1)).toMatchObject({ action: 'conflict.resolve', actor: '测试人员', reason: '经核实以第二次提交为准' });
    expect((await o.ok('packages:review')).conflicts).toEqual([]);

    const finalized = await o.ok('assessment:finalize');
    expect(finalized.doc.status).toBe('finalized');
    o.ctx.resultChoices.push([first.path]);
    expect(await o.call('packages:import', { source: { kind: 'dialog' } })).toMatchObject({ ok: false, error: { key: 'error.finalized' } });
    expect(await o.call('assessment:reopen', { reason: '' })).toMatchObject({ ok: false, error: { key: 'error.reasonRequired' } });
    const reopened = await o.ok('assessment:reopen', { reason: '审定会要求复核南宁市' });
    expect(reopened.doc.status).toBe('scoring');
    expect(reopened.doc.audit.at(-1)).toMatchObject({ action: 'status.reopen', reason: '审定会要求复核南宁市' });
    expect((await loadAssessmentFile(o.path)).doc.status).toBe('scoring');
  });

  it('opens what the system handed over: a result package goes to the import, other files are refused', async () => {
    const o = await office(tmp());
    await o.ok('entry:clear', { cells: [o.cell] });
    const { task } = await exportAll(o);
    const { path: kpr } = await scoreAndSubmit(o, task, 2.5, join(o.usb, 'first.kpr'));
    expect(await o.ok('package:open', { source: 'system' })).toBeNull();
    (o.ctx as TestContext).packages.session.pending.push(...packagePaths(['/opt/kaoping/kaoping', '--no-sandbox', kpr]));
    const opened = (await o.ok('package:open', { source: 'system' }))!;
    expect(opened).toMatchObject({ kind: 'result', file: { fileName: basename(kpr) } });
    if (opened.kind !== 'result') throw new Error('expected a result');
    const imported = (await o.ok('packages:import', { source: { kind: 'token', token: opened.file.token } }))!;
    expect(imported.changed).toBe(1);
    o.ctx.packageChoices.push(join(o.usb, 'notes.txt'));
    expect(await o.call('package:open', { source: 'dialog' })).toMatchObject({
      ok: false,
      error: { key: 'offline.notPackageFile', params: { file: 'notes.txt' } },
    });
    expect(await o.call('packages:import', { source: { kind: 'token', token: 'AAAAAAAAAAAA' } })).toMatchObject({
      ok: false,
      error: { key: 'ipc.unknownToken' },
    });
  });
});
