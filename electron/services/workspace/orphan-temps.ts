import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The temp files writeFileAtomic makes: ".<name>.<pid>.<8 hex>.tmp". Nothing else is touched. */
export const TEMP_PATTERN = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Old enough that no save still writes it: a save takes well under a second. */
const ORPHAN_AGE_MS = 10 * 60 * 1000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files left by interrupted saves (a killed process, a power cut) from a folder:
 * only names of this app's pattern, and only when the process that wrote one is gone from this
 * machine or the file is ten minutes old (the folder may be shared with another machine).
 * Returns the names removed. Never throws: cleaning is a courtesy, not a condition for opening.
 */
export async function removeOrphanTemps(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP_PATTERN.exec(name);
    if (!m) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info?.isFile()) continue;
    const pid = Number(m[1]);
    if (pid === process.pid && now - info.mtimeMs < ORPHAN_AGE_MS) continue;
    if (alive(pid) && now - info.mtimeMs < ORPHAN_AGE_MS) continue;
    await rm(join(dir, name), { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
