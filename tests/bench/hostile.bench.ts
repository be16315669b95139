import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan } from '../../electron/services/plan-document';
import { importResultPackages } from '../../electron/services/packages/import-results';
import { importScoreSheets } from '../../electron/services/sheets/import-sheets';
import { officeOnDisk, scoreAndSubmit } from '../electron/packages/office-files';
import { OFFICE } from '../helpers/packages';
import { docxBomb, fifo, junkHeadings, linkToDevZero, sparseFile, xlsxBomb } from '../hostile/make-fixtures';
import { timed, type Figure } from './measure';

type Case = [name: string, make: () => string, refuse: (path: string) => Promise<unknown>];

/** Issue 10: how long each hostile file takes to be refused (aim: well under a second). */
export async function hostileFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-hostile-'));
  try {
    const office = await officeOnDisk(join(dir, 'office'));
    const base = readFileSync(await scoreAndSubmit(office.task('e3'), join(dir, 'laptop'), [['B', 'b', 5]]), 'utf8');
    mkdirSync(join(dir, 'in'));
    const at = (name: string) => join(dir, 'in', name);
    const pkg = (name: string, text: string) => () => (writeFileSync(at(name), text), at(name));
    // An import reports a refused package instead of throwing: turned into a rejection here.
    const importPkg = async (path: string) => {
      const report = await importResultPackages(office.path, [path], OFFICE);
      if (report.rejected.length === 1 && !report.written) throw report.rejected[0]!.error;
    };
    const cases: Case[] = [
      ['.docx bomb (150 KB → 120 MB)', () => docxBomb(at('bomb.docx'), 120), loadPlan],
      ['.docx with a lying directory', () => docxBomb(at('lying.docx'), 20, true), loadPlan],
      ['.xlsx bomb (→ 150 MB)', () => xlsxBomb(at('bomb.xlsx'), 150), (p) => importScoreSheets(office.path, [p])],
      ['2 GB .txt plan', () => sparseFile(at('huge.txt'), 2 * 1024 ** 3), loadPlan],
      ['200,000 junk headings', () => junkHeadings(at('junk.txt'), 200_000), loadPlan],
      ['.kpr with 1e309', pkg('n.kpr', base.replace('{', '{"x": 1e309,')), importPkg],
      ['.kpr nested 200,000 deep', pkg('d.kpr', base.replace('{', `{"x": ${'['.repeat(200_000)}${']'.repeat(200_000)},`)), importPkg],
      ['70 MB .kpr', () => sparseFile(at('big.kpr'), 70 * 1024 ** 2), importPkg],
    ];
    if (process.platform !== 'win32')
      cases.push(
        ['FIFO named .txt', () => fifo(at('pipe.txt')), loadPlan],
        ['link to /dev/zero', () => linkToDevZero(at('zero.txt')), loadPlan],
      );
    const figures: Figure[] = [];
    for (const [name, make, refuse] of cases) {
      const path = make();
      const once = async () => {
        const accepted = await refuse(path).then(
          () => true,
          () => false,
        );
        if (accepted) throw new Error(`${name} was accepted`);
      };
      figures.push(await timed(`refuse ${name}`, once, { runs: 5, warmup: 1, aim: { below: 1000 } }));
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
