import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Hidden folder beside the files, holding a few rolling backups of each. */
export const BACKUP_DIR = '.kaoping-backups';

export interface BackupPolicy {
  /** How many backups of one file to keep. */
  keep: number;
  /** A new backup only when the newest is at least this old, so autosave does not churn them. */
  minIntervalMs: number;
}

export const DEFAULT_BACKUPS: BackupPolicy = { keep: 5, minIntervalMs: 10 * 60 * 1000 };

async function fsyncDir(dir: string): Promise<void> {
  // Makes the rename durable on POSIX; directories cannot be opened this way on Windows.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported here: the rename itself is still atomic */
  }
}

/** Backup names carry their time, e.g. "x.assessment.json.20201201-080000-000.bak", sortable. */
function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
}

function timeOfStamp(name: string): number {
  const m = /(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})\.bak$/.exec(name);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!) : 0;
}

/** Copies the current file into the backup folder (rate-limited) and prunes the oldest copies. */
async function backup(path: string, policy: BackupPolicy, now: Date): Promise<void> {
  const dir = join(dirname(path), BACKUP_DIR);
  const prefix = `${basename(path)}.`;
  await mkdir(dir, { recursive: true });
  const existing = (await readdir(dir)).filter((f) => f.startsWith(prefix) && f.endsWith('.bak')).sort();
  const newest = existing.at(-1);
  if (newest && now.getTime() - timeOfStamp(newest) < policy.minIntervalMs) return;
  await copyFile(path, join(dir, `${prefix}${stampOf(now)}.bak`));
  const all = [...existing, `${prefix}${stampOf(now)}.bak`];
  for (const old of all.slice(0, Math.max(0, all.length - policy.keep))) await rm(join(dir, old), { force: true });
}

/**
 * Writes a file so that, whatever happens, the path holds either the old or the new content:
 * temp file in the same folder, flushed to disk, then renamed over the target. With a backup
 * policy, the old content is first copied into the backup folder.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  backups: BackupPolicy | null = null,
  now = new Date(),
): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    if (backups) {
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (exists) await backup(path, backups, now);
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  await fsyncDir(dir);
}
