import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTranslator } from '../../shared/i18n/messages';
import { computeResults } from '../../shared/scoring/compute';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { exportFeedback, exportNotice, exportUnitSheets, paperOptions } from '../../electron/services/papers/export-papers';
import { SEED_PLAN } from '../helpers/paths';
import { timed, type Figure } from './measure';

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
    // Each figure is printed as it is measured, with its anchor (a fixed piece of JS) run alongside.
    const options2 = { runs, warmup: 2 };
    return [
      await timed('papers: 14 feedback letters (.docx), demo year', () => exportFeedback(src, fresh(), t, options), options2),
      await timed(
        'papers: score sheets of 14 units (.xlsx), demo year',
        () => exportUnitSheets(src, join(fresh(), 'units.xlsx'), t, options),
        options2,
      ),
      await timed(
        'papers: both of the above together',
        async () => {
          const d = fresh();
          await exportFeedback(src, d, t, options);
          await exportUnitSheets(src, join(d, 'units.xlsx'), t, options);
        },
        { ...options2, aim: { below: 2000 } },
      ),
      await timed('papers: results notice (.docx)', () => exportNotice(src, join(fresh(), 'notice.docx'), t, options), options2),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
