import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_NAME } from '../../../electron/app/workspace-session';
import { loadAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { SEED_PLAN } from '../../helpers/paths';
import { useTempDir } from '../../helpers/temp';
import { testApi, testContext } from '../../helpers/app-context';

const F2019 = '2019年度全区应急管理工作考核.assessment.json';
const F2020 = '2020年度全区应急管理工作考核.assessment.json';
const F2021 = '2021年度全区应急管理工作考核.assessment.json';

async function demo(root: string) {
  const ctx = testContext(root);
  const call = testApi(ctx);
  await call('workspace:get');
  return { ctx, call, dir: join(root, 'Documents', DEFAULT_WORKSPACE_NAME) };
}

describe("the year's lifecycle through IPC", () => {
  const tmp = useTempDir();

  it('starts 2021 from 2020: opened at once, no scores, the same scheme and units, year on year against 2020', async () => {
    const { call, dir } = await demo(tmp());
    const created = await call('assessment:create', {
      year: 2021,
      name: '2021年度全区应急管理工作考核',
      from: { kind: 'previous', file: F2020 },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const { value } = created;
    expect(value.file).toBe(F2021);
    expect(value.workspace.current).toBe(F2021);
    expect(value.workspace.files.map((f) => f.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(value.workspace.files.at(-1)!.status).toBe('draft');
    expect(value.view.doc.entries).toEqual([]);
    expect(value.view.comparison.previousYear).toBe(2020);
    expect(value.match).toMatchObject({ previousYear: 2020, current: [], previous: [] });
    const last = (await loadAssessmentFile(join(dir, F2020))).doc;
    expect(value.view.doc.scheme.criteria).toEqual(last.scheme.criteria);
    expect(value.view.doc.units).toEqual(last.units);
    // Again for the same name: refused, nothing else written.
    const again = await call('assessment:create', {
      year: 2021,
      name: '2021年度全区应急管理工作考核',
      from: { kind: 'previous', file: F2020 },
    });
    expect(again).toMatchObject({ ok: false, error: { key: 'year.error.exists' } });
  });

  it('starts a year from a document: criteria matched to the chosen year, unmatched ones listed', async () => {
    const { ctx, call } = await demo(tmp());
    const plan = join(tmp(), '2021年工作要点.txt');
    // The seed plan with one section retitled: that section (not its items) has no partner.
    writeFileSync(
      plan,
      readFileSync(SEED_PLAN, 'utf8').replaceAll('深入學習貫徹習近平總書記關于應急管理重要論述', '全面加強應急管理體系建設'),
    );
    ctx.planChoices.push(plan);
    const preview = await call('plan:import', { source: { kind: 'dialog' }, depth: 2 });
    if (!preview.ok || !preview.value) throw new Error('no preview');
    const created = await call('assessment:create', {
      year: 2021,
      name: '2021年度考核',
      from: { kind: 'plan', file: F2020, token: preview.value.token!, depth: 2 },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    expect(created.value.match!.current.map((c) => c.title)).toEqual(['全面加強應急管理體系建設']);
    expect(created.value.match!.previous.map((c) => c.title)).toEqual(['深入學習貫徹習近平總書記關于應急管理重要論述']);
    expect(created.value.match!.matched).toBeGreaterThan(20);
    expect(created.value.view.doc.audit[0]).toMatchObject({ action: 'assessment.create', target: { source: 'plan' } });
  });

  it('renames with the side files, archives into 归档 and deletes into 回收, and restores: nothing is unlinked', async () => {
    const { call, dir } = await demo(tmp());
    writeFileSync(join(dir, '2019年度全区应急管理工作考核.packages.json'), '{}');
    mkdirSync(join(dir, '2019年度全区应急管理工作考核.received'));
    const renamed = await call('assessment:rename', { file: F2019, name: '2019年度考核（旧）' });
    expect(renamed).toMatchObject({ ok: false, error: { key: 'error.finalized' } });
    const open2019 = await call('assessment:open', { file: F2019 });
    expect(open2019.ok && open2019.value.doc.status).toBe('finalized');

    const archived = await call('assessment:archive', { file: F2019 });
    if (!archived.ok) throw new Error(JSON.stringify(archived.error));
    expect(archived.value.workspace.files.map((f) => f.year)).toEqual([2018, 2020]);
    // The open year went away: the latest one left is open.
    expect(archived.value.workspace.current).toBe(F2020);
    expect(readdirSync(join(dir, '归档')).sort()).toEqual([
      '2019年度全区应急管理工作考核.assessment.json',
      '2019年度全区应急管理工作考核.packages.json',
      '2019年度全区应急管理工作考核.received',
    ]);
    expect(archived.value.moved).toEqual([{ folder: 'archive', file: F2019, year: 2019, name: '2019年度全区应急管理工作考核' }]);

    const deleted = await call('assessment:delete', { file: F2020 });
    if (!deleted.ok) throw new Error(JSON.stringify(deleted.error));
    expect(existsSync(join(dir, '回收', F2020))).toBe(true);
    expect(deleted.value.workspace.files.map((f) => f.year)).toEqual([2018]);
    expect(await call('assessment:delete', { file: '2018年度全区应急管理工作考核.assessment.json' })).toMatchObject({
      ok: false,
      error: { key: 'year.error.lastOne' },
    });

    const restored = await call('assessment:restore', { folder: 'recycle', file: F2020 });
    expect(restored.ok && restored.value.workspace.current).toBe(F2020);
    const renamedOpen = await call('assessment:rename', { file: F2020, name: '2020年度考核（修订）' });
    if (!renamedOpen.ok) throw new Error(JSON.stringify(renamedOpen.error));
    expect(renamedOpen.value.workspace.current).toBe('2020年度考核（修订）.assessment.json');
    expect(renamedOpen.value.view.doc.audit.at(-1)).toMatchObject({
      action: 'assessment.rename',
      before: '2020年度全区应急管理工作考核',
      after: '2020年度考核（修订）',
    });
    expect(existsSync(join(dir, F2020))).toBe(false);
    expect(await call('assessment:archive', { file: '../2020.assessment.json' })).toMatchObject({
      ok: false,
      error: { key: 'ipc.badRequest' },
    });
  });

  it("settings:update refuses what the checks refuse, in the user's words, and records what it accepts", async () => {
    const { call, ctx } = await demo(tmp());
    const refused = await call('settings:update', { patch: { grades: { excellent: 70, good: 80, pass: 60 } } });
    expect(refused).toMatchObject({ ok: false, error: { key: 'settings.problem.gradeOrder', params: { upper: 70, lower: 80 } } });
    const before = readFileSync(ctx.session.current!.path, 'utf8');
    expect(await call('settings:update', { patch: { decimals: 9 } })).toMatchObject({ ok: false });
    expect(readFileSync(ctx.session.current!.path, 'utf8')).toBe(before);
    const saved = await call('settings:update', { patch: { quotaTies: 'strict', excellentQuota: { kind: 'count', value: 3 } } });
    expect(saved.ok && saved.value.doc.audit.at(-1)).toMatchObject({
      action: 'settings.change',
      after: { quotaTies: 'strict', excellentQuota: { kind: 'count', value: 3 } },
    });
    expect(saved.ok && saved.value.results.units.filter((u) => u.grade === 'excellent').length).toBeLessThanOrEqual(3);
  });
});
