// Two processes writing one workspace: with no lock, both imports reported success and one was
// lost (issue 10). Real processes, lined up by a go file, so the imports overlap every time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { importResultPackages } from '../../electron/services/packages/import-results';
import { loadLedger } from '../../electron/services/packages/ledger-file';
import { LOCK_NAME, OWNER_NAME, setLockProgram, withWorkspaceLock } from '../../electron/services/workspace/workspace-lock';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { ROOT } from '../helpers/paths';
import { useTempDir } from '../helpers/temp';
import { officeOnDisk, scoreAndSubmit } from '../electron/packages/office-files';
import { runCliAsync } from './run-cli-async';
import { treeHashes } from './tree-hash';

interface Outcome {
  ok: boolean;
  written?: boolean;
  key?: string;
}

function worker(args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'hostile', 'workers', 'import-worker.ts'), ...args], {
      cwd: ROOT,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as Outcome);
      } catch {
        reject(new Error(`worker said: ${out} ${err}`));
      }
    });
  });
}

const waitFor = async (paths: string[]) => {
  while (!paths.every((p) => existsSync(p))) await sleep(5);
};

describe('two office processes importing into one assessment at once', () => {
  const tmp = useTempDir();

  it(
    'never loses an import that reported success (several trials)',
    async () => {
      for (let trial = 0; trial < 3; trial++) {
        const dir = join(tmp(), `trial-${trial}`);
        const office = await officeOnDisk(dir);
        const e2 = await scoreAndSubmit(office.task('e2'), join(dir, 'laptop2'), [['B', 'a', 4]]);
        const e3 = await scoreAndSubmit(office.task('e3'), join(dir, 'laptop3'), [['B', 'b', 5]]);
        const go = join(dir, 'go');
        const ready = [join(dir, 'ready-2'), join(dir, 'ready-3')];
        const runs = [worker([office.path, ready[0]!, go, e2]), worker([office.path, ready[1]!, go, e3])];
        await waitFor(ready);
        writeFileSync(go, 'go');
        const [a, b] = await Promise.all(runs);
        const { doc } = await loadAssessmentFile(office.path);
        const ledger = await loadLedger(office.path, doc.id);
        const has = (evaluatorId: string) =>
          doc.entries.some((e) => e.evaluatorId === evaluatorId) && ledger.received.some((r) => r.evaluatorIds.includes(evaluatorId));
        // Every import that said it wrote is in both files; with the lock both succeed.
        expect([a, b, has('e2'), has('e3')], `trial ${trial}`).toEqual([
          { ok: true, written: true, rejected: [] },
          { ok: true, written: true, rejected: [] },
          true,
          true,
        ]);
      }
    },
    10 * 60_000,
  );
});

describe('a writer that finds the folder taken', () => {
  const tmp = useTempDir();

  it(
    'the CLI waits, then says who holds the folder, in the user language, and writes nothing',
    async () => {
      const office = await officeOnDisk(join(tmp(), 'office'));
      const e2 = await scoreAndSubmit(office.task('e2'), join(tmp(), 'laptop2'), [['B', 'a', 4]]);
      setLockProgram('app');
      let release!: () => void;
      const holding = new Promise<void>((r) => (release = r));
      let taken!: () => void;
      const isTaken = new Promise<void>((r) => (taken = r));
      const held = withWorkspaceLock(join(tmp(), 'office'), async () => {
        taken();
        await holding;
      });
      await isTaken;
      try {
        const before = treeHashes(join(tmp(), 'office'));
        const zh = await runCliAsync(['package', 'import', office.path, e2], { KAOPING_LOCK_WAIT_MS: '300' });
        expect(zh.status).toBe(2);
        expect(zh.stderr).toContain(`正被 ${userInfo().username}@`);
        expect(zh.stderr).toContain('的考评程序使用');
        const en = await runCliAsync(['package', 'import', office.path, e2], { KAOPING_LOCK_WAIT_MS: '300', KAOPING_LANG: 'en' });
        expect(en.stderr).toContain('is in use by Kaoping of');
        const { [OWNER_NAME]: _owner, ...after } = treeHashes(join(tmp(), 'office'));
        const { [OWNER_NAME]: _o, ...expected } = before;
        expect(after).toEqual(expected);
      } finally {
        release();
        await held;
        setLockProgram('cli');
      }
      // Released: the same import now goes through.
      expect((await runCliAsync(['package', 'import', office.path, e2])).status).toBe(0);
    },
    10 * 60_000,
  );

  it('a lock left by a dead process is taken over (stale-aware), not obeyed forever', async () => {
    const office = await officeOnDisk(join(tmp(), 'office'));
    const dir = join(tmp(), 'office');
    mkdirSync(join(dir, LOCK_NAME));
    const old = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(join(dir, LOCK_NAME), old, old);
    const e2 = await scoreAndSubmit(office.task('e2'), join(tmp(), 'laptop2'), [['B', 'a', 4]]);
    expect(await importResultPackages(office.path, [e2], { actor: 'x', at: '2020-12-20T08:00:00Z' })).toMatchObject({ written: true });
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  });
});
