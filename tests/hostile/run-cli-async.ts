import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CliResult } from '../helpers/cli';
import { ROOT } from '../helpers/paths';

/**
 * The real CLI as a separate process, without blocking this one (tests/helpers/cli.ts waits
 * synchronously, which would freeze a lock this process holds and must keep fresh).
 */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'cli', 'main.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, KAOPING_LANG: 'zh-CN', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
