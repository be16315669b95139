import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setStatus, updateScheme } from '../../../shared/assessment/mutations';
import { DocumentError } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n/messages';
import { importResultPackages, type ImportReport } from '../../../electron/services/packages/import-results';
import { ledgerPath, receivedDir } from '../../../electron/services/packages/ledger-file';
import { auditOf, conflictsOf, finalizeAt, reopenAt, resolveConflictsAt, reviewOf } from '../../../electron/services/packages/office';
import { exportTaskPackages } from '../../../electron/services/packages/export-tasks';
import { openTaskPackage, saveEntries, submitResults } from '../../../electron/services/packages/scoring-folder';
import { loadAssessmentFile, saveAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { rejectionLine } from '../../../electron/cli/package-lines';
import { leaf } from '../../helpers/assessment';
import { OFFICE } from '../../helpers/packages';
import { useTempDir } from '../../helpers/temp';
import { officeOnDisk, resign, scoreAndSubmit, smallDoc } from './office-files';

const reason = (report: ImportReport) => {
  const error = report.rejected[0]?.error;
  return error instanceof DocumentError
    ? { key: error.problems[0]!.key, params: error.problems[0]!.params, place: error.problems[0]!.place }
    : { key: error?.key, params: error?.params, place: '' };
};

describe('importing result packages', () => {
  const tmp = useTempDir();

  async function setup() {
    const office = await officeOnDisk(tmp());
    const good = await scoreAndSubmit(office.task('e1'), join(tmp(), 'laptop'), [
      ['A', 'a', 8],
      ['A', 'b', 6.5],
    ]);
    const files = () => [readFileSync(office.path, 'utf8'), readFileSync(ledgerPath(office.path), 'utf8')];
    return { ...office, good, files };
  }

  /** Imports one bad package; asserts it is rejected and the assessment and ledger are byte for byte as before. */
  async function rejected(office: Awaited<ReturnType<typeof setup>>, bad: string) {
    const before = office.files();
    const report = await importResultPackages(office.path, [bad], OFFICE);
    expect(report.written).toBe(false);
    expect(report.accepted).toEqual([]);
    expect(report.rejected).toHaveLength(1);
    expect(office.files()).toEqual(before);
    return reason(report);
  }

  it('imports a good package, then the same again changes nothing', async () => {
    const office = await setup();
    const first = await importResultPackages(office.path, [office.good], OFFICE);
    expect(first).toMatchObject({ written: true, changed: 2, conflicts: 0, rejected: [] });
    // The signed original is kept as received, beside the assessment.
    expect(readFileSync(join(receivedDir(office.path), basename(office.good)), 'utf8')).toBe(readFileSync(office.good, 'utf8'));
    const { doc } = await loadAssessmentFile(office.path);
    expect(doc.entries.map((e) => [e.evaluatorId, e.unitId, e.criterionId, e.value, e.source])).toEqual([
      ['e1', 'A', 'a', { kind: 'score', score: 8 }, 'package'],
      ['e1', 'A', 'b', { kind: 'score', score: 6.5 }, 'package'],
    ]);
    const before = office.files();
    const again = await importResultPackages(office.path, [office.good], OFFICE);
    expect(again).toMatchObject({ written: false, accepted: [{ duplicate: true }] });
    expect(office.files()).toEqual(before);
  });

  it('rejects a truncated package', async () => {
    const office = await setup();
    const text = readFileSync(office.good, 'utf8');
    writeFileSync(office.good, text.slice(0, Math.floor(text.length / 2)));
    expect((await rejected(office, office.good)).key).toBe('packages.truncated');
  });

  it('rejects a package of another assessment', async () => {
    const office = await setup();
    const other = await officeOnDisk(join(tmp(), 'other'), smallDoc('other'));
    const foreign = await scoreAndSubmit(other.task('e1'), join(tmp(), 'laptop2'), [['A', 'a', 8]]);
    expect(await rejected(office, foreign)).toMatchObject({
      key: 'packages.wrongAssessment',
      params: { theirs: '另一个考核（2020）', ours: '2020年度测试考核（2020）' },
    });
  });

  it('rejects a package scored on an older scheme version', async () => {
    const office = await setup();
    const { doc, stamp } = await loadAssessmentFile(office.path);
    const { version: _v, ...scheme } = doc.scheme;
    await saveAssessmentFile(
      office.path,
      updateScheme(doc, { ...scheme, criteria: [...scheme.criteria, leaf('c', 5)], total: 25 }, OFFICE, { reason: '增加指标' }),
      stamp,
    );
    expect(await rejected(office, office.good)).toMatchObject({ key: 'packages.wrongScheme', params: { theirs: 1, ours: 2 } });
  });

  it('rejects a package whose evaluator is no longer part of the assessment', async () => {
    const office = await setup();
    const e3 = await scoreAndSubmit(office.task('e3'), join(tmp(), 'laptop3'), [['B', 'a', 5]]);
    const { doc, stamp } = await loadAssessmentFile(office.path);
    await saveAssessmentFile(office.path, { ...doc, evaluators: doc.evaluators.filter((e) => e.id !== 'e3') }, stamp);
    expect(await rejected(office, e3)).toMatchObject({ key: 'packages.unknownEvaluator', params: { id: 'e3' } });
  });

  it('rejects an altered value: the signature fails', async () => {
    const office = await setup();
    const text = readFileSync(office.good, 'utf8');
    expect(text).toContain('"score":8}');
    writeFileSync(office.good, text.replace('"score":8}', '"score":10}'));
    expect(await rejected(office, office.good)).toMatchObject({ key: 'packages.badSignature', place: 'signature' });
  });

  it('rejects entries outside the assignment, even correctly signed', async () => {
    const office = await setup();
    resign(office.good, office.task('e1'), (pkg) => pkg.entries.push({ ...pkg.entries[0]!, unitId: 'B' }));
    expect(await rejected(office, office.good)).toMatchObject({
      key: 'packages.outsideAssignment',
      place: 'entries[2] · 评委e1 · B市 · a 指标a',
    });
  });

  it('rejects out-of-range values, even correctly signed', async () => {
    const office = await setup();
    resign(office.good, office.task('e1'), (pkg) => {
      pkg.entries[1]!.value = { kind: 'score', score: 12 };
    });
    expect(await rejected(office, office.good)).toMatchObject({ key: 'value.aboveMax', params: { value: 12, max: 10 } });
  });

  it('rejects a package of a newer app with a newer format, naming the version', async () => {
    const office = await setup();
    resign(office.good, office.task('e1'), (pkg) => {
      pkg.schemaVersion = 2 as 1;
      pkg.appVersion = '2.0.0';
    });
    const r = await rejected(office, office.good);
    expect(r).toMatchObject({ key: 'packages.newerVersion', params: { version: 2, supported: 1, appVersion: '2.0.0' } });
    const t = createTranslator('zh-CN');
    const report = await importResultPackages(office.path, [office.good], OFFICE);
    expect(rejectionLine('x', report.rejected[0]!.error, t)).toBe(
      `${office.good.split('/').at(-1)} 被拒绝，未做任何更改：schemaVersion：文件格式版本 2 比本程序支持的版本 1 新（由考评 2.0.0 生成），请升级考评软件后再导入`,
    );
  });

  it('rejects a task package handed in as a result, and says what it is', async () => {
    const office = await setup();
    expect((await rejected(office, office.task('e2'))).key).toBe('packages.isKind.kaoping-task');
  });

  it('refuses every import into a finalized assessment', async () => {
    const office = await setup();
    const { doc, stamp } = await loadAssessmentFile(office.path);
    await saveAssessmentFile(office.path, setStatus(doc, 'finalized', OFFICE), stamp);
    const before = office.files();
    await expect(importResultPackages(office.path, [office.good], OFFICE)).rejects.toMatchObject({ key: 'error.finalized' });
    expect(office.files()).toEqual(before);
  });

  it('takes the good packages and rejects the bad one, or none at all when asked', async () => {
    const office = await setup();
    const e2 = await scoreAndSubmit(office.task('e2'), join(tmp(), 'laptop2'), [['B', 'a', 4]]);
    writeFileSync(office.good, readFileSync(office.good, 'utf8').replace('"score":8}', '"score":9}'));
    const before = office.files();
    expect(await importResultPackages(office.path, [e2, office.good], OFFICE, { allOrNothing: true })).toMatchObject({
      written: false,
      accepted: [],
    });
    expect(office.files()).toEqual(before);
    const some = await importResultPackages(office.path, [e2, office.good], OFFICE);
    expect(some).toMatchObject({ written: true, changed: 1, accepted: [{ duplicate: false }] });
    expect((await loadAssessmentFile(office.path)).doc.entries.map((e) => e.evaluatorId)).toEqual(['e2']);
  });

  it('keeps pending conflicts across restarts and records the pick', async () => {
    const office = await setup();
    const later = await scoreAndSubmit(office.task('e1'), join(tmp(), 'laptop'), [['A', 'a', 9]], '2020-12-12T02:00:00.000Z');
    await importResultPackages(office.path, [later], OFFICE);
    await importResultPackages(office.path, [office.good], OFFICE);
    const { conflicts } = await conflictsOf(office.path);
    expect(
      conflicts.map((c) => [c.cell.unitId, c.cell.criterionId, c.candidates.map((k) => (k.content!.value as { score: number }).score)]),
    ).toEqual([['A', 'a', [8, 9]]]);
    await resolveConflictsAt(
      office.path,
      [{ cell: conflicts[0]!.cell, choice: conflicts[0]!.candidates[1]!.key }],
      '以第二次提交为准',
      OFFICE,
    );
    expect((await conflictsOf(office.path)).conflicts).toEqual([]);
    const { doc } = await loadAssessmentFile(office.path);
    expect(doc.audit.at(-1)).toMatchObject({ action: 'conflict.resolve', reason: '以第二次提交为准' });
    expect(doc.entries.find((e) => e.criterionId === 'a')!.value).toEqual({ kind: 'score', score: 9 });
  });
});

describe('a team on one laptop, review and finalizing', () => {
  const tmp = useTempDir();

  it('a team package carries every member; their entries stay each their own; the office reviews and finalizes', async () => {
    const doc = { ...smallDoc(), teams: [{ id: 't1', name: '第一考核组', assignment: { unitIds: null, criterionIds: null } }] };
    doc.evaluators = doc.evaluators.map((e) => ({ ...e, teamId: e.id === 'e3' ? null : 't1' }));
    const path = join(tmp(), `${doc.name}.assessment.json`);
    await saveAssessmentFile(path, doc);
    const [team] = await exportTaskPackages(path, { team: 't1' }, join(tmp(), 'out'), OFFICE);
    expect(basename(team!.path)).toBe('2020年度测试考核-第一考核组.kpt');
    expect(team!.evaluatorIds).toEqual(['e1', 'e2']);
    let folder = await openTaskPackage(team!.path, join(tmp(), 'laptop'));
    folder = await saveEntries(
      folder,
      [
        { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 9 } },
        { evaluatorId: 'e2', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 5 } },
        { evaluatorId: 'e2', unitId: 'B', criterionId: 'a', value: { kind: 'score', score: 6 } },
      ],
      { actor: '组长', at: '2020-12-10T02:00:00.000Z' },
    );
    const { paths } = await submitResults(folder, { actor: '组长', at: '2020-12-10T03:00:00.000Z' });
    expect(await importResultPackages(path, paths, OFFICE)).toMatchObject({ written: true, changed: 3, conflicts: 0 });

    const review = await reviewOf(path);
    expect(review.conflicts).toEqual([]);
    expect(review.disagreements.map((d) => [d.unitId, d.criterionId, d.spread])).toEqual([['A', 'a', 4]]);
    expect(review.progress.evaluators.map((e) => [e.evaluatorId, e.entered, e.expected, e.received])).toEqual([
      ['e1', 1, 2, 1],
      ['e2', 2, 4, 1],
      ['e3', 0, 4, 0],
    ]);
    expect(review.finalize).toEqual({ conflicts: 0, disagreements: 1, missing: 7 });
    expect((await auditOf(path, { actions: ['package.import'] })).map((r) => r.record.target.evaluators)).toEqual(['e1,e2']);

    const final = await finalizeAt(path, OFFICE);
    expect(final.status).toBe('finalized');
    await expect(reopenAt(path, '', OFFICE)).rejects.toMatchObject({ key: 'error.reasonRequired' });
    const reopened = await reopenAt(path, '审定时发现录入错误', OFFICE);
    expect(reopened.audit.slice(-2).map((r) => [r.action, r.reason])).toEqual([
      ['status.finalize', ''],
      ['status.reopen', '审定时发现录入错误'],
    ]);
  });
});
