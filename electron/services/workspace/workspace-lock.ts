// One writer per workspace folder at a time, across processes: the app, the CLI and a second
// app instance all take this lock around every read-modify-write of the folder's files.
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '../../../shared/errors';

/** The lock itself: a folder proper-lockfile creates atomically and keeps fresh while held. */
export const LOCK_NAME = '.kaoping.lock';
/** Who holds it, for the message the next writer shows ("in use by 张伟 on …"). */
export const OWNER_NAME = '.kaoping.lock-owner.json';

export type LockProgram = 'app' | 'cli';

interface Owner {
  user: string;
  host: string;
  pid: number;
  program: LockProgram;
  since: string;
}

const settings = {
  program: 'cli' as LockProgram,
  /** How long a writer waits for the folder before saying who holds it. */
  waitMs: Number(process.env.KAOPING_LOCK_WAIT_MS) || 10_000,
};

/** Which program this process is, for the owner file (the app says 'app'; the CLI is the default). */
export function setLockProgram(program: LockProgram): void {
  settings.program = program;
}

// Locks this async flow already holds, so a service that saves inside another's transaction
// (saveAssessmentFile inside importResultPackages) does not wait for itself.
const held = new AsyncLocalStorage<Set<string>>();
// Writers of one process queue here first: proper-lockfile is per process, not per flow.
const queues = new Map<string, Promise<unknown>>();

function ownerText(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* no user database (containers): stay anonymous */
  }
  const owner: Owner = { user, host: hostname(), pid: process.pid, program: settings.program, since: new Date().toISOString() };
  return JSON.stringify(owner);
}

async function busyError(dir: string): Promise<UserError> {
  try {
    const owner = JSON.parse(await readFile(join(dir, OWNER_NAME), 'utf8')) as Owner;
    const since = new Date(owner.since).toLocaleString('zh-CN', { hour12: false });
    const key = owner.program === 'app' ? 'hardening.locked.app' : 'hardening.locked.cli';
    return new UserError(key, { dir, who: `${owner.user}@${owner.host}`, pid: owner.pid, since });
  } catch {
    return new UserError('hardening.lockedUnknown', { dir });
  }
}

async function acquire(dir: string): Promise<() => Promise<void>> {
  const started = Date.now();
  for (;;) {
    try {
      // stale: a holder that died (or froze for 30 s) loses the lock to the next writer.
      const release = await lockfile.lock(dir, {
        lockfilePath: join(dir, LOCK_NAME),
        stale: 30_000,
        realpath: false,
        onCompromised: () => undefined,
      });
      await writeFile(join(dir, OWNER_NAME), ownerText()).catch(() => undefined);
      return async () => {
        await rm(join(dir, OWNER_NAME), { force: true }).catch(() => undefined);
        await release().catch(() => undefined);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
      if (Date.now() - started >= settings.waitMs) throw await busyError(dir);
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
}

/**
 * Runs `work` holding the folder's exclusive lock (waiting up to KAOPING_LOCK_WAIT_MS, default
 * 10 s, then a UserError saying who holds it). Re-entrant within one async flow.
 */
export async function withWorkspaceLock<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const dir = resolve(folder);
  const mine = held.getStore();
  if (mine?.has(dir)) return work();
  const previous = queues.get(dir) ?? Promise.resolve();
  const run = previous.then(async () => {
    const release = await acquire(dir);
    try {
      return await held.run(new Set([...(mine ?? []), dir]), work);
    } finally {
      await release();
    }
  });
  const tail = run.catch(() => undefined);
  queues.set(dir, tail);
  void tail.then(() => {
    if (queues.get(dir) === tail) queues.delete(dir);
  });
  return run;
}
