import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/messages';
import { allUnitFindings } from '../../../shared/papers/findings';
import { gradeLabel } from '../../../shared/i18n/labels';
import { computeResults } from '../../../shared/scoring/compute';
import { writeDemoWorkspace } from '../../../electron/services/demo-workspace';
import {
  exportFeedback,
  exportNotice,
  exportUnitSheets,
  paperOptions,
  unitIdsByName,
  type PaperSource,
} from '../../../electron/services/papers/export-papers';
import { readDocx } from '../../helpers/docx-xml';
import { SEED_PLAN } from '../../helpers/paths';
import { findRow, readWorkbook } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const options = paperOptions({ office: '自治区安全生产委员会办公室', date: '2020-12-28' }, new Date('2020-12-28T08:00:00Z'));
let src: PaperSource;
const demo = mkdtempSync(join(tmpdir(), 'kaoping-papers-'));

afterAll(() => rmSync(demo, { recursive: true, force: true }));
beforeAll(async () => {
  const [, , y2020] = await writeDemoWorkspace(demo, SEED_PLAN);
  src = { doc: y2020!.doc, results: computeResults(y2020!.doc) };
});

describe('the papers of the year-end review, written and read back', () => {
  const tmp = useTempDir();

  it("writes one score sheet per unit, named by the unit, whose totals, grades and reasons are the results'", async () => {
    const out = join(tmp(), '评分表.xlsx');
    const written = await exportUnitSheets(src, out, zh, options);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name).sort()).toEqual(src.doc.units.map((u) => u.name).sort());
    expect(written.sheets).toHaveLength(14);
    for (const f of allUnitFindings(src.doc, src.results)) {
      const ws = wb.getWorksheet(f.unit.unitName)!;
      const totalRow = findRow(ws, 1, '总分');
      expect(ws.getCell(totalRow, 5).value).toBeCloseTo(f.unit.total, 6);
      expect(String(ws.getCell(totalRow + 1, 4).value)).toContain(gradeLabel(f.unit.grade, src.doc.settings.gradeNames, zh));
      const lost = f.items.find((i) => i.lost > 0 && i.reasons.length > 0);
      if (lost) {
        const row = findRow(ws, 2, lost.leaf.criterion.title);
        expect(ws.getCell(row, 6).value).toBeCloseTo(lost.lost, 6);
        expect(ws.getCell(row, 7).value).toBe(lost.reasons.join('\n'));
      }
      expect(ws.pageSetup.printTitlesRow).toBe('3:3');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.headerFooter.oddHeader).toContain('未定稿');
      expect(findRow(ws, 1, '考核组成员签字：')).toBeGreaterThan(totalRow);
    }
  });

  it('writes a feedback letter per unit named by the unit, with its lost items, reasons, total, rank and the appeal date', async () => {
    const dir = tmp();
    const written = await exportFeedback(src, dir, zh, options);
    expect(readdirSync(dir).sort()).toEqual(src.doc.units.map((u) => `${u.name}-扣分情况反馈.docx`).sort());
    const findings = allUnitFindings(src.doc, src.results);
    for (const w of written) {
      const f = findings.find((x) => x.unit.unitName === w.unit)!;
      const docx = readDocx(w.path);
      expect(docx.paragraphs).toContain(`${w.unit}：`);
      const body = docx.paragraphs.join('\n');
      expect(body).toContain(`你单位总分 ${f.unit.total.toFixed(2)} 分`);
      expect(body).toContain('于2021年1月4日前');
      expect(body).toContain('自治区安全生产委员会办公室');
      const lost = f.items.filter((i) => i.lost > 0);
      const table = docx.tables[0] ?? [];
      expect(table.slice(1).map((r) => r[1])).toEqual(lost.map((i) => `${i.leaf.criterion.number} ${i.leaf.criterion.title}`));
      for (const v of f.vetoes) expect(body).toContain(v.item.title);
      expect(docx.headers.join('')).toContain('未定稿');
      // Official layout: A4 and the GB/T 9704 margins (twips).
      expect(docx.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(docx.xml).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    }
  });

  it('writes letters for chosen units only, and refuses the whole batch when a file exists', async () => {
    const dir = tmp();
    const ids = unitIdsByName(src.doc, ['柳州市', '南宁市']);
    expect((await exportFeedback(src, dir, en, options, ids)).map((w) => w.unit)).toEqual(['南宁市', '柳州市']);
    expect(readdirSync(dir).sort()).toEqual(['南宁市-feedback.docx', '柳州市-feedback.docx']);
    writeFileSync(join(tmp(), '桂林市-扣分情况反馈.docx'), 'edited by hand');
    await expect(exportFeedback(src, dir, zh, options)).rejects.toMatchObject({ key: 'papers.error.exists' });
    expect(readdirSync(dir)).toHaveLength(3);
    expect(() => unitIdsByName(src.doc, ['南宁'])).toThrow(expect.objectContaining({ key: 'papers.error.unknownUnit' }));
  });

  it('writes the results notice: grades in official order, the veto with its reason, the ranking table', async () => {
    const out = join(tmp(), '通报.docx');
    await exportNotice(src, out, zh, options);
    const docx = readDocx(out);
    const body = docx.paragraphs.join('\n');
    const excellent = src.doc.units
      .filter((u) => src.results.units.find((r) => r.unitId === u.id)!.grade === 'excellent')
      .map((u) => u.name);
    expect(body).toContain(`优秀等次（${excellent.length} 个）：${excellent.join('、')}`);
    const vetoed = src.results.units.filter((u) => u.vetoed);
    for (const u of vetoed) expect(body).toContain(`${u.unitName}：`);
    const table = docx.tables[0]!;
    expect(table[0]).toEqual(['排名', '单位', '总分', '加分', '等次', '备注']);
    expect(table.slice(1).map((r) => r[1])).toEqual(
      src.results.order.map((id) => src.results.units.find((u) => u.unitId === id)!.unitName),
    );
    expect(docx.xml).toContain('w:eastAsia="仿宋"');
    expect(docx.xml).toContain('w:eastAsia="黑体"');
  });

  it('refuses a wrong target or date before writing anything', async () => {
    await expect(exportNotice(src, join(tmp(), 'x.xlsx'), zh, options)).rejects.toMatchObject({ key: 'papers.error.badOut' });
    await expect(exportUnitSheets(src, join(tmp(), 'missing', 'x.xlsx'), zh, options)).rejects.toMatchObject({
      key: 'papers.error.outDir',
    });
    expect(() => paperOptions({ date: '2020-13-01' })).toThrow(expect.objectContaining({ key: 'papers.error.badDate' }));
    expect(existsSync(join(tmp(), 'x.xlsx'))).toBe(false);
  });
});
