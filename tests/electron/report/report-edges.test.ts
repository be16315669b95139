import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/messages';
import { buildReport, reportChartSpecs } from '../../../shared/report/build-report';
import { computeResults } from '../../../shared/scoring/compute';
import { renderChartPng, ChartRenderError } from '../../../electron/services/charts/render-chart';
import { exportReport } from '../../../electron/services/report/export-report';
import { saveAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { entry, leaf, makeDoc, section } from '../../helpers/assessment';
import { decodePng, diffBox } from '../../helpers/png';
import { readWorkbook, sheetImages, sheetText } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');

/** A small assessment whose user texts look like formulas. */
function trickyDoc() {
  const doc = makeDoc({
    criteria: [section('s1', 10, [leaf('a', 6, { kind: 'plain', step: 0.5 }), leaf('b', 4, { kind: 'deduction', perOccurrence: 1 })])],
    units: ['A', 'B'],
    evaluators: ['e1', 'e2'],
    entries: [
      entry('e1', 'A', 'a', 4, '=SUM(A1)'),
      entry('e2', 'A', 'a', 5, '+1 分'),
      entry('e1', 'B', 'a', 6),
      entry('e2', 'B', 'a', 5.5, '@考核组'),
      entry('e1', 'A', 'b', { kind: 'deductions', occurrences: [{ count: 2, reason: '-迟报两次' }] }),
      entry('e2', 'A', 'b', { kind: 'deductions', occurrences: [] }),
      entry('e1', 'B', 'b', { kind: 'deductions', occurrences: [] }),
      entry('e2', 'B', 'b', { kind: 'na' }, '=HYPERLINK("http://x")'),
    ],
  });
  doc.units[0]!.name = '=1+1市';
  doc.evaluators[1]!.name = '-李四';
  return doc;
}

describe('the report at its edges', () => {
  const tmp = useTempDir();

  it('writes text that looks like a formula as text', async () => {
    const path = join(tmp(), 'tricky.assessment.json');
    await saveAssessmentFile(path, trickyDoc());
    const out = join(tmp(), 'tricky.xlsx');
    await exportReport(path, out, zh);
    const wb = await readWorkbook(out);
    const strings: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') strings.push(cell.value);
        }),
      );
    }
    for (const text of ['=SUM(A1)', '+1 分', '@考核组', '-迟报两次', '=HYPERLINK("http://x")', '=1+1市', '-李四'])
      expect(strings).toContain(text);
  });

  it('still exports when a chart cannot be drawn, and says which one is missing and why', async () => {
    const path = join(tmp(), 'tricky.assessment.json');
    await saveAssessmentFile(path, trickyDoc());
    const out = join(tmp(), 'r.xlsx');
    const failing: typeof renderChartPng = () => Promise.reject(new ChartRenderError('x', new Error('no canvas here')));
    const report = await exportReport(path, out, zh, { renderChart: failing });
    expect(report.missing.map((m) => [m.id, m.reason])).toEqual([['ranking', 'no canvas here']]);
    const wb = await readWorkbook(out);
    const summary = wb.getWorksheet('汇总排名')!;
    expect(sheetImages(wb, summary)).toHaveLength(0);
    const note = '图表“2020年度考核得分排名”未能生成：no canvas here';
    expect(sheetText(summary)).toContain(note);
    expect(sheetText(wb.getWorksheet('说明')!)).toContain(note);
  });

  it('speaks English when asked, and without other years says there is nothing to compare', async () => {
    const path = join(tmp(), 'tricky.assessment.json');
    await saveAssessmentFile(path, trickyDoc());
    const out = join(tmp(), 'en.xlsx');
    const report = await exportReport(path, out, en);
    expect(report.charts).toBe(1);
    const wb = await readWorkbook(out);
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
    expect(sheetText(wb.getWorksheet('Year on year')!)).toContain('No other year in the workspace: no year-on-year comparison');
    expect(sheetImages(wb, wb.getWorksheet('Year on year')!)).toHaveLength(0);
  });

  it('refuses a bad target before writing anything', async () => {
    const path = join(tmp(), 'tricky.assessment.json');
    await saveAssessmentFile(path, trickyDoc());
    await expect(exportReport(path, join(tmp(), 'report.pdf'), zh)).rejects.toMatchObject({ key: 'report.badOut' });
    await expect(exportReport(path, join(tmp(), 'nowhere', 'r.xlsx'), zh)).rejects.toMatchObject({ key: 'error.fileMissing' });
    await expect(exportReport(join(tmp(), 'missing.assessment.json'), join(tmp(), 'r.xlsx'), zh)).rejects.toMatchObject({
      key: 'error.fileMissing',
    });
    expect(readdirSync(tmp()).filter((f) => f.endsWith('.xlsx') || f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(tmp(), 'nowhere'))).toBe(false);
  });

  it('draws the Chinese unit names of the ranking chart as glyphs, not boxes', async () => {
    const doc = trickyDoc();
    const specFor = (name: string) => {
      const d = { ...doc, units: doc.units.map((u, i) => (i === 0 ? { ...u, name } : u)) };
      const input = {
        doc: d,
        results: computeResults(d),
        others: [],
        generatedAt: '',
        generatedIso: '2020-01-01T00:00:00.000Z',
        appVersion: '0',
      };
      return reportChartSpecs(input, zh)[0]!;
    };
    const draw = async (name: string) => {
      const spec = specFor(name);
      return decodePng(await renderChartPng(spec.config, { widthPx: spec.width * 2, heightPx: spec.height * 2, scale: 2 }));
    };
    const [a, again, b] = await Promise.all([draw('南宁市'), draw('南宁市'), draw('柳州市')]);
    expect(diffBox(a, again)).toBeNull();
    const box = diffBox(a, b);
    // Different glyphs, only where the unit's name is written (left of the bars).
    expect(box).not.toBeNull();
    expect(box!.count).toBeGreaterThan(300);
    expect(box!.right).toBeLessThan(a.width * 0.15);
    // The model places exactly the drawn charts.
    const model = buildReport(
      { doc, results: computeResults(doc), others: [], generatedAt: '', generatedIso: '2020-01-01T00:00:00.000Z', appVersion: '0' },
      zh,
    );
    expect(model.sheets.flatMap((s) => s.images.map((i) => i.imageId))).toEqual(['ranking']);
  });
});
