import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTranslator } from '../../shared/i18n/messages';
import { computeResults } from '../../shared/scoring/compute';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { exportFeedback, exportNotice, exportUnitSheets, paperOptions } from '../../electron/services/papers/export-papers';
import { SEED_PLAN } from '../helpers/paths';
import { medianMs, type Figure } from './measure';

/**
 * The papers of the demo year (14 units, 6 evaluators), written to disk through the services
 * the CLI and the export screen use: every unit's feedback letter and the score sheets of all
 * 14 units, then the notice.
 */
export async function papersFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-papers-'));
  try {
    const [, , y2020] = await writeDemoWorkspace(join(dir, 'ws'), SEED_PLAN);
    const src = { doc: y2020!.doc, results: computeResults(y2020!.doc) };
    const t = createTranslator('zh-CN');
    const options = paperOptions({ office: '考核办', date: '2020-12-28' });
    let n = 0;
    const fresh = () => {
      const d = join(dir, `run-${n++}`);
      mkdirSync(d);
      return d;
    };
    const runs = 10;
    const letters = await medianMs(() => exportFeedback(src, fresh(), t, options), runs, 2);
    const sheets = await medianMs(() => exportUnitSheets(src, join(fresh(), 'units.xlsx'), t, options), runs, 2);
    const both = await medianMs(async () => {
      const d = fresh();
      await exportFeedback(src, d, t, options);
      await exportUnitSheets(src, join(d, 'units.xlsx'), t, options);
    }, runs, 2);
    const notice = await medianMs(() => exportNotice(src, join(fresh(), 'notice.docx'), t, options), runs, 2);
    return [
      { name: 'papers: 14 feedback letters (.docx), demo year', median: letters, unit: 'ms', runs },
      { name: 'papers: score sheets of 14 units (.xlsx), demo year', median: sheets, unit: 'ms', runs },
      { name: 'papers: both of the above together', median: both, unit: 'ms', aim: '< 2000 ms', runs },
      { name: 'papers: results notice (.docx)', median: notice, unit: 'ms', runs },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
