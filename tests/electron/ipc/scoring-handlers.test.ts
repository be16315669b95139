import { describe, expect, it } from 'vitest';
import { loadAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { leavesOf } from '../../../shared/assessment/criteria';
import type { EntryInput } from '../../../shared/ipc/contract';
import { useTempDir } from '../../helpers/temp';
import { testApi, testContext } from '../../helpers/app-context';
import { expectOk } from '../../helpers/envelope';

async function openDemo(root: string) {
  const ctx = testContext(root);
  const call = testApi(ctx);
  const view = await expectOk(call('assessment:get'));
  const path = ctx.session.current!.path;
  return { ctx, call, view, path };
}

describe('scoring handlers', () => {
  const tmp = useTempDir();

  it('saves an entry at once and answers with the new results', async () => {
    const { call, view, path } = await openDemo(tmp());
    const leaf = leavesOf(view.doc.scheme).find((l) => l.rule.kind === 'plain')!;
    const before = view.results.units.find((u) => u.unitId === '450100')!.total;
    // Team one (e1–e3) scores 南宁; the demo combines by trimmed mean, so all three give 0.
    const entries: EntryInput[] = ['e1', 'e2', 'e3'].map((evaluatorId) => ({
      evaluatorId,
      unitId: '450100',
      criterionId: leaf.criterion.id,
      value: { kind: 'score', score: 0 },
    }));
    const saved = await expectOk(call('entry:set', { entries }));
    expect(saved.results.units.find((u) => u.unitId === '450100')!.total).toBeCloseTo(
      before - view.results.cells['450100']![view.results.leafIds.indexOf(leaf.criterion.id)]!.score!,
      6,
    );
    const onDisk = await loadAssessmentFile(path);
    const entry = onDisk.doc.entries.find((e) => e.evaluatorId === 'e1' && e.unitId === '450100' && e.criterionId === leaf.criterion.id)!;
    expect(entry.value).toEqual({ kind: 'score', score: 0 });
    expect(onDisk.doc.audit.at(-1)).toMatchObject({ action: 'entry.set', actor: '测试人员' });
  });

  it('refuses a value outside the rule, with the reason, and leaves the file alone', async () => {
    const { call, view, path } = await openDemo(tmp());
    const leaf = leavesOf(view.doc.scheme).find((l) => l.rule.kind === 'plain')!;
    const before = (await loadAssessmentFile(path)).doc;
    const tooHigh = await call('entry:set', {
      entries: [
        { evaluatorId: 'e1', unitId: '450100', criterionId: leaf.criterion.id, value: { kind: 'score', score: leaf.criterion.points + 1 } },
      ],
    });
    expect(tooHigh).toMatchObject({ ok: false, error: { key: 'value.aboveMax', params: { max: leaf.criterion.points } } });
    const deduction = leavesOf(view.doc.scheme).find((l) => l.rule.kind === 'deduction')!;
    const noReason = await call('entry:set', {
      entries: [
        {
          evaluatorId: 'e1',
          unitId: '450100',
          criterionId: deduction.criterion.id,
          value: { kind: 'deductions', occurrences: [{ count: 1, reason: ' ' }] },
        },
      ],
    });
    expect(noReason).toMatchObject({ ok: false, error: { key: 'ipc.badRequest' } });
    expect((await loadAssessmentFile(path)).doc).toEqual(before);
  });

  it('applies a pasted block all or nothing', async () => {
    const { call, view, path } = await openDemo(tmp());
    const plain = leavesOf(view.doc.scheme)
      .filter((l) => l.rule.kind === 'plain')
      .slice(0, 2);
    const good = { evaluatorId: 'e1', unitId: '450200', criterionId: plain[0]!.criterion.id, value: { kind: 'score', score: 0.5 } };
    const bad = { evaluatorId: 'e1', unitId: '450200', criterionId: plain[1]!.criterion.id, value: { kind: 'score', score: 0.3 } };
    expect(await call('entry:set', { entries: [good, bad] })).toMatchObject({ ok: false, error: { key: 'value.offStep' } });
    const unchanged = (await loadAssessmentFile(path)).doc.entries.find(
      (e) => e.evaluatorId === 'e1' && e.unitId === '450200' && e.criterionId === plain[0]!.criterion.id,
    )!;
    expect(unchanged.value).not.toEqual({ kind: 'score', score: 0.5 });
    const ok = await call('entry:set', { entries: [good, { ...bad, value: { kind: 'score', score: 1 } }] });
    expect(ok.ok).toBe(true);
  });

  it('keeps every one of many quick edits (they run one after another)', async () => {
    const { call, view, path } = await openDemo(tmp());
    const plain = leavesOf(view.doc.scheme).filter((l) => l.rule.kind === 'plain');
    const units = view.doc.units.slice(0, 7);
    await Promise.all(
      units.map((u) =>
        call('entry:set', {
          entries: [
            {
              evaluatorId: 'e2',
              unitId: u.id,
              criterionId: plain[0]!.criterion.id,
              value: { kind: 'score', score: 0 },
              note: `快速${u.id}`,
            },
          ],
        }),
      ),
    );
    const doc = (await loadAssessmentFile(path)).doc;
    for (const u of units) {
      const e = doc.entries.find((x) => x.evaluatorId === 'e2' && x.unitId === u.id && x.criterionId === plain[0]!.criterion.id)!;
      expect(e.note).toBe(`快速${u.id}`);
    }
  });

  it('clears a cell, marks N/A, and changes settings', async () => {
    const { call, view } = await openDemo(tmp());
    const leaf = leavesOf(view.doc.scheme)[0]!;
    const cell = { evaluatorId: 'e1', unitId: '450100', criterionId: leaf.criterion.id };
    const cleared = await expectOk(call('entry:clear', { cells: [cell] }));
    expect(cleared.results.units.find((u) => u.unitId === '450100')!.complete).toBe(false);
    await expectOk(call('entry:set', { entries: [{ ...cell, value: { kind: 'na' }, reason: '不适用' }] }));
    const settings = await expectOk(call('settings:update', { patch: { combine: 'median', ranking: 'dense' } }));
    expect(settings.doc.settings.combine).toBe('median');
    expect(settings.results.method).toBe('median');
  });

  it('refuses changes to a finalized year', async () => {
    const { call, view } = await openDemo(tmp());
    await call('assessment:open', { file: '2019年度全区应急管理工作考核.assessment.json' });
    const leaf = leavesOf(view.doc.scheme).find((l) => l.rule.kind === 'plain')!;
    expect(
      await call('entry:set', {
        entries: [{ evaluatorId: 'e1', unitId: '450100', criterionId: leaf.criterion.id, value: { kind: 'score', score: 1 } }],
      }),
    ).toMatchObject({ ok: false, error: { key: 'error.finalized' } });
  });

  it('does not overwrite a file another program changed since it was opened', async () => {
    const { call, view, path } = await openDemo(tmp());
    const { writeFileSync, utimesSync, readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8').replace('"name": "2020年度全区应急管理工作考核"', '"name": "别处修改"');
    writeFileSync(path, text);
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const leaf = leavesOf(view.doc.scheme).find((l) => l.rule.kind === 'plain')!;
    expect(
      await call('entry:set', {
        entries: [{ evaluatorId: 'e1', unitId: '450100', criterionId: leaf.criterion.id, value: { kind: 'score', score: 1 } }],
      }),
    ).toMatchObject({ ok: false, error: { key: 'error.fileChangedElsewhere' } });
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
