import { describe, expect, it } from 'vitest';
import { computeResults } from '../../shared/scoring/compute';
import { acceptedWeights } from '../../shared/weights/record';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';

const missing = chromiumMissing();
const poll = expect.poll;

describe.skipIf(missing)('权重: derive points by AHP, see the effect, accept, find it in the audit trail', () => {
  const { start } = useBrowserSuite();

  it('a 4×4 matrix shows λmax, CR and the judgement to revisit; accepting under scored items is refused with the reason', async () => {
    const { ctx, page, errors } = await start();
    const before = (await loadAssessmentFile(ctx.session.current!.path)).doc;
    await page.getByRole('button', { name: /方案/ }).first().click();
    await page.getByRole('button', { name: '权重…' }).click();
    const dialog = page.getByRole('dialog', { name: /权重/ });
    const section = before.scheme.criteria.find((c) => c.children.length === 4)!;
    await dialog.getByLabel('推算对象').selectOption(section.id);
    await poll(() => dialog.locator('input.judgement').count()).toBe(6);
    // 1 ≻ 2 ≻ 3 ≻ 4 but 4 ≻ 1: intransitive.
    for (const [cell, value] of [
      ['1-2', '3'],
      ['1-3', '5'],
      ['1-4', '1/7'],
      ['2-3', '3'],
      ['2-4', '5'],
      ['3-4', '3'],
    ])
      await dialog.getByLabel(cell!, { exact: true }).fill(value!);
    await poll(() => dialog.getByTestId('ahp-consistency').textContent()).toContain('一致性不可接受');
    expect(await dialog.getByTestId('ahp-consistency').textContent()).toMatch(/最不一致的判断：“.+”比“.+”填/);
    expect(await dialog.getByRole('button', { name: '采用建议分值' }).isDisabled()).toBe(true);
    await dialog.getByLabel('1-4', { exact: true }).fill('7');
    await poll(() => dialog.getByTestId('ahp-consistency').textContent()).toMatch(/CR = 0\.0\d+一致性可以接受/);
    await dialog.getByRole('button', { name: '采用建议分值' }).click();
    await dialog.getByRole('button', { name: '确认采用' }).click();
    await poll(() => page.getByRole('alert').filter({ hasText: '条评分，改变其下级分值会使这些评分失去依据' }).count()).toBe(1);
    expect((await loadAssessmentFile(ctx.session.current!.path)).doc.scheme).toEqual(before.scheme);
    expect(errors).toEqual([]);
  }, 180_000);

  it('first level: the effect on every rank shows before accepting; accepted points reach 汇总 and the audit trail, across a reload', async () => {
    const { ctx, page, errors } = await start();
    const path = ctx.session.current!.path;
    const before = (await loadAssessmentFile(path)).doc;
    await page.getByRole('button', { name: /方案/ }).first().click();
    await page.getByRole('button', { name: '权重…' }).click();
    const dialog = page.getByRole('dialog', { name: /权重/ });
    const n = before.scheme.criteria.length;
    // The last section is judged far more important than every other; the others equal.
    for (let i = 1; i < n; i++) await dialog.getByLabel(`${i}-${n}`, { exact: true }).fill('1/5');
    await poll(() => dialog.getByTestId('ahp-consistency').textContent()).toContain('CR = 0.0000');
    const effect = dialog.getByTestId('weights-effect');
    await poll(() => effect.locator('tbody tr').count()).toBe(14);
    const proposed = await Promise.all(before.scheme.criteria.map((c) => dialog.getByTestId(`proposed-${c.code}`).textContent()));
    const firstUnit = await effect.locator('tbody tr').first().locator('td').first().textContent();
    // 汇总's 模拟 tries the same points before anything is saved, then the dialog takes them in.
    await dialog.getByRole('button', { name: '在汇总中模拟' }).click();
    await poll(() => page.getByTestId('weights-trial').textContent()).toContain('一级指标');
    await poll(() => page.locator('table.ranking tbody tr').first().textContent()).toContain(firstUnit!);
    expect(await page.locator('th.what-if-col').count()).toBe(1);
    expect((await loadAssessmentFile(path)).doc.scheme).toEqual(before.scheme);
    await page.getByRole('button', { name: /方案/ }).first().click();
    await page.getByRole('button', { name: '权重…' }).click();
    for (let i = 1; i < n; i++) await dialog.getByLabel(`${i}-${n}`, { exact: true }).fill('1/5');
    await poll(() => dialog.getByTestId('ahp-consistency').textContent()).toContain('CR = 0.0000');
    await dialog.getByRole('button', { name: '采用建议分值' }).click();
    await dialog.getByRole('button', { name: '确认采用' }).click();
    await poll(() => page.getByRole('dialog', { name: /权重/ }).count()).toBe(0);

    const saved = (await loadAssessmentFile(path)).doc;
    expect(saved.scheme.criteria.map((c) => String(c.points))).toEqual(proposed);
    expect(saved.entries).toEqual(before.entries);
    const [record] = acceptedWeights(saved);
    expect(record).toMatchObject({ parentId: null, method: 'ahp', ahp: { method: 'eigen', riTable: 'cn', cr: expect.any(Number) } });
    expect(record!.ahp!.matrices[0]![0]![n - 1]).toBeCloseTo(0.2, 9);
    const results = computeResults(saved);
    const leader = results.units.find((u) => u.unitId === results.order[0])!;
    expect(leader.unitName).toBe(firstUnit);

    await page.reload();
    await page.getByRole('grid').waitFor();
    await page.getByRole('button', { name: /汇总/ }).first().click();
    await poll(() => page.locator('table.ranking tbody tr').first().textContent()).toContain(leader.unitName);
    await page.getByRole('button', { name: /汇审/ }).first().click();
    await page.getByRole('tab', { name: '修改记录' }).click();
    await page.getByLabel('操作', { exact: true }).selectOption('weights.apply');
    const rows = page.locator('.audit-table tbody tr');
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/层次分析法·特征根法，1 份判断矩阵，RI 国内教材表（许树柏，1988），CR = 0\.0000/);
    expect(errors).toEqual([]);
  }, 180_000);
});
