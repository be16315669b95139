// The CLI tests run the `kaoping` bin on the prebuilt bundle, as users do, instead of tsx
// compiling the sources at every start (a second or more a process on a loaded machine). To
// stay honest the bundle is never one left from before: each test process builds its own, from
// the sources as they are at its first CLI test, into a folder only it uses (inside the tree,
// so the bundle's packages resolve from node_modules), and removes it when it exits (or the next
// run sweeps it). The bin's own check rebuilds it should a source change during the run.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { ROOT } from './paths';

const dir = join(ROOT, 'dist', `cli-test-run-${process.pid}-${threadId}`);
const build = [join(ROOT, 'bin', 'cli-bundle.mjs'), dir];
// Vitest gives every test file fresh modules, so "built already" is kept where the process keeps
// it across files: its environment (the CLI ignores this variable).
const BUILT = `KAOPING_TEST_CLI_BUILT_${threadId}`;
let built: string | null = process.env[BUILT] ?? null;

function done(status: number | null, stderr: string): string {
  if (status !== 0) throw new Error(`building the CLI bundle failed:\n${stderr}`);
  if (!built) {
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    sweepLeftovers();
  }
  process.env[BUILT] = dir;
  return (built = dir);
}

/** Removes the folders of test processes that ended without their exit handler (a worker is not always let exit). */
function sweepLeftovers(): void {
  for (const name of readdirSync(join(ROOT, 'dist'))) {
    const pid = Number(/^cli-test-run-(\d+)-\d+$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(ROOT, 'dist', name), { recursive: true, force: true });
    }
  }
}

/** This test process's CLI bundle folder, built on first use. */
export function testCliDir(): string {
  if (built) return built;
  const result = spawnSync(process.execPath, build, { cwd: ROOT, encoding: 'utf8' });
  return done(result.status, result.stderr);
}

/** testCliDir without blocking this process while it builds (a test may hold a lock it must keep fresh). */
export async function testCliDirAsync(): Promise<string> {
  if (built) return built;
  const child = spawn(process.execPath, build, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return done(status, stderr);
}

/** How to start the CLI with `args`: the bin, on this process's bundle. */
export function cliProcess(
  args: string[],
  env: Record<string, string> = {},
  cliDir = testCliDir(),
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    args: [join(ROOT, 'bin', 'kaoping.mjs'), ...args],
    env: { ...process.env, KAOPING_LANG: 'zh-CN', ...env, KAOPING_CLI_DIR: cliDir },
  };
}
