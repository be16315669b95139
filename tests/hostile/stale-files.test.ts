// What other programs and interrupted saves leave behind (issue 10): a same-size edit with its
// mtime put back, and temp files of killed saves.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessmentFile, saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { removeOrphanTemps } from '../../electron/services/workspace/orphan-temps';
import { makeDoc, leaf } from '../helpers/assessment';
import { useTempDir } from '../helpers/temp';

describe('changes by another program', () => {
  const tmp = useTempDir();

  it('a same-size change with the mtime restored is noticed: the save is refused, the change kept', async () => {
    const path = join(tmp(), 'x.assessment.json');
    const doc = makeDoc({ criteria: [leaf('a', 10)], units: ['A'] });
    await saveAssessmentFile(path, { ...doc, name: '考核甲' });
    const { doc: loaded, stamp } = await loadAssessmentFile(path);
    const info = statSync(path);
    // Another program renames 考核甲 → 考核乙 (same byte count) and puts the mtime back.
    const edited = readFileSync(path, 'utf8').replace('考核甲', '考核乙');
    writeFileSync(path, edited);
    utimesSync(path, info.atime, info.mtime);
    expect(statSync(path).size).toBe(info.size);
    await expect(saveAssessmentFile(path, { ...loaded, name: '考核丙' }, stamp)).rejects.toMatchObject({
      key: 'error.fileChangedElsewhere',
    });
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });
});

describe('temp files of interrupted saves', () => {
  const tmp = useTempDir();

  it("removes only this app's own orphan temp files, and leaves a live writer's fresh one", async () => {
    const dir = tmp();
    const old = new Date(Date.now() - 60 * 60 * 1000);
    const names = {
      deadPid: '.x.assessment.json.999999.0a1b2c3d.tmp',
      oldOwn: `.x.assessment.json.${process.pid}.deadbeef.tmp`,
      freshOwn: `.working.json.${process.pid}.01234567.tmp`,
      userTmp: 'notes.tmp',
      lookalike: '.x.assessment.json.12.nothex!.tmp',
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'partial');
    utimesSync(join(dir, names.oldOwn), old, old);
    const removed = await removeOrphanTemps(dir);
    expect(removed.sort()).toEqual([names.deadPid, names.oldOwn].sort());
    expect(readdirSync(dir).sort()).toEqual([names.freshOwn, names.lookalike, names.userTmp].sort());
  });
});
