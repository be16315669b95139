// `npm run check:documents`: renders every paper the app writes as LibreOffice prints it (PDF,
// then one PNG per page), so a person can look at every page before the office does: the
// demo's 2020 report, a score sheet blank and filled, the per-unit score sheets, two feedback letters (one with
// a veto) and the results notice. Needs LibreOffice (soffice) and poppler (pdftoppm); says so
// and stops if they are missing. `npm run check:xlsx` is the same command under its old name.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTranslator, pickLanguage } from '../../shared/i18n/messages';
import { computeResults } from '../../shared/scoring/compute';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { exportFeedback, exportNotice, exportUnitSheets, paperOptions, unitIdsByName } from '../../electron/services/papers/export-papers';
import { exportReport } from '../../electron/services/report/export-report';
import { exportScoreSheets } from '../../electron/services/sheets/export-sheets';
import { SEED_PLAN } from '../helpers/paths';

function need(tool: string): void {
  if (spawnSync(tool, ['--version'], { encoding: 'utf8' }).error) {
    console.error(`check:documents needs ${tool} (LibreOffice and poppler-utils); it is not installed here.`);
    process.exit(2);
  }
}

function run(tool: string, args: string[]): void {
  const r = spawnSync(tool, args, { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
}

need('soffice');
need('pdftoppm');
const language = pickLanguage(process.env.KAOPING_LANG ?? process.env.LANG);
const t = createTranslator(language);
const dir = mkdtempSync(join(tmpdir(), 'kaoping-check-documents-'));
const [, , y2020] = await writeDemoWorkspace(join(dir, 'workspace'), SEED_PLAN);
const report = join(dir, 'report-2020.xlsx');
await exportReport(y2020!.path, report, t);
const sheetsDir = join(dir, 'sheets');
mkdirSync(sheetsDir);
const [sheet] = await exportScoreSheets(y2020!.path, { evaluator: 'e1' }, sheetsDir, language);
// The same evaluator's sheet with what he entered, as the export screen's 含已录入的评分 writes it.
const [filled] = await exportScoreSheets(y2020!.path, { evaluator: 'e1' }, sheetsDir, language, new Date(), undefined, { filled: true });

const src = { doc: y2020!.doc, results: computeResults(y2020!.doc) };
const options = paperOptions({ office: t('papers.defaultOffice'), date: '2020-12-28' });
const unitSheets = join(dir, 'unit-sheets.xlsx');
await exportUnitSheets(src, unitSheets, t, options);
const lettersDir = join(dir, 'letters');
mkdirSync(lettersDir);
// The best-ranked unit and the vetoed one: the shortest and the longest letter.
const vetoed = src.results.units.find((u) => u.vetoed)?.unitName;
const first = src.results.units.find((u) => u.unitId === src.results.order[0])!.unitName;
const letters = await exportFeedback(src, lettersDir, t, options, unitIdsByName(src.doc, [first, ...(vetoed ? [vetoed] : [])]));
const notice = join(dir, 'notice.docx');
await exportNotice(src, notice, t, options);

// A profile of its own, so a LibreOffice already open on this machine does not swallow the job.
const profile = pathToFileURL(join(dir, 'lo-profile')).href;
const files: [string, string][] = [
  [report, 'report'],
  [sheet!.path, 'sheet'],
  [filled!.path, 'filled-sheet'],
  [unitSheets, 'unit-sheets'],
  [notice, 'notice'],
  ...letters.map((l, i): [string, string] => [l.path, `letter-${i + 1}`]),
];
const pdfDir = join(dir, 'pdf');
for (const [file, prefix] of files) {
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, file]);
  const pdf = file.replace(/^.*[\\/]/, '').replace(/\.(xlsx|docx)$/, '.pdf');
  run('pdftoppm', ['-png', '-r', '60', join(pdfDir, pdf), join(dir, prefix)]);
}
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.png'))
  .sort();
console.log(files.map(([f]) => f).join('\n'));
console.log(`${pages.length} pages rendered in ${dir}:`);
for (const p of pages) console.log(join(dir, p));
