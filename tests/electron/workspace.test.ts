import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAssessment, serializeAssessment } from '../../shared/assessment/serialize';
import { BACKUP_DIR, writeFileAtomic } from '../../electron/services/workspace/atomic-file';
import { loadAssessmentFile, saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { loadWithHistory, scanWorkspace } from '../../electron/services/workspace/workspace';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { largeAssessment } from '../helpers/large-assessment';
import { ROOT, SEED_PLAN } from '../helpers/paths';
import { useTempDir } from '../helpers/temp';
import { leaf, makeDoc } from '../helpers/assessment';

describe('the workspace on disk', () => {
  const tmp = useTempDir();

  it('writes the demo workspace: three years that load, validate and know each other', async () => {
    const written = await writeDemoWorkspace(tmp(), SEED_PLAN);
    expect(written.map((w) => w.doc.year)).toEqual([2018, 2019, 2020]);
    const scan = await scanWorkspace(tmp());
    expect(scan.broken).toEqual([]);
    expect(scan.assessments.map((a) => a.doc.year)).toEqual([2018, 2019, 2020]);
    const { others } = await loadWithHistory(written[2]!.path);
    expect(others.map((o) => o.doc.year)).toEqual([2018, 2019]);
  });

  it('writes the demo deterministically, byte for byte', async () => {
    const a = await writeDemoWorkspace(join(tmp(), 'a'), SEED_PLAN);
    const b = await writeDemoWorkspace(join(tmp(), 'b'), SEED_PLAN);
    expect(readFileSync(a[2]!.path, 'utf8')).toBe(readFileSync(b[2]!.path, 'utf8'));
  });

  it('never overwrites a file it cannot parse, and lists it as broken', async () => {
    const path = join(tmp(), '2020年度考核.assessment.json');
    writeFileSync(path, '{ "format": "kaoping-assessment", oops');
    await expect(saveAssessmentFile(path, makeDoc({ criteria: [leaf('a', 10)] }))).rejects.toMatchObject({
      key: 'error.fileChangedOnDisk',
    });
    expect(readFileSync(path, 'utf8')).toBe('{ "format": "kaoping-assessment", oops');
    const scan = await scanWorkspace(tmp());
    expect(scan.broken.map((b) => b.error.key)).toEqual(['error.documentInvalid']);
  });

  it('refuses to overwrite a file that changed since it was read', async () => {
    const path = join(tmp(), 'x.assessment.json');
    const doc = makeDoc({ criteria: [leaf('a', 10)] });
    const stamp = await saveAssessmentFile(path, doc);
    const again = await saveAssessmentFile(path, { ...doc, name: '第二次' }, stamp);
    writeFileSync(path, serializeAssessment({ ...doc, name: '别的窗口' }, 'x'));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    await expect(saveAssessmentFile(path, { ...doc, name: '第三次' }, again)).rejects.toMatchObject({ key: 'error.fileChangedElsewhere' });
    expect((await loadAssessmentFile(path)).doc.name).toBe('别的窗口');
  });

  it('keeps a few rolling backups, rate-limited', async () => {
    const path = join(tmp(), 'y.assessment.json');
    const base = Date.parse('2020-12-01T00:00:00Z');
    for (let i = 0; i < 8; i++) await writeFileAtomic(path, `v${i}`, { keep: 3, minIntervalMs: 60_000 }, new Date(base + i * 120_000));
    await writeFileAtomic(path, 'v8', { keep: 3, minIntervalMs: 60_000 }, new Date(base + 7 * 120_000 + 1000));
    const backups = readdirSync(join(tmp(), BACKUP_DIR)).sort();
    expect(backups).toHaveLength(3);
    expect(readFileSync(join(tmp(), BACKUP_DIR, backups.at(-1)!), 'utf8')).toBe('v6');
    expect(readFileSync(path, 'utf8')).toBe('v8');
    expect(readdirSync(tmp()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it(
    'survives being killed mid-save: the file always reads back as an old or a new version',
    async () => {
      const path = join(tmp(), 'crash.assessment.json');
      writeFileSync(path, serializeAssessment({ ...largeAssessment(14, 120, 10), name: '版本1' }, 'test'));
      const versions = new Set<string>();
      for (let round = 0; round < 12; round++) {
        const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/save-loop.ts'), path], {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        // Wait for a complete save (a condition, so load cannot starve the test of real writes),
        // then kill at a random moment of a later one.
        await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
        await new Promise((r) => setTimeout(r, Math.random() * 400));
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
        const doc = parseAssessment(readFileSync(path, 'utf8'), 'crash.assessment.json');
        expect(doc.name).toMatch(/^版本\d+$/);
        expect(doc.entries).toHaveLength(14 * 120 * 10);
        versions.add(doc.name);
      }
      // The child got far enough to replace the file at least once: the test exercised real writes.
      expect(versions.size).toBeGreaterThan(1);
    },
    10 * 60_000,
  );
});
