// `npm run check:xlsx`: renders the demo's 2020 report and a score sheet as LibreOffice prints
// them (PDF, then one PNG per page), so a person can look at every page before the office
// does. Needs LibreOffice (soffice) and poppler (pdftoppm); says so and stops if they are missing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTranslator, pickLanguage } from '../../shared/i18n/messages';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { exportReport } from '../../electron/services/report/export-report';
import { exportScoreSheets } from '../../electron/services/sheets/export-sheets';
import { SEED_PLAN } from '../helpers/paths';

function need(tool: string): void {
  if (spawnSync(tool, ['--version'], { encoding: 'utf8' }).error) {
    console.error(`check:xlsx needs ${tool} (LibreOffice and poppler-utils); it is not installed here.`);
    process.exit(2);
  }
}

function run(tool: string, args: string[]): void {
  const r = spawnSync(tool, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
}

need('soffice');
need('pdftoppm');
const language = pickLanguage(process.env.KAOPING_LANG ?? process.env.LANG);
const t = createTranslator(language);
const dir = mkdtempSync(join(tmpdir(), 'kaoping-check-xlsx-'));
const [, , y2020] = await writeDemoWorkspace(join(dir, 'workspace'), SEED_PLAN);
const report = join(dir, 'report-2020.xlsx');
await exportReport(y2020!.path, report, t);
const sheetsDir = join(dir, 'sheets');
mkdirSync(sheetsDir);
const [sheet] = await exportScoreSheets(y2020!.path, { evaluator: 'e1' }, sheetsDir, language);
// A profile of its own, so a LibreOffice already open on this machine does not swallow the job.
const profile = pathToFileURL(join(dir, 'lo-profile')).href;
for (const [file, prefix] of [[report, 'report'], [sheet!.path, 'sheet']] as const) {
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file]);
  const pdf = file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/, '.pdf');
  run('pdftoppm', ['-png', '-r', '60', join(dir, pdf), join(dir, prefix)]);
}
const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
console.log(`${report}\n${sheet!.path}`);
console.log(`${pages.length} pages rendered in ${dir}:`);
for (const p of pages) console.log(join(dir, p));
