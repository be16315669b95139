// The real Electron app: the window opens, the preload's API is there and Node is not.
// Runs only where an Electron binary (and a display, or xvfb-run) exists; skipped with the
// reason elsewhere — this development machine cannot download the binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

/**
 * The binary the electron package would start, found the way its index.js finds it (path.txt
 * beside it names the file under dist/), without requiring it: requiring it here would try to
 * download the binary.
 */
function electronBinary(): { path: string } | { missing: string } {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile))
    return { missing: 'no Electron binary: the electron package is installed without its binary (it cannot be downloaded here)' };
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? { path } : { missing: `no Electron binary at ${path}` };
}

function display(): string[] | null {
  if (process.env.DISPLAY) return [];
  return spawnSync('which', ['xvfb-run']).status === 0 ? ['xvfb-run', '-a'] : null;
}

const binary = electronBinary();
const wrapper = display();
const skipReason = 'missing' in binary ? binary.missing : wrapper === null ? 'no display and no xvfb-run' : null;

describe.skipIf(skipReason !== null)('Electron smoke test', () => {
  it('opens the window with the preload API and without Node in the page', () => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-smoke-'));
    try {
      const electron = (binary as { path: string }).path;
      const [cmd, ...args] = [...wrapper!, electron, '--no-sandbox', ROOT];
      const run = spawnSync(cmd!, args, { cwd: ROOT, env: { ...process.env, KAOPING_SMOKE_DIR: dir }, encoding: 'utf8', timeout: 90_000 });
      const line = run.stdout.split('\n').find((l) => l.startsWith('KAOPING_SMOKE '));
      expect(line, run.stderr).toBeDefined();
      const seen = JSON.parse(line!.slice('KAOPING_SMOKE '.length));
      expect(seen).toMatchObject({ api: 'object', require: 'undefined', process: 'undefined', grid: true });
      expect(seen.channels).toBeGreaterThan(10);
      expect(existsSync(join(dir, 'Documents', '考评工作区'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

if (skipReason !== null) it.skip(`Electron smoke test skipped: ${skipReason}`, () => undefined);
