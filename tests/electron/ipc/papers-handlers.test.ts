import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../shared/ipc/contract';
import type { PapersWritten } from '../../../shared/ipc/papers-views';
import type { AssessmentView } from '../../../shared/ipc/views';
import { testApi, testContext, type TestContext } from '../../helpers/app-context';
import { readDocx } from '../../helpers/docx-xml';
import { readWorkbook } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

async function openDemo(root: string) {
  const ctx = testContext(root, { now: () => new Date(2020, 11, 28, 16, 5) });
  const call = testApi(ctx);
  const view = ((await call('assessment:get')) as { ok: true; value: AssessmentView }).value;
  return { ctx, call, view };
}

function value<T>(answer: { ok: boolean; value?: unknown; error?: unknown }): T {
  expect(answer, JSON.stringify(answer.error)).toMatchObject({ ok: true });
  return answer.value as T;
}

const progressOf = (ctx: TestContext) => ctx.events.filter((e) => e.event === 'task:progress').map((e) => e.payload as TaskProgress);

describe('papers handlers: what the export screen writes', () => {
  const tmp = useTempDir();

  it("writes the chosen units' score sheets where the save dialog says, with progress, and hands back a token", async () => {
    const { ctx, call, view } = await openDemo(tmp());
    const out = join(tmp(), 'sheets.xlsx');
    ctx.reportChoices.push(out);
    const units = view.doc.units.slice(0, 3);
    const written = value<PapersWritten>(await call('papers:unitSheets', { units: units.map((u) => u.id), office: '考核办' }));
    expect(ctx.dialogStarts).toEqual([join(ctx.session.workspaceDir!, '2020年度全区应急管理工作考核-各单位考核评分表.xlsx')]);
    expect(written).toMatchObject({ count: 3, folder: null, files: [{ fileName: 'sheets.xlsx' }] });
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name).sort()).toEqual(units.map((u) => u.name).sort());
    expect(progressOf(ctx).every((p) => p.task === 'papers:unitSheets' && p.stage === 'writeUnitSheets')).toBe(true);
    expect(progressOf(ctx).length).toBeGreaterThan(0);
  });

  it("writes every unit's letter into the chosen folder in the interface's language, and the notice", async () => {
    const { ctx, call, view } = await openDemo(tmp());
    const dir = join(tmp(), 'letters');
    mkdirSync(dir);
    ctx.folderChoices.push(dir);
    const letters = value<PapersWritten>(await call('papers:feedback', { units: null, office: '', date: '2020-12-28', appealBy: '' }));
    expect(letters.count).toBe(view.doc.units.length);
    expect(readdirSync(dir).sort()).toEqual(view.doc.units.map((u) => `${u.name}-扣分情况反馈.docx`).sort());
    // The default appeal date is a week after the date; the default office name is used.
    expect(readDocx(join(dir, '南宁市-扣分情况反馈.docx')).paragraphs.join('')).toContain('于2021年1月4日前将确认意见书面反馈考核办公室');
    const notice = join(tmp(), 'notice.docx');
    ctx.reportChoices.push(notice);
    expect(value<PapersWritten>(await call('papers:notice', { office: '考核办', date: '' })).files[0]!.fileName).toBe('notice.docx');
    expect(readDocx(notice).tables[0]!.length).toBe(view.doc.units.length + 1);
  });

  it('answers null when the dialog is cancelled, and refuses a bad date before any dialog', async () => {
    const { ctx, call } = await openDemo(tmp());
    expect(value(await call('papers:notice', { office: '', date: '' }))).toBeNull();
    const bad = await call('papers:feedback', { units: null, office: '', date: '2020-02-30', appealBy: '' });
    expect(bad).toMatchObject({ ok: false, error: { key: 'papers.error.badDate' } });
    expect(ctx.dialogStarts).toHaveLength(1);
    expect(await call('papers:notice', { office: '', date: '28/12/2020' })).toMatchObject({ ok: false });
  });
});
