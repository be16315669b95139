import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/errors';
import { loadPlan } from '../../../electron/services/plan-document';
import { SPECS } from '../../fixtures/tables/specs';
import { ROOT } from '../../helpers/paths';
import { tableDocx, tableTabs, tableXlsx } from '../../helpers/scoring-tables';
import { golden, goldenShape } from '../../helpers/table-golden';
import { useTempDir } from '../../helpers/temp';

const TEXT_FIXTURES = join(ROOT, 'tests', 'fixtures', 'tables');

describe('scoring tables in every file form read to their golden tree', () => {
  const tmp = useTempDir();
  for (const [name, spec] of Object.entries(SPECS)) {
    it(`${name}: .xlsx, .docx and tab-separated text give the same tree, rules, bonus and vetoes`, async () => {
      const files = {
        xlsx: await tableXlsx(spec),
        docx: await tableDocx(spec),
        txt: Buffer.from(tableTabs(spec), 'utf8'),
      };
      const shapes = [];
      for (const [ext, buf] of Object.entries(files)) {
        const path = join(tmp(), `${name}.${ext}`);
        writeFileSync(path, buf);
        shapes.push(goldenShape((await loadPlan(path)).plan));
      }
      expect(shapes[0]).toEqual(golden(name, shapes[0]!));
      expect(shapes[1]).toEqual(shapes[0]);
      expect(shapes[2]).toEqual(shapes[0]);
    });
  }

  for (const file of ['box-drawn.txt', 'pipe-table.md', 'pdf-copy.txt']) {
    it(`${file} reads to its golden tree`, async () => {
      const shape = goldenShape((await loadPlan(join(TEXT_FIXTURES, file))).plan);
      expect(shape).toEqual(golden(file.replace(/\.\w+$/, ''), shape));
    });
  }

  it('a notice of results is refused in one line', async () => {
    await expect(loadPlan(join(TEXT_FIXTURES, 'results-notice.txt'))).rejects.toMatchObject({ key: 'error.looksLikeResults' });
  });

  it('a workbook without a recognisable header asks for a column mapping, and reads with one', async () => {
    const spec = {
      preamble: [],
      merges: [],
      rows: [
        ['责任落实', '', '10', '未签订责任书的扣2分'],
        ['隐患排查', '', '90', '每发现一处隐患扣1分，扣完为止'],
      ],
    };
    const path = join(tmp(), 'bare.xlsx');
    writeFileSync(path, await tableXlsx(spec));
    const error = await loadPlan(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).key).toBe('error.tableNoHeader');
    const { plan } = await loadPlan(path, { columns: ['level1', 'level2', 'points', 'rule'] });
    expect(plan.criteria.map((c) => [c.title, c.points, c.rule])).toEqual([
      ['责任落实', 10, { kind: 'deduction', perOccurrence: 2 }],
      ['隐患排查', 90, { kind: 'deduction', perOccurrence: 1 }],
    ]);
  });

  it('a damaged workbook is a clear error naming the file', async () => {
    const path = join(tmp(), 'broken.xlsx');
    writeFileSync(path, Buffer.from('PK\u0003\u0004 not really a zip'));
    await expect(loadPlan(path)).rejects.toMatchObject({ key: 'hardening.zipBroken', params: { file: 'broken.xlsx' } });
  });
});
