import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan } from '../../electron/services/plan-document';
import { readRule } from '../../shared/rules-text/read-rule';
import ExcelJS from 'exceljs';
import { RULES_WITH_TABLE } from '../helpers/assessment-rules-docs';
import { tableDocx, tableXlsx, type Merge, type TableSpec } from '../helpers/scoring-tables';
import { PHRASINGS } from '../shared/rules-text/phrasings';
import { timed, type Figure } from './measure';

/** A 300-row scoring table: 10 sections of 30 items, section cells merged down, every rule form. */
function bigTable(): TableSpec {
  const rules = PHRASINGS.filter(([, points]) => points > 0).map(([text]) => text);
  const rows: string[][] = [['一级指标', '二级指标', '分值', '评分标准', '考核方式', '自评分', '考评分']];
  const merges: Merge[] = [];
  for (let s = 0; s < 10; s++) {
    merges.push({ r: rows.length, c: 0, rows: 30, cols: 1 });
    for (let i = 0; i < 30; i++)
      rows.push([
        i === 0 ? `第${s + 1}部分（30分）` : '',
        `考核事项${s + 1}-${i + 1}`,
        '1',
        rules[(s * 30 + i) % rules.length]!,
        '查阅资料',
        '',
        '',
      ]);
  }
  return { preamble: ['2025年度考核评分细则'], rows, merges };
}

/** Issue 12: reading a 300-row .xlsx scoring table in process, the rule reader alone, a 考核办法, and the hostile bounds. */
export async function tableFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-'));
  try {
    const path = join(dir, 'table-300.xlsx');
    writeFileSync(path, await tableXlsx(bigTable()));
    const texts = PHRASINGS.map(([text, points]) => [text, points] as const);
    const rulesDocx = join(dir, 'rules.docx');
    writeFileSync(rulesDocx, await tableDocx(RULES_WITH_TABLE));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('评分细则');
    ws.addRow(['考核项目', '分值', '评分标准']);
    ws.getCell('XFD1048576').value = 'x';
    const stray = join(dir, 'stray.xlsx');
    writeFileSync(stray, Buffer.from(await wb.xlsx.writeBuffer()));
    const many = join(dir, 'many.txt');
    const rows = Array.from({ length: 9_999 }, (_, i) => `${i === 0 ? '安全生产' : ''}\t第${i + 1}项\t1\t未落实的扣1分`);
    writeFileSync(many, ['考核项目\t考核内容\t分值\t评分标准', ...rows].join('\n'));
    return [
      await timed('read 300-row .xlsx scoring table', () => loadPlan(path), { runs: 20, aim: { below: 300 } }),
      await timed(`read ${texts.length} rule phrasings`, () => texts.forEach(([t, p]) => readRule(t, p)), { runs: 50 }),
      await timed('read a 考核办法 .docx (articles + attached table)', () => loadPlan(rulesDocx), { runs: 20 }),
      await timed('refuse a 6 KB .xlsx with one cell at XFD1048576', () => loadPlan(stray).catch(() => undefined), { runs: 10 }),
      await timed('read 9,999 items at one level (tab text)', () => loadPlan(many), { runs: 5 }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
