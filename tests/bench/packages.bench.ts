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
import { medianMs, type Figure } from './measure';

/** 20 evaluators' result packages for 14 units × 120 criteria, as files' text, and the empty office document. */
export function scenario(): { office: Assessment; ledger: PackageLedger; texts: string[] } {
  const scored = largeAssessment(14, 120, 20);
  const office: Assessment = { ...scored, entries: [] };
  const { ledger, tasks } = issue(office);
  const texts = tasks.map((task) => {
    const id = task.evaluators[0]!.id;
    const entries = scored.entries.filter((e) => e.evaluatorId === id).map((e) => ({ ...e, source: 'package' as const, at: '2020-12-10T02:00:00.000Z' }));
    // Each entry typed once: the trail holds one record per cell, as a real fill would.
    const trail: AuditRecord[] = entries.map((e, i) => ({ at: e.at, actor: task.evaluators[0]!.name, action: 'entry.set', target: { evaluator: id, unit: e.unitId, criterion: e.criterionId, seq: String(i + 1) }, after: { value: e.value, reason: e.reason }, reason: '' }));
    const working = { ...newWorkingFile(task, '2020-12-01T00:00:00.000Z'), entries, trail, seq: trail.length };
    const unsigned = buildResult(task, working, { submissionId: `s-${id}`, submittedAt: '2020-12-11T00:00:00.000Z', submittedBy: task.evaluators[0]!.name, appVersion: 'bench' });
    return readableJson(signResult(unsigned, task.secret));
  });
  return { office, ledger, texts };
}

/** Issue 6: merging 20 result packages (checked, signatures verified) for 14 units × 120 criteria. */
export async function packageFigures(): Promise<Figure[]> {
  const { office, ledger, texts } = scenario();
  const importAll = () => {
    const incoming = texts.map((text, i) => {
      const { raw, value: pkg } = parseKaopingJson(text, `${i}.kpr`, RESULT_FORMAT, ResultPackage);
      const header = checkResultHeader(office, ledger, pkg);
      if (header.problems.length || !verifySignature(raw, pkg.signature.value, header.issued!.secret) || checkResultEntries(office, pkg).length) throw new Error('bench package rejected');
      return { pkg, fileName: `${i}.kpr` };
    });
    return mergeSubmissions(office, ledger, incoming, OFFICE);
  };
  const merged = importAll();
  const parsed = texts.map((text, i) => ({ pkg: parseKaopingJson(text, `${i}.kpr`, RESULT_FORMAT, ResultPackage).value, fileName: `${i}.kpr` }));
  if (merged.doc.entries.length !== 14 * 120 * 20 || merged.conflicts !== 0) throw new Error('bench merge is wrong');

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
    return [
      { name: 'merge 20 result packages, 14 units × 120 criteria (parse, check, verify, merge)', median: await medianMs(importAll, 20, 2), unit: 'ms', aim: '< 200 ms', runs: 20 },
      { name: '  of which the merge of the checked packages (33,600 entries)', median: await medianMs(() => mergeSubmissions(office, ledger, parsed, OFFICE), 20, 2), unit: 'ms', runs: 20 },
      { name: 'import the same 20 .kpr files through the service (read, write assessment + ledger)', median: await medianMs(withFiles, 5, 1), unit: 'ms', runs: 5 },
      { name: 'list conflicts after the merge (33,600 claims)', median: await medianMs(() => listConflicts(merged.doc, merged.ledger), 20, 2), unit: 'ms', runs: 20 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
