import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setEntry } from '../../shared/assessment/mutations';
import type { Assessment } from '../../shared/assessment/schema';
import { computeResults } from '../../shared/scoring/compute';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { openTaskPackage, saveEntries, submitResults } from '../../electron/services/packages/scoring-folder';
import { loadAssessmentFile, saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { runCli } from '../helpers/cli';
import { SEED_PLAN } from '../helpers/paths';
import { useTempDir } from '../helpers/temp';

const BY = { actor: '考核办', at: '2020-12-20T08:00:00.000Z' };

/** The demo's 2020 assessment with five evaluators and no scores yet, and the scores they will give. */
async function fiveEvaluators(dir: string): Promise<{ path: string; office: Assessment; scores: Assessment['entries'] }> {
  const written = await writeDemoWorkspace(join(dir, 'demo'), SEED_PLAN);
  const demo = written.find((w) => w.doc.year === 2020)!.doc;
  const office: Assessment = { ...demo, evaluators: demo.evaluators.filter((e) => e.id !== 'e6'), entries: [] };
  const path = join(dir, `${office.name}.assessment.json`);
  await saveAssessmentFile(path, office);
  return { path, office, scores: demo.entries.filter((e) => e.evaluatorId !== 'e6') };
}

function shuffled<T>(items: T[], seed: number): T[] {
  return items
    .map((item, i) => ({ item, key: Math.sin(seed * 7919 + i * 104729) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

const noBackups = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();

describe('kaoping package / conflicts', () => {
  const tmp = useTempDir();

  it('offline round trip: five task packages out, filled, submitted, imported in shuffled order — the same results as entering the scores directly', async () => {
    const { path, office, scores } = await fiveEvaluators(tmp());
    const out = join(tmp(), 'usb');
    const exported = runCli(['package', 'export', path, '--evaluator', 'all', '--out', out]);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toBe('');
    expect(noBackups(out)).toEqual(
      ['第一考核组-张伟', '第一考核组-李娜', '第一考核组-王强', '第二考核组-刘洋', '第二考核组-陈静']
        .map((s) => `2020年度全区应急管理工作考核-${s}.kpt`)
        .sort(),
    );

    const results: string[] = [];
    for (const kpt of noBackups(out)) {
      let folder = await openTaskPackage(join(out, kpt), join(tmp(), 'laptops'));
      const mine = scores.filter((e) => e.evaluatorId === folder.task.evaluators[0]!.id);
      expect(mine.length).toBeGreaterThan(100);
      folder = await saveEntries(
        folder,
        mine.map((e) => ({
          evaluatorId: e.evaluatorId,
          unitId: e.unitId,
          criterionId: e.criterionId,
          value: e.value,
          reason: e.reason,
          evidence: e.evidence,
          note: e.note,
        })),
        { actor: folder.task.evaluators[0]!.name, at: '2020-12-15T02:00:00.000Z' },
      );
      results.push(
        ...(
          await submitResults(
            folder,
            { actor: folder.task.evaluators[0]!.name, at: '2020-12-15T03:00:00.000Z' },
            { copyTo: join(tmp(), 'back') },
          )
        ).paths.slice(1),
      );
    }
    const order = shuffled(results, 3);
    expect(order).not.toEqual(results);
    const first = runCli(['package', 'import', path, ...order.slice(0, 2)]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('已导入 ');
    const rest = runCli(['package', 'import', path, ...order.slice(2), order[0]!]);
    expect(rest.status).toBe(0);
    expect(rest.stdout).toMatch(/此前已导入，内容相同，未做更改/);
    expect(rest.stdout).toMatch(/待处理冲突 0 处/);

    let direct = office;
    for (const e of scores) direct = setEntry(direct, { ...e, source: 'office' }, BY);
    const imported = (await loadAssessmentFile(path)).doc;
    const key = (e: Assessment['entries'][number]) =>
      JSON.stringify([e.evaluatorId, e.unitId, e.criterionId, e.value, e.reason, e.evidence, e.note]);
    expect(imported.entries.map(key).sort()).toEqual(direct.entries.map(key).sort());
    expect(imported.entries.every((e) => e.source === 'package')).toBe(true);
    const a = computeResults(imported);
    const b = computeResults(direct);
    expect(a.order).toEqual(b.order);
    expect(a.units.map((u) => [u.unitId, u.total.toFixed(9), u.rank, u.grade, u.vetoed])).toEqual(
      b.units.map((u) => [u.unitId, u.total.toFixed(9), u.rank, u.grade, u.vetoed]),
    );
    expect(a.complete).toBe(true);

    const conflicts = runCli(['conflicts', path, '--json']);
    expect(conflicts.status).toBe(0);
    expect(JSON.parse(conflicts.stdout)).toMatchObject({ assessment: { id: 'demo-2020' }, count: 0, conflicts: [] });
    expect(runCli(['conflicts', path]).stdout).toBe('没有待处理的评分冲突\n');
  });

  it('shows conflicts in a table and as JSON', async () => {
    const { path, scores } = await fiveEvaluators(tmp());
    const out = join(tmp(), 'usb');
    expect(runCli(['package', 'export', path, '--evaluator', 'e2', '--out', out]).status).toBe(0);
    const [kpt] = noBackups(out);
    const one = scores.find((e) => e.evaluatorId === 'e2' && e.value.kind === 'score')!;
    let folder = await openTaskPackage(join(out, kpt!), join(tmp(), 'laptop'));
    const enter = async (score: number, reason: string, at: string) => {
      folder = await saveEntries(
        folder,
        [{ evaluatorId: 'e2', unitId: one.unitId, criterionId: one.criterionId, value: { kind: 'score', score }, reason }],
        { actor: '李娜', at },
      );
      return (await submitResults(folder, { actor: '李娜', at }, { now: new Date(at) })).paths[0]!;
    };
    const a = await enter(1, '', '2020-12-15T02:00:00.000Z');
    const b = await enter(2, '复核后调整', '2020-12-16T02:00:00.000Z');
    expect(runCli(['package', 'import', path, b, a]).status).toBe(0);
    const table = runCli(['conflicts', path]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('1 处评分冲突待处理');
    expect(table.stdout).toContain('同一考核人员两次提交不一致');
    expect(table.stdout).toMatch(/1\. 1 分 ← .*-李娜-结果-20201215-\d{6}\.kpr（2020-12-15 \d\d:00 提交）/);
    expect(table.stdout).toMatch(/2\. 2 分（复核后调整） ← /);
    const json = JSON.parse(runCli(['conflicts', path, '--json']).stdout);
    expect(json.conflicts[0]).toMatchObject({
      evaluator: { id: 'e2', name: '李娜' },
      kind: 'packages',
      current: null,
      candidates: [
        { value: { kind: 'score', score: 1 }, text: '1 分' },
        { value: { kind: 'score', score: 2 }, reason: '复核后调整' },
      ],
    });
    expect(JSON.parse(runCli(['conflicts', path, '--json'], { KAOPING_LANG: 'en' }).stdout).conflicts[0].candidates[0].text).toBe(
      '1 points',
    );
  });

  it('bad input: exit 2, one clear line, nothing written', async () => {
    const { path } = await fiveEvaluators(tmp());
    const out = join(tmp(), 'usb');
    const before = readFileSync(path, 'utf8');

    const unknown = runCli(['package', 'export', path, '--evaluator', 'zz', '--out', out]);
    expect([unknown.status, unknown.stderr]).toEqual([2, '没有编号为 zz 的考核人员（可用：e1, e2, e3, e4, e5，或 all）\n']);
    expect(existsSync(out)).toBe(false);
    expect(runCli(['package', 'export', path, '--out', out])).toMatchObject({ status: 2, stderr: '缺少参数：--evaluator <id|all>\n' });
    const teams = runCli(['package', 'export', path, '--team', 'all', '--out', join(tmp(), 'teams')]);
    expect([teams.status, noBackups(join(tmp(), 'teams'))]).toEqual([
      0,
      ['2020年度全区应急管理工作考核-第一考核组.kpt', '2020年度全区应急管理工作考核-第二考核组.kpt'],
    ]);
    expect(runCli(['package', 'export', join(tmp(), 'missing.assessment.json'), '--evaluator', 'all', '--out', out])).toMatchObject({
      status: 2,
      stderr: '找不到文件：missing.assessment.json\n',
    });
    expect(runCli(['package'])).toMatchObject({ status: 2 });
    expect(runCli(['package', 'import', path])).toMatchObject({ status: 2, stderr: '缺少参数：<result package…>\n' });

    expect(runCli(['package', 'export', path, '--evaluator', 'e1', '--out', out]).status).toBe(0);
    const [kpt] = noBackups(out);
    const ledger = readFileSync(path.replace('.assessment.json', '.packages.json'), 'utf8');
    const garbage = join(tmp(), 'garbage.kpr');
    writeFileSync(garbage, '{"format": "kaoping-result", "schemaVersion": 1, "entries": [');
    const bad = runCli(['package', 'import', path, join(out, kpt!), garbage]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')).toEqual([
      `${kpt} 被拒绝，未做任何更改：format：这是任务包（.kpt），应在考核人员的电脑上打开评分；提交后生成的结果包（.kpr）才能导入`,
      'garbage.kpr 被拒绝，未做任何更改：1:62：文件不完整（在第 1 行第 62 列处中断），可能复制时中断或 U 盘未安全弹出；请让考核人员重新提交',
      '有结果包被拒绝，所有结果包均未导入，考核文件未改动',
      '',
    ]);
    expect(bad.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readFileSync(path.replace('.assessment.json', '.packages.json'), 'utf8')).toBe(ledger);
    const english = runCli(['package', 'import', path, garbage], { KAOPING_LANG: 'en' });
    expect(english.stderr).toMatch(/^garbage\.kpr rejected, nothing changed: 1:62: the file is incomplete/);
    expect(runCli(['conflicts', join(tmp(), 'nope.json')])).toMatchObject({ status: 2, stderr: '找不到文件：nope.json\n' });
  });
});
