// Every arriving file is hostile (issue 10): each case is refused with a message that names
// the file, in both languages, and every file of the workspace keeps its hash. How long each
// refusal takes is measured by `npm run bench -- hostile`, not here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, UserError } from '../../shared/errors';
import { createTranslator } from '../../shared/i18n/messages';
import { sheetProblemText } from '../../shared/sheets/problem-text';
import { readPlanDocument, loadPlan } from '../../electron/services/plan-document';
import { importResultPackages } from '../../electron/services/packages/import-results';
import { importScoreSheets, SheetImportError } from '../../electron/services/sheets/import-sheets';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { OFFICE } from '../helpers/packages';
import { useTempDir } from '../helpers/temp';
import { officeOnDisk, scoreAndSubmit } from '../electron/packages/office-files';
import { docxBomb, fifo, junkHeadings, linkToDevZero, sparseFile, xlsxBomb } from './make-fixtures';
import { treeHashes } from './tree-hash';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const posix = process.platform !== 'win32';

/** The refusal, asserted to name the file in both languages and to carry no library text. */
async function refusal(work: Promise<unknown>, file: string): Promise<UserError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const e = error as UserError;
  for (const t of [zh, en]) {
    const text = e instanceof DocumentError ? e.problems.map((p) => `${e.file} ${t(p.key, p.params)}`).join('\n') : t(e.key, e.params);
    expect(text).toContain(file);
    expect(text).not.toMatch(/undefined|Corrupted zip|JSZip|RangeError|Maximum call stack|ENOENT|\{\{/);
  }
  return e;
}

// Making a 120 MB bomb is CPU work that a loaded machine stretches: a long safety net, no wait on a clock.
const HEAVY = { timeout: 10 * 60_000 };

describe('hostile plan documents', HEAVY, () => {
  const tmp = useTempDir();

  const cases: [string, (dir: string) => string, string][] = [
    ['a 150 KB .docx that unpacks to 120 MB', (d) => docxBomb(join(d, '方案.docx'), 120), 'hardening.unpackedTooLarge'],
    ['a .docx whose directory lies about its size', (d) => docxBomb(join(d, '方案.docx'), 20, true), 'hardening.docxBroken'],
    ['a 2 GB sparse .txt', (d) => sparseFile(join(d, '方案.txt'), 2 * 1024 ** 3), 'hardening.tooLarge'],
    ['a 51 MB sparse .docx', (d) => sparseFile(join(d, '方案.docx'), 51 * 1024 ** 2), 'hardening.tooLarge'],
    ['200,000 junk headings', (d) => junkHeadings(join(d, '方案.txt'), 200_000), 'hardening.planTooManyLines'],
    ['6,000 junk headings on one page', (d) => junkHeadings(join(d, '方案.txt'), 6_000), 'hardening.planTooManyItems'],
    ...(posix
      ? ([
          ['a FIFO named .txt', (d) => fifo(join(d, '方案.txt')), 'hardening.notRegularFile'],
          ['a link to /dev/zero named .txt', (d) => linkToDevZero(join(d, '方案.txt')), 'hardening.notRegularFile'],
        ] as [string, (dir: string) => string, string][])
      : []),
  ];

  it.each(cases)('%s is refused, naming the file, and changes nothing', async (_name, make, key) => {
    const dir = join(tmp(), 'in');
    mkdirSync(dir, { recursive: true });
    const path = make(dir);
    const before = treeHashes(dir);
    const e = await refusal(loadPlan(path), basename(path));
    expect(e.key).toBe(key);
    expect(treeHashes(dir)).toEqual(before);
  });

  it('a plan of 300 numbered items still reads (the caps leave room for real plans)', async () => {
    const path = join(tmp(), 'ok.txt');
    writeFileSync(
      path,
      Array.from(
        { length: 300 },
        (_, i) => `${i % 10 === 0 ? `${'一二三四五六七八九十'[(i / 10) % 10]}、章节${i}` : `${i % 10}. 条目${i}（1分）`}`,
      ).join('\n'),
    );
    expect((await readPlanDocument(path)).text.length).toBeGreaterThan(1000);
  });
});

describe('hostile score sheets', HEAVY, () => {
  const tmp = useTempDir();

  it('a zip-bomb .xlsx and a fake one are refused before exceljs, naming the file, changing nothing', async () => {
    const office = await officeOnDisk(join(tmp(), 'office'));
    const bomb = xlsxBomb(join(tmp(), '张伟.xlsx'), 150);
    const fake = join(tmp(), '李娜.xlsx');
    writeFileSync(fake, 'PK\u0003\u0004 不是表格');
    const before = treeHashes(join(tmp(), 'office'));
    const error = await importScoreSheets(office.path, [bomb, fake]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SheetImportError);
    const lines = (error as SheetImportError).problems.map((p) => sheetProblemText(p, zh));
    expect(lines[0]).toMatch(/^张伟\.xlsx 解压后太大/);
    expect(lines[1]).toBe('李娜.xlsx：不是有效的 Excel 文件（.xlsx），或文件已损坏');
    expect(treeHashes(join(tmp(), 'office'))).toEqual(before);
  });
});

describe('hostile result packages in one batch', HEAVY, () => {
  const tmp = useTempDir();

  it('1e309, 200,000 levels, a repeated key, a /dev/zero link and a 70 MB file are each refused with a reason; the good one imports', async () => {
    const office = await officeOnDisk(join(tmp(), 'office'));
    const good = await scoreAndSubmit(office.task('e2'), join(tmp(), 'laptop2'), [['B', 'a', 4]]);
    const base = readFileSync(await scoreAndSubmit(office.task('e3'), join(tmp(), 'laptop3'), [['B', 'b', 5]]), 'utf8');
    const usb = join(tmp(), 'usb');
    mkdirSync(usb);
    const write = (name: string, text: string) => {
      writeFileSync(join(usb, name), text);
      return join(usb, name);
    };
    const bad = {
      'huge-number.kpr': write('huge-number.kpr', base.replace('{', '{"note": 1e309,')),
      'deep.kpr': write('deep.kpr', base.replace('{', `{"note": ${'['.repeat(200_000)}${']'.repeat(200_000)},`)),
      'twice.kpr': write('twice.kpr', base.replace('{', '{"submittedBy": "别人",')),
      ...(posix ? { 'zero.kpr': linkToDevZero(join(usb, 'zero.kpr')) } : {}),
      'huge.kpr': sparseFile(join(usb, 'huge.kpr'), 70 * 1024 ** 2),
    };
    const before = treeHashes(join(tmp(), 'office'));
    const report = await importResultPackages(office.path, [...Object.values(bad), good], OFFICE);
    expect(report.accepted.map((a) => a.fileName)).toEqual([basename(good)]);
    const reasons = Object.fromEntries(
      report.rejected.map((r) => [basename(r.path), r.error instanceof DocumentError ? r.error.problems[0]!.key : r.error.key]),
    );
    expect(reasons).toEqual({
      'huge-number.kpr': 'hardening.badNumber',
      'deep.kpr': 'hardening.tooDeep',
      'twice.kpr': 'hardening.duplicateKey',
      ...(posix ? { 'zero.kpr': 'hardening.notRegularFile' } : {}),
      'huge.kpr': 'hardening.tooLarge',
    });
    const after = treeHashes(join(tmp(), 'office'));
    // The good package changed the assessment and ledger (and was archived); nothing else moved.
    for (const [file, hash] of Object.entries(before)) {
      if (!/assessment\.json$|packages\.json$/.test(file)) expect(after[file], file).toBe(hash);
    }
    expect((await loadAssessmentFile(office.path)).doc.entries.map((e) => e.evaluatorId)).toEqual(['e2']);
  });
});
