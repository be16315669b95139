// `kaoping help | head -1`: a reader that closes the pipe early is not the command's failure.
// The pipe is closed before the child can start writing (a process takes far longer to start
// than this test takes to close it), so every write meets EPIPE: no race with the reader.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliProcess } from '../helpers/cli-bundle';
import { ROOT } from '../helpers/paths';
import { useTempDir } from '../helpers/temp';

function runWithClosedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const cli = cliProcess(args);
  const child = spawn(cli.command, cli.args, { cwd: ROOT, env: cli.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('the CLI when its reader has gone', () => {
  const tempDir = useTempDir();

  it('help exits 0 without a stack trace', async () => {
    const r = await runWithClosedStdout(['help']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a command that writes files still finishes them, and exits 0', async () => {
    const out = join(tempDir(), 'demo');
    const r = await runWithClosedStdout(['demo', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(out, '2020年度全区应急管理工作考核.assessment.json'))).toBe(true);
  });
});
