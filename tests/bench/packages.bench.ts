import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Assessment, AuditRecord } from '../../shared/assessment/schema';
import { checkResultEntries, checkResultHeader } from '../../shared/packages/check-result';
import { listConflicts } from '../../shared/packages/conflicts';
import { mergeSubmissions } from '../../shared/packages/merge';
import { readableJson } from '../../shared/packages/readable-json';
import { RESULT_FORMAT, ResultPackage, type PackageLedger } from '../../shared/packages/schema';
import { buildResult, newWorkingFile } from '../../shared/packages/scoring-workspace';
import { importResultPackages } from '../../electron/services/packages/import-results';
import { saveLedger } from '../../electron/services/packages/ledger-file';
import { parseKaopingJson } from '../../electron/services/packages/package-files';
import { signResult, verifySignature } from '../../electron/services/packages/signing';
import { saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { largeAssessment } from '../helpers/large-assessment';
import { issue, OFFICE } from '../helpers/packages';
import { report, timed, type Figure } from './measure';

/** 20 evaluators' result packages for units × criteria, as files' text, and the empty office document. */
export function scenario(units = 14, criteria = 120): { office: Assessment; ledger: PackageLedger; texts: string[] } {
  const scored = largeAssessment(units, criteria, 20);
  const office: Assessment = { ...scored, entries: [] };
  const { ledger, tasks } = issue(office);
  const texts = tasks.map((task) => {
    const id = task.evaluators[0]!.id;
    const entries = scored.entries
      .filter((e) => e.evaluatorId === id)
      .map((e) => ({ ...e, source: 'package' as const, at: '2020-12-10T02:00:00.000Z' }));
    // Each entry typed once: the trail holds one record per cell, as a real fill would.
    const trail: AuditRecord[] = entries.map((e, i) => ({
      at: e.at,
      actor: task.evaluators[0]!.name,
      action: 'entry.set',
      target: { evaluator: id, unit: e.unitId, criterion: e.criterionId, seq: String(i + 1) },
      after: { value: e.value, reason: e.reason },
      reason: '',
    }));
    const working = { ...newWorkingFile(task, '2020-12-01T00:00:00.000Z'), entries, trail, seq: trail.length };
    const unsigned = buildResult(task, working, {
      submissionId: `s-${id}`,
      submittedAt: '2020-12-11T00:00:00.000Z',
      submittedBy: task.evaluators[0]!.name,
      appVersion: 'bench',
    });
    return readableJson(signResult(unsigned, task.secret));
  });
  return { office, ledger, texts };
}

/** The 20 packages parsed, checked and verified as the import does, then merged. */
function importer(office: Assessment, ledger: PackageLedger, texts: string[]) {
  return () => {
    const incoming = texts.map((text, i) => {
      const { raw, value: pkg } = parseKaopingJson(text, `${i}.kpr`, RESULT_FORMAT, ResultPackage);
      const header = checkResultHeader(office, ledger, pkg);
      if (
        header.problems.length ||
        !verifySignature(raw, pkg.signature.value, header.issued!.secret) ||
        checkResultEntries(office, pkg).length
      )
        throw new Error('bench package rejected');
      return { pkg, fileName: `${i}.kpr` };
    });
    return mergeSubmissions(office, ledger, incoming, OFFICE);
  };
}

/** Merge alone and with parse, checks and signatures, at one size. */
async function mergeFigures(
  units: number,
  criteria: number,
  aims: boolean,
): Promise<{ figures: Figure[]; merged: ReturnType<typeof mergeSubmissions>; texts: string[]; office: Assessment; ledger: PackageLedger }> {
  const { office, ledger, texts } = scenario(units, criteria);
  const importAll = importer(office, ledger, texts);
  const merged = importAll();
  const cells = units * criteria * 20;
  if (merged.doc.entries.length !== cells || merged.conflicts !== 0) throw new Error('bench merge is wrong');
  const parsed = texts.map((text, i) => ({
    pkg: parseKaopingJson(text, `${i}.kpr`, RESULT_FORMAT, ResultPackage).value,
    fileName: `${i}.kpr`,
  }));
  const size = `${units} × ${criteria} × 20 (${cells.toLocaleString('en')} entries)`;
  const runs = units > 20 ? 5 : 20;
  const figures = [
    await timed(`merge 20 result packages, ${size}: merge alone`, () => mergeSubmissions(office, ledger, parsed, OFFICE), {
      runs,
      warmup: 2,
      aim: aims ? { below: 50 } : undefined,
    }),
    await timed(`  with parse, schema, checks and signatures`, importAll, { runs, warmup: 1, aim: aims ? { below: 300 } : undefined }),
  ];
  return { figures, merged, texts, office, ledger };
}

/** Issues 6 and 15: merging 20 result packages at the small and a large size (so growth shows). */
export async function packageFigures(): Promise<Figure[]> {
  const small = await mergeFigures(14, 120, true);
  const { merged, texts, office, ledger } = small;
  const large = await mergeFigures(40, 200, false);
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-'));
  try {
    const path = join(dir, 'bench.assessment.json');
    const files = texts.map((text, i) => {
      const file = join(dir, `result-${i}.kpr`);
      writeFileSync(file, text);
      return file;
    });
    const withFiles = async () => {
      await saveAssessmentFile(path, office);
      await saveLedger(path, ledger);
      return importResultPackages(path, files, OFFICE, { allOrNothing: true });
    };
    const ratio = large.figures[0]!.median / small.figures[0]!.median;
    return [
      ...small.figures,
      ...large.figures,
      report({ name: '  growth of the merge, 160,000 ÷ 33,600 entries (linear: 4.76)', median: ratio, unit: '×', runs: 1 }),
      await timed('import the same 20 .kpr files through the service (read, write assessment + ledger)', withFiles, { runs: 5, warmup: 1 }),
      await timed('list conflicts after the merge (33,600 claims)', () => listConflicts(merged.doc, merged.ledger), {
        runs: 20,
        warmup: 2,
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
