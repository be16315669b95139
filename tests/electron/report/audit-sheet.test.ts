import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setEntry, setStatus } from '../../../shared/assessment/mutations';
import { createTranslator } from '../../../shared/i18n/messages';
import { localDateTime } from '../../../shared/text/local-time';
import { exportReport } from '../../../electron/services/report/export-report';
import { saveAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { leaf, makeDoc } from '../../helpers/assessment';
import { readWorkbook, rowValues } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const at = (day: number) => ({ actor: '考核办', at: `2020-12-${day}T02:30:05.000Z` });

/** An assessment whose trail holds an entry, its correction with a reason, finalizing and reopening. */
function trailDoc() {
  let doc = makeDoc({ criteria: [leaf('a', 10), leaf('b', 10)], units: ['A'], evaluators: ['e1'] });
  doc = setEntry(doc, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 8 } }, at(10));
  doc = setEntry(
    doc,
    { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 6.5 }, reason: '台账不全' },
    at(11),
  );
  doc = setStatus(doc, 'finalized', at(20));
  doc = setStatus(doc, 'scoring', { actor: '李处长', at: '2020-12-21T09:00:00.000Z' }, '审定会要求复核');
  // A laptop's record arrives with a later import but happened before the finalizing.
  return {
    ...doc,
    audit: [
      ...doc.audit,
      {
        at: '2020-12-12T01:00:00.000Z',
        actor: '张伟',
        action: 'workspace.entry.set',
        target: { evaluator: 'e1', unit: 'A', criterion: 'b', package: 'p1' },
        before: { value: { kind: 'score', score: 9 } },
        after: { value: { kind: 'score', score: 7 }, reason: '复核' },
        reason: '',
      },
    ],
  };
}

describe("the report's audit sheet, read back with exceljs", () => {
  const tmp = useTempDir();

  async function report(doc = trailDoc(), t = zh) {
    const path = join(tmp(), 'a.assessment.json');
    await saveAssessmentFile(path, doc);
    const out = join(tmp(), 'report.xlsx');
    await exportReport(path, out, t);
    return readWorkbook(out);
  }

  it('lists every change with when, who, what, about what, old and new value and reason', async () => {
    const wb = await report();
    const ws = wb.getWorksheet('修改记录')!;
    expect(wb.worksheets.at(-1)!.name).toBe('修改记录');
    expect(ws.getCell(1, 1).value).toBe('测试考核 · 修改记录');
    expect(ws.getCell(2, 1).value).toBe('每一次修改：时间、操作人、操作、对象、原值、新值和理由，按时间先后，共 5 条');
    expect(rowValues(ws, 3, 1, 7)).toEqual(['时间', '操作人', '操作', '对象（单位 · 指标 · 考核人员）', '原值', '新值', '理由']);
    expect(rowValues(ws, 5, 1, 7)).toEqual([
      localDateTime('2020-12-10T02:30:05.000Z', true),
      '考核办',
      '录入或修改得分',
      'A市 · a 指标a · 评委e1',
      '',
      '8 分',
      '',
    ]);
    // An entry's own reason travels with its value; the record's reason is for decisions (a pick, reopening).
    expect(rowValues(ws, 6, 4, 7)).toEqual(['A市 · a 指标a · 评委e1', '8 分', '6.5 分（台账不全）', '']);
    expect(rowValues(ws, 7, 1, 7)).toEqual([
      localDateTime('2020-12-12T01:00:00.000Z', true),
      '张伟',
      '考核人员在评分电脑上修改得分',
      'A市 · b 指标b · 评委e1',
      '9 分',
      '7 分（复核）',
      '',
    ]);
    expect(rowValues(ws, 8, 2, 6)).toEqual(['考核办', '定稿', '', '评分中', '已定稿']);
    expect(rowValues(ws, 9, 1, 7)).toEqual([
      localDateTime('2020-12-21T09:00:00.000Z', true),
      '李处长',
      '重新开启',
      '',
      '已定稿',
      '评分中',
      '审定会要求复核',
    ]);
    expect(ws.rowCount).toBe(9);
    // Frozen under the header, filterable, printed with its header rows on every page.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 1 });
    expect(ws.autoFilter).toBe('A4:G4');
    expect(ws.pageSetup.printTitlesRow).toBe('3:4');
  });

  it('says so when nothing was recorded, and speaks English when asked', async () => {
    const wb = await report(makeDoc({ criteria: [leaf('a', 10)] }), en);
    const ws = wb.getWorksheet('Audit trail')!;
    expect(rowValues(ws, 3, 1, 3)).toEqual(['When', 'Who', 'Change']);
    expect(ws.getCell(5, 1).value).toBe('No changes recorded');
    expect(ws.autoFilter).toBeUndefined();
  });
});
