// Names of files never come from package content: a validly signed package cannot steer where
// the office or the evaluator writes (issue 10, data loss and traversal).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../shared/text/file-name';
import { ResultPackage, TaskPackage } from '../../shared/packages/schema';
import { importResultPackages } from '../../electron/services/packages/import-results';
import { receivedDir } from '../../electron/services/packages/ledger-file';
import { openTaskPackage } from '../../electron/services/packages/scoring-folder';
import { OFFICE } from '../helpers/packages';
import { useTempDir } from '../helpers/temp';
import { officeOnDisk, resign, scoreAndSubmit } from '../electron/packages/office-files';
import { treeHashes } from './tree-hash';

describe('file names never come from package content', () => {
  const tmp = useTempDir();

  it('the schema refuses ids with path characters', () => {
    for (const bad of ['/../../../../tmp/x', '..', 'a/b', 'a\\b', '.hidden', '']) {
      expect(ResultPackage.shape.submissionId.safeParse(bad).success, bad).toBe(false);
      expect(TaskPackage.shape.packageId.safeParse(bad).success, bad).toBe(false);
    }
    for (const good of ['0b7c1a2e-9f1d-4e0a-8c55-1f2e3d4c5b6a', 'p-e1+e2', 'p-e1@2020-12-10T02:00:00.000Z']) {
      expect(ResultPackage.shape.submissionId.safeParse(good).success, good).toBe(true);
    }
  });

  it('a signed package whose submissionId climbs out is refused and writes nothing anywhere', async () => {
    const office = await officeOnDisk(join(tmp(), 'office'));
    const good = await scoreAndSubmit(office.task('e1'), join(tmp(), 'laptop'), [['A', 'a', 8]]);
    await importResultPackages(office.path, [good], OFFICE);
    // A second, different package of the same file name: the archive must pick another name.
    const evil = resign(good, office.task('e1'), (pkg) => {
      pkg.submissionId = '/../../../../escaped';
      pkg.entries[0]!.value = { kind: 'score', score: 7 };
    });
    const before = treeHashes(tmp());
    const report = await importResultPackages(office.path, [evil], OFFICE);
    expect(report.written).toBe(false);
    expect(report.rejected).toHaveLength(1);
    expect(treeHashes(tmp())).toEqual(before);
    expect(existsSync(join(tmp(), 'escaped.kpr'))).toBe(false);
  });

  it('a second package with the same file name is archived beside the first under a name of our own', async () => {
    const office = await officeOnDisk(join(tmp(), 'office'));
    const first = await scoreAndSubmit(office.task('e1'), join(tmp(), 'laptop'), [['A', 'a', 8]]);
    await importResultPackages(office.path, [first], OFFICE);
    const kept = readFileSync(join(receivedDir(office.path), readdirSync(receivedDir(office.path))[0]!));
    const second = resign(first, office.task('e1'), (pkg) => {
      pkg.submissionId = 'second-submission';
      pkg.entries[0]!.value = { kind: 'score', score: 7 };
    });
    expect((await importResultPackages(office.path, [second], OFFICE)).written).toBe(true);
    const names = readdirSync(receivedDir(office.path)).sort();
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).not.toContain('second-submission');
    expect(
      readFileSync(
        join(
          receivedDir(office.path),
          names.find((n) => readFileSync(join(receivedDir(office.path), n)).equals(kept))!,
        ),
      ),
    ).toEqual(kept);
  });

  it('a task package titled ".." gets its scoring folder inside the parent, not above it', async () => {
    const office = await officeOnDisk(join(tmp(), 'office'));
    const task = JSON.parse(readFileSync(office.task('e1'), 'utf8'));
    task.title = '..';
    const path = join(tmp(), 'dots.kpt');
    writeFileSync(path, JSON.stringify(task));
    const parent = join(tmp(), 'Documents', '考评离线评分');
    const folder = await openTaskPackage(path, parent);
    const rel = relative(parent, folder.dir);
    expect(rel.startsWith('..') || rel === '').toBe(false);
    // With a ".." id as well the package is refused by the schema: nothing is created.
    task.packageId = '..';
    writeFileSync(path, JSON.stringify(task));
    const before = treeHashes(tmp());
    await expect(openTaskPackage(path, join(tmp(), 'elsewhere'))).rejects.toMatchObject({ key: 'error.documentInvalid' });
    expect(treeHashes(tmp())).toEqual(before);
    expect(existsSync(join(tmp(), 'elsewhere'))).toBe(false);
  });

  it('safeFileName never yields a name that leaves the folder', () => {
    for (const [title, fallback] of [
      ['..', '..'],
      ['.', '../x'],
      [' . ', '/'],
      ['', ''],
      ['CON', 'x'],
    ] as const) {
      const name = safeFileName(title, fallback);
      expect(name, `${title} / ${fallback}`).not.toMatch(/^\.+$|[\\/]/);
      expect(name.length).toBeGreaterThan(0);
    }
  });
});
