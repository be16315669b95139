import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TaskPackage } from '../../../shared/packages/schema';
import { ledgerPath, loadLedger } from '../../../electron/services/packages/ledger-file';
import { loadScoringFolder, openTaskPackage, saveEntry, submitResults } from '../../../electron/services/packages/scoring-folder';
import { verifySignature } from '../../../electron/services/packages/signing';
import { exportTaskPackages } from '../../../electron/services/packages/export-tasks';
import { useTempDir } from '../../helpers/temp';
import { OFFICE } from '../../helpers/packages';
import { officeOnDisk, smallDoc } from './office-files';

describe('task packages on disk and the scoring folder', () => {
  const tmp = useTempDir();

  it('exports one readable-named .kpt per evaluator and keeps every secret in the side ledger', async () => {
    const { path, tasks } = await officeOnDisk(tmp());
    expect(tasks.map((t) => basename(t.path))).toEqual([
      '2020年度测试考核-评委e1.kpt',
      '2020年度测试考核-评委e2.kpt',
      '2020年度测试考核-评委e3.kpt',
    ]);
    expect(basename(ledgerPath(path))).toBe('2020年度测试考核.packages.json');
    const ledger = await loadLedger(path, 'test');
    for (const t of tasks) {
      const task = TaskPackage.parse(JSON.parse(readFileSync(t.path, 'utf8')));
      expect(ledger.issued.find((p) => p.packageId === task.packageId)!.secret).toBe(task.secret);
    }
    expect(new Set(ledger.issued.map((p) => p.secret)).size).toBe(3);
    // Exporting again replaces the files but keeps the earlier secrets, so earlier results still verify.
    await exportTaskPackages(path, { evaluator: 'e1' }, join(tmp(), 'out'), OFFICE);
    expect((await loadLedger(path, 'test')).issued).toHaveLength(4);
  });

  it('refuses to export over a file that is not a task package of this assessment, writing nothing', async () => {
    const { path } = await officeOnDisk(tmp());
    // Another assessment whose packages have the same names ("…-评委e1.kpt") targets the same folder.
    const other = await officeOnDisk(join(tmp(), 'other'), { ...smallDoc('other'), name: '2020年度测试考核' });
    const before = readFileSync(ledgerPath(other.path), 'utf8');
    const kpt = readFileSync(join(tmp(), 'out', '2020年度测试考核-评委e1.kpt'), 'utf8');
    await expect(exportTaskPackages(other.path, { evaluator: 'all' }, join(tmp(), 'out'), OFFICE)).rejects.toMatchObject({
      key: 'error.wouldOverwrite',
    });
    expect(readFileSync(ledgerPath(other.path), 'utf8')).toBe(before);
    expect(readFileSync(join(tmp(), 'out', '2020年度测试考核-评委e1.kpt'), 'utf8')).toBe(kpt);
    expect(path).not.toBe(other.path);
  });

  it('opens a task as a folder that autosaves every entry, reopens where it left off, and submits a signed result', async () => {
    const { task } = await officeOnDisk(tmp());
    const laptop = join(tmp(), 'laptop');
    let folder = await openTaskPackage(task('e1'), laptop);
    expect(basename(folder.dir)).toBe('2020年度测试考核-评委e1');
    expect(
      readdirSync(folder.dir)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['task.kpt', 'working.json']);
    folder = await saveEntry(
      folder,
      { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 7.5 }, reason: '台账不全' },
      { actor: '评委e1', at: '2020-12-10T02:00:00.000Z' },
    );
    await expect(
      saveEntry(
        folder,
        { evaluatorId: 'e1', unitId: 'B', criterionId: 'a', value: { kind: 'score', score: 7 } },
        { actor: '评委e1', at: '2020-12-10T02:00:00.000Z' },
      ),
    ).rejects.toMatchObject({ key: 'packages.notAssigned' });

    const again = await openTaskPackage(task('e1'), laptop);
    expect(again.dir).toBe(folder.dir);
    expect(again.working.entries).toEqual(folder.working.entries);
    expect((await loadScoringFolder(folder.dir)).working.trail).toHaveLength(1);

    const usb = join(tmp(), 'usb');
    const submitted = await submitResults(
      again,
      { actor: '评委e1', at: '2020-12-10T03:00:00.000Z' },
      { copyTo: usb, now: new Date('2020-12-10T03:00:00Z') },
    );
    expect(submitted.paths).toHaveLength(2);
    expect(basename(submitted.paths[1]!)).toMatch(/^2020年度测试考核-评委e1-结果-20201210-\d{6}\.kpr$/);
    const raw = JSON.parse(readFileSync(submitted.paths[1]!, 'utf8'));
    expect(raw.entries).toMatchObject([
      { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 7.5 }, reason: '台账不全' },
    ]);
    expect(verifySignature(raw, raw.signature.value, again.task.secret)).toBe(true);
    raw.entries[0].value.score = 8;
    expect(verifySignature(raw, raw.signature.value, again.task.secret)).toBe(false);
    expect((await loadScoringFolder(folder.dir)).working.submissions).toHaveLength(1);
  });

  it('a different task of the same name gets a folder of its own', async () => {
    const { path, task } = await officeOnDisk(tmp());
    const laptop = join(tmp(), 'laptop');
    const first = await openTaskPackage(task('e2'), laptop);
    const [reissued] = await exportTaskPackages(path, { evaluator: 'e2' }, join(tmp(), 'again'), OFFICE);
    const second = await openTaskPackage(reissued!.path, laptop);
    expect(basename(second.dir)).toBe(`${basename(first.dir)} (2)`);
  });
});
